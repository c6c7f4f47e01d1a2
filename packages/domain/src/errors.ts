/**
 * The one error type of Coopex. Every failure a user can meet carries a stable code from this closed set;
 * the HTTP adapter maps codes to statuses in one place and the CLI prints the message in one line.
 */
export const errorCodes = [
  'validation_failed',
  'not_found',
  'conflict',
  'unknown_classifier_code',
  'invalid_status_transition',
  'import_rejected',
  'unsupported_file_format',
  'payload_too_large',
  'authentication_required',
  'invalid_credentials',
  'account_locked',
  'forbidden',
  'insufficient_scope',
  'csrf_token_invalid',
  'rate_limited',
  'token_invalid',
  'configuration_invalid',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details ?? null;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
