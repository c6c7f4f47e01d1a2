import { Alert, Button, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { authApi } from '../api/coopex-api';
import { describeError } from '../components/error-alert';
import { StandaloneCard } from '../components/standalone-card';

const minimumPasswordLength = 10;

export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [searchParameters] = useSearchParams();
  const token = searchParameters.get('token') ?? '';
  const [error, setError] = useState<unknown>(null);
  const [isDone, setIsDone] = useState(false);

  if (isDone) {
    return (
      <StandaloneCard title={t('acceptInvitation.title')}>
        <Result
          status="success"
          title={t('acceptInvitation.done')}
          extra={<Link to="/sign-in">{t('signIn.submit')}</Link>}
        />
      </StandaloneCard>
    );
  }
  return (
    <StandaloneCard title={t('acceptInvitation.title')}>
      {!token ? (
        <Alert type="warning" showIcon title={t('acceptInvitation.noToken')} className="form-alert" />
      ) : null}
      {error ? (
        <Alert type="error" showIcon role="alert" title={describeError(error, t)} className="form-alert" />
      ) : null}
      <Form
        layout="vertical"
        requiredMark={false}
        disabled={!token}
        onFinish={async (values: { displayName: string; password: string }) => {
          setError(null);
          try {
            await authApi.acceptInvitation({ token, ...values });
            setIsDone(true);
          } catch (caught) {
            setError(caught);
          }
        }}
      >
        <Form.Item
          label={t('acceptInvitation.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('acceptInvitation.displayNameRequired') }]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item
          label={t('acceptInvitation.password')}
          name="password"
          rules={[
            {
              required: true,
              min: minimumPasswordLength,
              message: t('resetPassword.passwordRule', { count: minimumPasswordLength }),
            },
          ]}
          extra={t('acceptInvitation.passwordHint')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          {t('acceptInvitation.submit')}
        </Button>
      </Form>
    </StandaloneCard>
  );
}
