import { AppError, errorCodes, type ErrorCode } from '@coopex/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError, z } from 'zod';

/** The one place where error codes meet HTTP statuses. */
export const httpStatusByErrorCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  not_found: 404,
  conflict: 409,
  unknown_classifier_code: 422,
  invalid_status_transition: 409,
  import_rejected: 422,
  unsupported_file_format: 415,
  payload_too_large: 413,
  authentication_required: 401,
  invalid_credentials: 401,
  account_locked: 423,
  forbidden: 403,
  insufficient_scope: 403,
  csrf_token_invalid: 403,
  rate_limited: 429,
  token_invalid: 400,
  configuration_invalid: 500,
  internal_error: 500,
};

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown(),
    }),
  })
  .meta({
    id: 'Error',
    description: 'Every error has a stable code, a human message and machine-readable details.',
  });

function toErrorBody(code: ErrorCode, message: string, details: unknown) {
  return { error: { code, message, details: details ?? null } };
}

/** Turns every failure into the error shape; a stack trace never leaves the server. */
export function registerErrorResponses(server: FastifyInstance): void {
  server.setErrorHandler((error: FastifyError | AppError | ZodError, request, reply) => {
    if (error instanceof AppError) {
      const status = httpStatusByErrorCode[error.code];
      if (status >= 500) request.log.error({ err: error }, error.message);
      return reply.status(status).send(toErrorBody(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.status(400).send(
        toErrorBody(
          'validation_failed',
          `Request ${error.validationContext ?? 'input'} is invalid`,
          error.validation.map((issue) => ({
            field: issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || null,
            reason: issue.message,
          })),
        ),
      );
    }
    if (error instanceof ZodError) {
      return reply.status(400).send(
        toErrorBody(
          'validation_failed',
          'Input is invalid',
          error.issues.map((issue) => ({ field: issue.path.join('.') || null, reason: issue.message })),
        ),
      );
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fastifyError.statusCode === 413) {
      return reply.status(413).send(toErrorBody('payload_too_large', 'The request body is too large', null));
    }
    if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send(
        toErrorBody('unsupported_file_format', 'Unsupported content type', {
          contentType: request.headers['content-type'] ?? null,
        }),
      );
    }
    if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      return reply
        .status(fastifyError.statusCode)
        .send(toErrorBody('validation_failed', fastifyError.message, { reason: fastifyError.code ?? null }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send(toErrorBody('internal_error', 'Something went wrong on the server', { requestId: request.id }));
  });

  server.setNotFoundHandler((request, reply) => {
    reply.status(404).send(toErrorBody('not_found', `No route ${request.method} ${request.url}`, null));
  });
}
