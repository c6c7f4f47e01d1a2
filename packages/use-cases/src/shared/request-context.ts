import { AsyncLocalStorage } from 'node:async_hooks';

/** What the audit log takes from the request a change came with, without threading it through every call. */
interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Binds the rest of the current asynchronous flow (one HTTP request) to its request id. */
export function enterRequestContext(context: RequestContext): void {
  storage.enterWith(context);
}

export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}
