import type { Clock, ConnectorLogger, FetchLike } from './connector-context.js';
import { connectorError, type ConnectorError } from './connector-error.js';
import type { ConnectorId } from './manifest.js';
import { redactText } from './redact.js';
import { err, ok, type Result } from './result.js';
import { defaultRetryPolicy, parseRetryAfter, type RetryPolicy } from './retry-policy.js';
import type { RateBudget, RatePriority } from './rate-budget.js';

/** The methods vendors' REST APIs use; the retry policy treats POST and PATCH as unsafe to repeat. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One vendor call, relative to the client's `baseUrl`. */
export interface HttpRequest {
  readonly method: HttpMethod;
  /** Relative to `baseUrl`; an absolute URL (a vendor's `nextPage` link) must share its origin. */
  readonly path: string;
  /** `undefined` values are left out, so optional filters can be passed as they are. */
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as `application/x-www-form-urlencoded`; wins over `body`. */
  readonly form?: Readonly<Record<string, string>>;
  /** Sent as `multipart/form-data` (file uploads); fetch sets the boundary. Wins over `form` and `body`. */
  readonly multipart?: FormData;
  /** Declares a POST/PATCH safe to resend (see `RetryRequest.idempotent`). @default false */
  readonly idempotent?: boolean;
  /** Extra headers for this request only (e.g. `Idempotency-Key`); override the defaults. */
  readonly headers?: Readonly<Record<string, string>>;
  /** `bytes`: a 2xx body comes back as a `Uint8Array` (files); errors are still parsed. @default "json" */
  readonly responseType?: 'json' | 'bytes';
}

/** A 2xx answer. */
export interface HttpResponse<T> {
  readonly status: number;
  /** Parsed JSON, `undefined` for an empty body, the raw text for a non-JSON content type. */
  readonly body: T;
  readonly headers: Headers;
}

/** One connection's way to its vendor: auth, throttling, timeouts, retries and error mapping. */
export interface HttpClient {
  /**
   * Sends a request, retrying as the policy allows. Every expected failure (HTTP error status,
   * timeout, network fault, malformed JSON) comes back as a `ConnectorError`, never a throw.
   * The body is typed, not validated: connectors parse it with their zod schemas.
   */
  request<T>(req: HttpRequest): Promise<Result<HttpResponse<T>, ConnectorError>>;
}

/** What `createHttpClient` needs: the injected I/O plus the connector's auth and error mapping. */
export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly fetch: FetchLike;
  readonly clock: Clock;
  readonly logger: ConnectorLogger;
  readonly connectorId: ConnectorId;
  /** Per attempt, covering the response body too. @default 30_000 */
  readonly timeoutMs?: number;
  /**
   * Auth headers, called before every attempt so a refreshed token applies to the retry.
   * May throw a `ConnectorError` (e.g. the token refresh failed); it is returned as the result.
   */
  readonly headers: () => Promise<Record<string, string>> | Record<string, string>;
  /** The connector's `parse<Id>Error`: maps any non-2xx response. */
  readonly parseError: (status: number, body: unknown, headers: Headers) => ConnectorError;
  /** Per-connection throttle, one token taken before every attempt. @default none */
  readonly budget?: RateBudget;
  /** Who waits for these calls; `USER` goes ahead of `BACKGROUND` on a shared budget. @default 'USER' */
  readonly priority?: RatePriority;
  /** @default defaultRetryPolicy() */
  readonly retry?: RetryPolicy;
  /**
   * Called once per request on a 401, with the auth headers that were rejected. Resolve `true`
   * after refreshing credentials to resend the request once with new headers.
   */
  readonly onUnauthorized?: (rejectedHeaders: Readonly<Record<string, string>>) => Promise<boolean>;
  /** Extra secret keys (the manifest's `secretFields`) to redact from logs and payloads. */
  readonly secretFields?: readonly string[];
}

interface Attempt<T> {
  readonly status?: number;
  readonly result: Result<HttpResponse<T>, ConnectorError>;
}

/** Whether a value has the shape of a {@link ConnectorError}, e.g. one thrown by `headers()`. */
export function isConnectorError(value: unknown): value is ConnectorError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ConnectorError, unknown>>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string' && typeof candidate.retryable === 'boolean' && typeof candidate.connectorId === 'string';
}

