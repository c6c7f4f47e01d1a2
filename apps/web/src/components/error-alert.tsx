import { Alert, Button } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-client';

/** Error codes the interface explains in the user's language; others get the general message. */
const explainedCodes = new Set([
  'validation_failed',
  'not_found',
  'conflict',
  'unknown_classifier_code',
  'invalid_status_transition',
  'import_rejected',
  'unsupported_file_format',
  'payload_too_large',
  'internal_error',
  'network_error',
  'authentication_required',
  'invalid_credentials',
  'account_locked',
  'rate_limited',
  'csrf_token_invalid',
  'forbidden',
  'insufficient_scope',
  'invalid_token',
]);

/** The user-facing sentence for an error: by its stable code, never the server's English text alone. */
export function describeError(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    return explainedCodes.has(error.code) ? t(`errors.${error.code}`) : t('errors.unknown');
  }
  return t('errors.unknown');
}

/** Field-level reasons the server gave (validation_failed lists them), shown under the message. */
function detailLines(error: unknown): string[] {
  if (!isApiError(error) || !Array.isArray(error.details)) return [];
  return error.details
    .filter(
      (detail): detail is { field?: unknown; reason?: unknown } =>
        typeof detail === 'object' && detail !== null,
    )
    .map((detail) =>
      [detail.field, detail.reason].filter((part) => typeof part === 'string' && part).join(': '),
    )
    .filter((line) => line.length > 0)
    .slice(0, 10);
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const lines = detailLines(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={describeError(error, t)}
      description={
        lines.length > 0 ? (
          <ul className="plain-list">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
