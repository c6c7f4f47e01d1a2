import { createWriteStream, openAsBlob } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { AppError, errorCodes, type ErrorCode } from '@coopex/domain';

export const apiPrefix = '/api/v1';

/** Content types the server's import routes accept as a raw body. */
export const uploadContentTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  other: 'application/octet-stream',
} as const;

export type QueryValue = string | number | boolean | undefined;
export type Query = Record<string, QueryValue>;

export interface ApiClientOptions {
  /** The server's address, e.g. https://coopex.example.org (a trailing /api/v1 is accepted). */
  serverUrl: string;
  /** An API token; sent as `Authorization: Bearer`, never printed. */
  token: string;
  /** Node's global fetch unless a test passes another. */
  fetch?: typeof fetch;
}

/** A server error that is not one of the codes this CLI knows (a newer server, a proxy in between). */
export class RemoteServerError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(options: { code: string; status: number; message: string; details: unknown }) {
    super(options.message);
    this.name = 'RemoteServerError';
    this.code = options.code;
    this.status = options.status;
    this.details = options.details;
  }
}

const hints: Partial<Record<ErrorCode, string>> = {
  authentication_required: 'check --token or COOPEX_TOKEN',
  insufficient_scope: 'this needs an API token with the write scope',
  rate_limited: 'wait and try again',
};

/**
 * A small typed client of the Coopex HTTP API: JSON requests, file uploads as the raw body and downloads streamed
 * to a file. Every error the server answers becomes an `AppError` with the server's code, so the CLI prints it in
 * one line like its own errors.
 */
export class ApiClient {
  /** The server's address as normalised, without /api/v1. */
  readonly serverUrl: string;
  readonly baseUrl: string;
  readonly #token: string;
  readonly #fetch: typeof fetch;

  constructor(options: ApiClientOptions) {
    this.serverUrl = normalizeServerUrl(options.serverUrl);
    this.baseUrl = `${this.serverUrl}${apiPrefix}`;
    this.#token = options.token;
    this.#fetch = options.fetch ?? globalThis.fetch;
  }

  /** Whether a token the server lists (it shows only the first characters) is the one this client sends. */
  isSentToken(tokenPrefix: string): boolean {
    return tokenPrefix.length > 0 && this.#token.startsWith(tokenPrefix);
  }

  urlOf(route: string, query: Query = {}): string {
    const url = new URL(`${this.baseUrl}${route}`);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  async getJson<T>(route: string, query?: Query): Promise<T> {
    return this.#readJson<T>(await this.#send(this.urlOf(route, query), { method: 'GET' }));
  }

  async postJson<T>(route: string, body: unknown, query?: Query): Promise<T> {
    const response = await this.#send(this.urlOf(route, query), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return this.#readJson<T>(response);
  }

  /** Sends a CSV or XLSX file as the request body, streamed from disk, with its name in X-File-Name. */
  async uploadFile<T>(route: string, file: string, query?: Query): Promise<T> {
    let body: Blob;
    try {
      body = await openAsBlob(file);
    } catch (error) {
      throw new AppError('validation_failed', `Cannot read ${file}: ${describeCause(error)}`, { file });
    }
    const response = await this.#send(this.urlOf(route, query), {
      method: 'POST',
      headers: {
        'content-type': contentTypeOf(file),
        'x-file-name': encodeURIComponent(path.basename(file)),
      },
      body,
    });
    return this.#readJson<T>(response);
  }

  /**
   * Streams a download into `destination`. The bytes go to a temporary file beside it, renamed when complete, so
   * a failure half-way never leaves a truncated file under the name asked for.
   */
  async downloadFile(route: string, query: Query, destination: string): Promise<{ bytes: number }> {
    const url = this.urlOf(route, query);
    const response = await this.#send(url, { method: 'GET' });
    if (!response.body) throw new Error(`The server at ${url} sent an empty download`);
    const partial = `${destination}.part`;
    let bytes = 0;
    const source = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
    source.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    try {
      await pipeline(source, createWriteStream(partial));
      await rename(partial, destination);
    } catch (error) {
      await rm(partial, { force: true });
      // File system errors name the call that failed; anything else is the connection breaking off.
      if (error instanceof Error && 'syscall' in error) {
        throw new Error(`Cannot write ${destination}: ${describeCause(error)}`);
      }
      throw new Error(`The download from ${url} broke off: ${describeCause(error)}`);
    }
    return { bytes };
  }

  async #send(url: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await this.#fetch(url, {
        ...init,
        headers: {
          accept: 'application/json',
          ...(init.headers as Record<string, string> | undefined),
          authorization: `Bearer ${this.#token}`,
        },
      });
    } catch (error) {
      throw new Error(`Could not reach the Coopex server at ${url}: ${describeCause(error)}`);
    }
    if (!response.ok) throw await toCliError(response, url);
    return response;
  }

  async #readJson<T>(response: Response): Promise<T> {
    const text = await response.text();
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new Error(
        `The server at ${response.url} did not answer with JSON: is ${this.serverUrl} a Coopex server?`,
      );
    }
  }
}

/** Accepts `host:port`, a trailing slash or a trailing /api/v1; returns the origin and any base path. */
export function normalizeServerUrl(serverUrl: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(serverUrl) ? serverUrl : `http://${serverUrl}`;
  const url = new URL(withScheme);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('not an http(s) address');
  url.search = '';
  url.hash = '';
  return url
    .toString()
    .replace(/\/+$/, '')
    .replace(/\/api\/v1$/, '');
}

function contentTypeOf(file: string): string {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return uploadContentTypes.csv;
  if (extension === '.xlsx') return uploadContentTypes.xlsx;
  // The server tells CSV from XLSX by the first bytes.
  return uploadContentTypes.other;
}

function isErrorCode(code: string): code is ErrorCode {
  return (errorCodes as readonly string[]).includes(code);
}

/** The server's `{error:{code,message,details}}` as one line: the message, the code and, for sign-in errors, why. */
async function toCliError(response: Response, url: string): Promise<Error> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string') {
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return new Error(
      `The server at ${url} answered ${status} without a Coopex error: is --server the address of a Coopex server?`,
    );
  }
  const reason =
    error.details && typeof error.details === 'object' && 'reason' in error.details
      ? `: ${String(error.details.reason)}`
      : '';
  if (!isErrorCode(error.code)) {
    return new RemoteServerError({
      code: error.code,
      status: response.status,
      message: `${error.message} (${error.code}${reason})`,
      details: error.details ?? null,
    });
  }
  const hint = hints[error.code];
  return new AppError(
    error.code,
    `${error.message} (${error.code}${reason})${hint ? `; ${hint}` : ''}`,
    error.details ?? null,
  );
}

/** fetch says "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a certificate problem) is in its cause. */
function describeCause(error: unknown): string {
  let current: unknown = error;
  let text = 'unknown error';
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if (current instanceof Error) {
      const code = 'code' in current && typeof current.code === 'string' ? current.code : undefined;
      text = current.message || code || text;
      if (code && !text.includes(code)) text = `${code} ${text}`;
      current = current.cause;
    } else {
      text = String(current);
      break;
    }
  }
  return text;
}
