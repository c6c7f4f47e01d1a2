/**
 * The one place the web app talks HTTP: the base path, the session cookie, the CSRF header, the error shape and
 * what happens when the session has ended. Every endpoint function in coopex-api.ts goes through here.
 */

export const apiBasePath = '/api/v1';

/** An error the API answered with ({ error: { code, message, details } }), or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(options: { status: number; code: string; message: string; details?: unknown }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.details = options.details ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type Query = Record<string, QueryValue>;

let csrfToken: string | null = null;
let onSessionEnded: (() => void) | null = null;

/** The session's CSRF token, sent with every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401 authentication_required: the session expired or was signed out elsewhere. */
export function setSessionEndedListener(listener: (() => void) | null): void {
  onSessionEnded = listener;
}

export function apiUrl(path: string, query: Query = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) parameters.set(name, value.join(','));
    } else {
      parameters.set(name, String(value));
    }
  }
  const search = parameters.toString();
  return `${apiBasePath}${path}${search ? `?${search}` : ''}`;
}

function headersFor(method: string, hasJsonBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (hasJsonBody) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

function toApiError(status: number, body: unknown): ApiError {
  const error =
    typeof body === 'object' && body !== null && 'error' in body
      ? (body as { error: { code?: unknown; message?: unknown; details?: unknown } }).error
      : null;
  return new ApiError({
    status,
    code:
      typeof error?.code === 'string' ? error.code : status >= 500 ? 'internal_error' : 'unexpected_response',
    message: typeof error?.message === 'string' ? error.message : `HTTP ${status}`,
    details: error?.details ?? null,
  });
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function settle<Result>(status: number, text: string, path: string): Result {
  const body = parseBody(text);
  if (status >= 200 && status < 300) return body as Result;
  const error = toApiError(status, body);
  // The session endpoint answers 401 to say "nobody is signed in"; that is not a session that ended.
  if (error.code === 'authentication_required' && !path.startsWith('/auth/')) onSessionEnded?.();
  throw error;
}

export async function apiRequest<Result>(
  path: string,
  options: { method?: string; query?: Query; body?: unknown; signal?: AbortSignal } = {},
): Promise<Result> {
  const method = options.method ?? 'GET';
  const hasJsonBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: headersFor(method, hasJsonBody),
      body: hasJsonBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network_error', message: String(error) });
  }
  return settle<Result>(response.status, await response.text(), path);
}

export interface UploadProgress {
  /** Bytes sent so far and in all; `isSent` once the server has the whole file and is checking it. */
  loaded: number;
  total: number;
  isSent: boolean;
}

/**
 * Sends a file as multipart/form-data (field "file"). XMLHttpRequest rather than fetch, because only it reports
 * upload progress, which large spreadsheets need.
 */
export function uploadFile<Result>(
  path: string,
  file: File,
  options: { query?: Query; onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', apiUrl(path, options.query));
    request.withCredentials = true;
    for (const [name, value] of Object.entries(headersFor('POST', false)))
      request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      options.onProgress?.({ loaded: event.loaded, total: event.total || file.size, isSent: false });
    };
    request.upload.onload = () => {
      options.onProgress?.({ loaded: file.size, total: file.size, isSent: true });
    };
    request.onload = () => {
      try {
        resolve(settle<Result>(request.status, request.responseText, path));
      } catch (error) {
        reject(error);
      }
    };
    request.onerror = () =>
      reject(
        new ApiError({ status: 0, code: 'network_error', message: 'The upload did not reach the server' }),
      );
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => request.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
