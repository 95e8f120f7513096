import type { ConnectorError } from './connector-error.js';

/** What the HTTP client tells the policy about the request that failed. */
export interface RetryRequest {
  readonly method: string;
  /**
   * Marks a non-idempotent method (POST, PATCH) as safe to send twice, e.g. because it carries
   * an `Idempotency-Key` the vendor honours, or because it only reads (a search via POST).
   */
  readonly idempotent?: boolean;
}

/** The policy's verdict; `reason` is logged and shown in transfer diagnostics. */
export interface RetryDecision {
  readonly retry: boolean;
  readonly reason: string;
  /** How long to wait before the next attempt; 0 when not retrying. */
  readonly waitMs: number;
}

/** Decides, after a failed attempt, whether the HTTP client tries again and when. */
export interface RetryPolicy {
  /**
   * @param error the failure of the attempt that just ended
   * @param attempt 1-based number of that attempt
   */
  decide(error: ConnectorError, attempt: number, req: RetryRequest): RetryDecision;
}

export interface RetryPolicyOptions {
  /** Attempts in total, the first one included. @default 4 */
  readonly maxAttempts?: number;
  /** Backoff ceiling before jitter for the first retry; doubles per attempt. @default 200 */
  readonly baseDelayMs?: number;
  /** Cap on the backoff before jitter. @default 10_000 */
  readonly maxDelayMs?: number;
  /**
   * A vendor asking us to wait longer than this (e-conomic's daily budget, say) is not waited
   * out in-process: the error goes back to the transfer engine, which reschedules the job.
   * @default 60_000
   */
  readonly maxRetryAfterMs?: number;
  /** Source of jitter in [0, 1); injected so tests are deterministic. @default Math.random */
  readonly random?: () => number;
}

const safeMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * Whether sending the request again cannot create a second record. GET/PUT/DELETE are
 * idempotent by definition; POST and PATCH only when the caller says so.
 */
export function isSafeToRepeat(req: RetryRequest): boolean {
  return safeMethods.has(req.method.toUpperCase()) || req.idempotent === true;
}

/**
 * "Full jitter" exponential backoff: a uniform wait in [0, min(max, base × 2^(attempt-1))),
 * which spreads callers that failed together instead of having them retry in lockstep.
 */
export function backoffDelayMs(attempt: number, options: Required<Pick<RetryPolicyOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>>): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** exponent);
  return Math.floor(options.random() * ceiling);
}

/**
 * The policy every connector uses unless it has a reason not to.
 *
 * - `RATE_LIMITED`: the vendor did not process the request, so any method is retried, after
 *   `retryAfterMs` when the vendor gave one, otherwise after backoff.
 * - `TEMPORARY`: retried only when {@link isSafeToRepeat}. A POST that timed out, lost its
 *   connection or got a 5xx may already have been committed; retrying it could book a
 *   duplicate invoice in the ERP. The transfer engine's intent ledger resolves it instead by
 *   looking the record up (`findInvoice`) before creating again.
 * - Every other code fails the same way on a resend and is never retried.
 */
export function defaultRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const maxAttempts = options.maxAttempts ?? 4;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const backoff = {
    baseDelayMs: options.baseDelayMs ?? 200,
    maxDelayMs: options.maxDelayMs ?? 10_000,
    random: options.random ?? Math.random,
  };
  const stop = (reason: string): RetryDecision => ({ retry: false, reason, waitMs: 0 });

  return {
    decide(error, attempt, req) {
      if (!error.retryable || (error.code !== 'RATE_LIMITED' && error.code !== 'TEMPORARY')) {
        return stop(`${error.code} is not retryable`);
      }
      if (attempt >= maxAttempts) return stop(`gave up after ${attempt} of ${maxAttempts} attempts (${error.code})`);

      if (error.code === 'RATE_LIMITED') {
        if (error.retryAfterMs !== undefined) {
          if (error.retryAfterMs > maxRetryAfterMs) {
            return stop(`rate limited for ${error.retryAfterMs} ms, longer than the ${maxRetryAfterMs} ms we wait in-process`);
          }
          return { retry: true, reason: `rate limited; vendor asked to wait ${error.retryAfterMs} ms`, waitMs: error.retryAfterMs };
        }
        return { retry: true, reason: 'rate limited; backing off', waitMs: backoffDelayMs(attempt, backoff) };
      }

      if (!isSafeToRepeat(req)) {
        return stop(`${req.method.toUpperCase()} may have been committed; not resent (the intent ledger looks it up)`);
      }
      const waitMs = Math.max(backoffDelayMs(attempt, backoff), error.retryAfterMs ?? 0);
      return { retry: true, reason: `temporary failure on ${req.method.toUpperCase()}; backing off`, waitMs };
    },
  };
}

/** A policy that never retries, for callers that run their own loop (and for tests). */
export const noRetryPolicy: RetryPolicy = {
  decide: () => ({ retry: false, reason: 'retries disabled', waitMs: 0 }),
};

/**
 * Reads a `Retry-After` header: delay-seconds (`120`) or an HTTP date. Returns milliseconds
 * from `now`, 0 for a date in the past, and `undefined` for a missing or malformed value.
 */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  // A date needs letters (day or month names); this keeps "-5" or "1e3" from parsing as one.
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
