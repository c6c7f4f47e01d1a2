import { App, Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../api/coopex-api';
import { describeError } from '../components/error-alert';
import { StandaloneCard } from '../components/standalone-card';
import { useSession } from '../session/session-context';

/** Only paths inside the app are followed after sign-in, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [searchParameters] = useSearchParams();
  const { session, signIn } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [isResetting, setIsResetting] = useState(false);
  const next = safeNext(searchParameters.get('next'));
  const emailRules = [
    { required: true, whitespace: true, message: t('signIn.emailRequired') },
    { type: 'email' as const, message: t('signIn.emailInvalid') },
  ];

  if (session) return <Navigate to={next} replace />;

  if (isResetting) {
    return (
      <StandaloneCard title={t('signIn.resetTitle')}>
        <Typography.Paragraph>{t('signIn.resetText')}</Typography.Paragraph>
        <Form
          layout="vertical"
          requiredMark={false}
          noValidate
          onFinish={async ({ email }: { email: string }) => {
            try {
              await authApi.requestPasswordReset(email);
              message.success(t('signIn.resetSent'));
              setIsResetting(false);
            } catch (caught) {
              message.error(describeError(caught, t));
            }
          }}
        >
          <Form.Item label={t('signIn.email')} name="email" rules={emailRules}>
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block>
            {t('signIn.sendResetLink')}
          </Button>
          <Button type="link" block onClick={() => setIsResetting(false)}>
            {t('signIn.backToSignIn')}
          </Button>
        </Form>
      </StandaloneCard>
    );
  }

  return (
    <StandaloneCard title={t('signIn.title')}>
      <Typography.Paragraph type="secondary">{t('signIn.intro')}</Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon role="alert" title={describeError(error, t)} className="form-alert" />
      ) : null}
      {/* noValidate: the browser would otherwise check the email field itself, in the browser's language. */}
      <Form
        layout="vertical"
        requiredMark={false}
        noValidate
        onFinish={async (values: { email: string; password: string }) => {
          setIsSubmitting(true);
          setError(null);
          try {
            await signIn(values);
            navigate(next, { replace: true });
          } catch (caught) {
            setError(caught);
          } finally {
            setIsSubmitting(false);
          }
        }}
      >
        <Form.Item label={t('signIn.email')} name="email" rules={emailRules}>
          <Input type="email" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('signIn.password')}
          name="password"
          rules={[{ required: true, message: t('signIn.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={isSubmitting}>
          {t('signIn.submit')}
        </Button>
        <Button type="link" block onClick={() => setIsResetting(true)}>
          {t('signIn.forgotPassword')}
        </Button>
      </Form>
    </StandaloneCard>
  );
}
