import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable Coopex reads, parsed once at start-up into a typed object.
 * The descriptions feed `coopex config` and the README table, so they are the documentation.
 */
export const configurationVariables = {
  DATABASE_URL: {
    description:
      'PostgreSQL connection string (postgres://user@host:5432/db). When unset, Coopex runs on embedded PGlite.',
    example: 'postgres://postgres@127.0.0.1:5432/coopex',
  },
  COOPEX_DATA_DIR: {
    description: 'Folder of the embedded PGlite database (used only without DATABASE_URL).',
    example: './data',
  },
  HOST: { description: 'Interface the HTTP server listens on.', example: '127.0.0.1' },
  PORT: { description: 'Port of the HTTP server.', example: '3000' },
  LOG_LEVEL: {
    description: 'pino log level: fatal, error, warn, info, debug, trace or silent.',
    example: 'info',
  },
  COOPEX_MAX_UPLOAD_MB: {
    description: 'Largest file accepted by the import endpoints, in megabytes.',
    example: '200',
  },
  COOPEX_PUBLIC_URL: {
    description:
      'The address users open Coopex at; links in invitation and password-reset mails start with it. Defaults to http://HOST:PORT.',
    example: 'https://coopex.example.org',
  },
  COOPEX_SECURE_COOKIES: {
    description:
      'Whether the session cookie is marked Secure (sent over HTTPS only; browsers also accept it from http://localhost). Set to false only for plain-HTTP test set-ups on other hosts.',
    example: 'true',
  },
  COOPEX_CORS_ORIGINS: {
    description:
      'Comma-separated origins allowed to call the API from other sites (CORS). Empty: cross-site calls are refused.',
    example: 'https://portal.example.org',
  },
} as const;

export type ConfigurationVariable = keyof typeof configurationVariables;

const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  COOPEX_DATA_DIR: z.string().trim().min(1).default('./data'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOPEX_MAX_UPLOAD_MB: z.coerce.number().positive().max(10_000).default(200),
  COOPEX_PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  COOPEX_SECURE_COOKIES: z
    .enum(['true', 'false', '1', '0', ''])
    .default('true')
    .transform((value) => value !== 'false' && value !== '0'),
  COOPEX_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin.length > 0),
    ),
});

export type DatabaseConfiguration =
  { backend: 'pglite'; dataDirectory: string } | { backend: 'postgres'; connectionString: string };

export interface Configuration {
  database: DatabaseConfiguration;
  server: { host: string; port: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  maxUploadBytes: number;
  security: {
    /** Where users open Coopex; mail links start with it. */
    publicUrl: string;
    isCookieSecure: boolean;
    /** Origins allowed to call the API cross-site; empty turns CORS off. */
    corsOrigins: string[];
  };
}

export class ConfigurationError extends Error {
  constructor(readonly problems: Array<{ variable: string; reason: string }>) {
    super(
      `Invalid configuration: ${problems.map((problem) => `${problem.variable} ${problem.reason}`).join('; ')}`,
    );
    this.name = 'ConfigurationError';
  }
}

export function loadConfiguration(
  environment: Record<string, string | undefined> = process.env,
  workingDirectory = process.cwd(),
): Configuration {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? ''), reason: issue.message })),
    );
  }
  const values = parsed.data;
  return {
    database: values.DATABASE_URL
      ? { backend: 'postgres', connectionString: values.DATABASE_URL }
      : { backend: 'pglite', dataDirectory: path.resolve(workingDirectory, values.COOPEX_DATA_DIR) },
    server: { host: values.HOST, port: values.PORT },
    logLevel: values.LOG_LEVEL,
    maxUploadBytes: Math.round(values.COOPEX_MAX_UPLOAD_MB * 1024 * 1024),
    security: {
      publicUrl: (values.COOPEX_PUBLIC_URL ?? `http://${shownHost(values.HOST)}:${values.PORT}`).replace(
        /\/$/,
        '',
      ),
      isCookieSecure: values.COOPEX_SECURE_COOKIES,
      corsOrigins: values.COOPEX_CORS_ORIGINS,
    },
  };
}

function shownHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? 'localhost' : host;
}