/** Creates the client a connector sends all of its vendor calls through. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { clock, logger, connectorId, secretFields = [] } = options;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const policy = options.retry ?? defaultRetryPolicy();
  const priority = options.priority ?? 'USER';
  const base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const fail = (code: ConnectorError['code'], message: string, providerPayload?: unknown) =>
    connectorError({ connectorId, code, message, providerPayload, secretFields });

  function buildUrl(req: HttpRequest): URL {
    const isAbsolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(req.path);
    const url = isAbsolute ? new URL(req.path) : new URL(req.path.replace(/^\/+/, ''), base);
    // Auth headers go to whatever URL we call; never let a response link send them elsewhere.
    if (url.origin !== base.origin) throw new Error(`Refusing to send ${connectorId} credentials to ${url.origin}`);
    for (const [key, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url;
  }

  async function authHeaders(): Promise<Result<Record<string, string>, ConnectorError>> {
    try {
      return ok(await options.headers());
    } catch (thrown) {
      if (isConnectorError(thrown)) return err(thrown);
      return err(fail('UNKNOWN', 'Could not build the auth headers', thrown));
    }
  }

  /** One try; `status` is set when the vendor answered, so a 401 can be told from a mapped code. */
  async function attempt<T>(req: HttpRequest, url: URL, auth: Record<string, string>): Promise<Attempt<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...auth };
    let body: string | FormData | undefined;
    if (req.multipart !== undefined) {
      body = req.multipart;
    } else if (req.form !== undefined) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(req.form).toString();
    } else if (req.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(req.body);
    }
    Object.assign(headers, req.headers);

    const controller = new AbortController();
    let isTimedOut = false;
    // Real time, not `clock`: the timer must be cancellable and must not keep the process alive.
    const timer = setTimeout(() => {
      isTimedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await options.fetch(url, { method: req.method, headers, body, signal: controller.signal });
      if (req.responseType === 'bytes' && response.status >= 200 && response.status <= 299) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { status: response.status, result: ok({ status: response.status, body: bytes as T, headers: response.headers }) };
      }
      const text = await response.text();
      const parsed = parseBody(text, response.headers.get('content-type'));
      if (response.status < 200 || response.status > 299) {
        const error = options.parseError(response.status, parsed.ok ? parsed.value : text, response.headers);
        return { status: response.status, result: err({ ...withRetryAfter(error, response.headers), httpStatus: response.status }) };
      }
      if (!parsed.ok) {
        const error = fail('UNKNOWN', `${req.method} ${url.pathname} returned a body that is not valid JSON`, text.slice(0, 500));
        return { status: response.status, result: err(error) };
      }
      return { status: response.status, result: ok({ status: response.status, body: parsed.value as T, headers: response.headers }) };
    } catch (thrown) {
      const message = isTimedOut
        ? `${req.method} ${url.pathname} timed out after ${timeoutMs} ms`
        : `Network error on ${req.method} ${url.pathname}: ${describeNetworkError(thrown)}`;
      return { result: err(fail('TEMPORARY', message, isTimedOut ? undefined : thrown)) };
    } finally {
      clearTimeout(timer);
    }
  }

  function withRetryAfter(error: ConnectorError, headers: Headers): ConnectorError {
    if (error.retryAfterMs !== undefined) return error;
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'), clock.now());
    return retryAfterMs === undefined ? error : { ...error, retryAfterMs };
  }

  return {
    async request<T>(req: HttpRequest): Promise<Result<HttpResponse<T>, ConnectorError>> {
      const url = buildUrl(req);
      const logPath = redactText(`${url.pathname}${url.search}`, secretFields);
      let hasRefreshed = false;
      for (let attemptNo = 1; ; attemptNo += 1) {
        await options.budget?.acquire(1, priority);
        const auth = await authHeaders();
        if (!auth.ok) return auth;

        const startedMs = clock.now().getTime();
        const { status, result } = await attempt<T>(req, url, auth.value);
        const fields = { connectorId, method: req.method, path: logPath, attempt: attemptNo, status, durationMs: clock.now().getTime() - startedMs };
        if (result.ok) {
          logger.debug(fields, 'http request');
          return result;
        }
        const error = result.error;
        logger.debug({ ...fields, code: error.code, message: redactText(error.message, secretFields) }, 'http request failed');

        if (status === 401 && options.onUnauthorized !== undefined && !hasRefreshed) {
          hasRefreshed = true;
          if (await options.onUnauthorized(auth.value)) {
            attemptNo -= 1; // the refresh retry is free: the first attempt never reached the API as us
            continue;
          }
        }
        if (error.code === 'RATE_LIMITED') await options.budget?.onThrottled(error.retryAfterMs ?? 1_000);

        const decision = policy.decide(error, attemptNo, req);
        if (!decision.retry) {
          if (attemptNo > 1 || error.retryable) logger.debug({ ...fields, reason: decision.reason }, 'http request not retried');
          return result;
        }
        logger.warn({ ...fields, code: error.code, reason: decision.reason, waitMs: decision.waitMs }, 'http request retrying');
        if (decision.waitMs > 0) await clock.sleep(decision.waitMs);
      }
    },
  };
}

function parseBody(text: string, contentType: string | null): Result<unknown, undefined> {
  if (text.trim() === '') return ok(undefined);
  const isJsonType = contentType === null || /json/i.test(contentType);
  try {
    return ok(JSON.parse(text));
  } catch {
    return isJsonType ? err(undefined) : ok(text);
  }
}

/** Node's fetch wraps socket errors: "fetch failed" with the useful part in `cause`. */
function describeNetworkError(thrown: unknown): string {
  if (!(thrown instanceof Error)) return redactText(String(thrown));
  const cause: unknown = thrown.cause;
  const causeText = cause instanceof Error ? `${'code' in cause ? String(cause.code) : cause.name}: ${cause.message}` : undefined;
  return redactText(causeText === undefined ? thrown.message : `${thrown.message} (${causeText})`);
}
