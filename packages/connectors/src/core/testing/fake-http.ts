import type { FetchLike } from '../connector-context.js';

/** A request as the fake fetch saw it, with the body already read. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
  readonly signal: AbortSignal | undefined;
}

export type FakeHandler = (req: RecordedRequest) => Response | Promise<Response>;

export interface FakeFetch {
  readonly fetch: FetchLike;
  /** Every request in arrival order. */
  readonly calls: readonly RecordedRequest[];
}

/**
 * A `fetch` that answers from a handler, the only mock these tests use: at the network edge.
 * A handler may throw to simulate a dropped connection, or never resolve to simulate a hang
 * (the returned promise still rejects when the request's signal aborts).
 */
export function createFakeFetch(handler: FakeHandler): FakeFetch {
  const calls: RecordedRequest[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const recorded: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: await request.text(),
      signal: init?.signal ?? undefined,
    };
    calls.push(recorded);
    const signal = init?.signal;
    if (signal?.aborted === true) throw abortError();
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(abortError()), { once: true });
      Promise.resolve()
        .then(() => handler(recorded))
        .then(resolve, reject);
    });
  };
  return { fetch, calls };
}

function abortError(): Error {
  return new DOMException('This operation was aborted', 'AbortError');
}

/** A JSON response, the way vendors send one. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** An empty response (204, or a 202 with no body). */
export function emptyResponse(status = 204, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

/** A promise a test resolves by hand, to hold a response in flight. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A Node-style socket error as undici reports it: `TypeError: fetch failed` with a cause. */
export function networkError(code = 'ECONNRESET', message = 'socket hang up'): TypeError {
  const cause = Object.assign(new Error(message), { code });
  return new TypeError('fetch failed', { cause });
}
