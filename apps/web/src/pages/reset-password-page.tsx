import { Alert, Button, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { authApi } from '../api/coopex-api';
import { describeError } from '../components/error-alert';
import { StandaloneCard } from '../components/standalone-card';

/** Server rule: a new password has at least this many characters. */
const minimumPasswordLength = 10;

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParameters] = useSearchParams();
  const token = searchParameters.get('token') ?? '';
  const [error, setError] = useState<unknown>(null);
  const [isDone, setIsDone] = useState(false);

  if (isDone) {
    return (
      <StandaloneCard title={t('resetPassword.title')}>
        <Result
          status="success"
          title={t('resetPassword.done')}
          extra={<Link to="/sign-in">{t('signIn.backToSignIn')}</Link>}
        />
      </StandaloneCard>
    );
  }
  return (
    <StandaloneCard title={t('resetPassword.title')}>
      {!token ? (
        <Alert type="warning" showIcon title={t('resetPassword.noToken')} className="form-alert" />
      ) : null}
      {error ? (
        <Alert type="error" showIcon role="alert" title={describeError(error, t)} className="form-alert" />
      ) : null}
      <Form
        layout="vertical"
        requiredMark={false}
        disabled={!token}
        onFinish={async ({ password }: { password: string }) => {
          setError(null);
          try {
            await authApi.confirmPasswordReset({ token, password });
            setIsDone(true);
          } catch (caught) {
            setError(caught);
          }
        }}
      >
        <Form.Item
          label={t('resetPassword.newPassword')}
          name="password"
          rules={[
            {
              required: true,
              min: minimumPasswordLength,
              message: t('resetPassword.passwordRule', { count: minimumPasswordLength }),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          {t('resetPassword.submit')}
        </Button>
      </Form>
    </StandaloneCard>
  );
}
