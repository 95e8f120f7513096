import type { RateLimitHint } from './manifest.js';

/**
 * Who is waiting for the vendor: a person (a manual run, a retry, a live read on screen) or
 * background sync (a scheduled run). Under contention `USER` goes first.
 */
export type RatePriority = 'USER' | 'BACKGROUND';

/**
 * The port every vendor call passes through: one budget per connection, however many
 * processes share it. The default is the in-process {@link TokenBucket}; the API supplies one
 * kept in Postgres so all its workers together stay under the vendor's limit.
 */
export interface RateBudget {
  /** Resolves once `n` tokens were taken for a call of this priority; never rejects on an empty budget, it waits. */
  acquire(n: number, priority: RatePriority): Promise<void>;
  /**
   * The vendor answered 429: drain the budget and block everyone on this connection for
   * `retryAfterMs`, so the others back off too instead of hitting the limit again.
   */
  onThrottled(retryAfterMs: number): Promise<void>;
}

/** How a budget is sized; see {@link budgetSizeFromHint}. */
export interface BudgetSize {
  /** Tokens when full: the largest burst. */
  readonly capacity: number;
  /** Tokens added per millisecond. */
  readonly refillPerMs: number;
  /**
   * Tokens that `BACKGROUND` callers leave in the budget, so a person's call finds one at once
   * even while a sync is draining the rest. It costs the sync its burst, not its throughput.
   */
  readonly reserve: number;
}

const LONG_WINDOW_MS = 60 * 60 * 1000;
/** 50 requests per second. */
const FAST_REFILL_PER_MS = 50 / 1000;

/**
 * Sizes a connection's budget from a manifest's `rateLimit` hint. Vendors count in a sliding
 * window (Fortnox: 25 per 5 s), and a bucket allows `capacity + refill × window` calls in any
 * window, so the budget is split into a burst of a fifth and a refill of the rest: no window
 * ever sees more than `hint.requests` calls, while sustained throughput stays at 80 %.
 */
export function budgetSizeFromHint(hint: RateLimitHint): BudgetSize {
  if (!(hint.requests >= 1) || !(hint.perMs > 0)) {
    throw new RangeError(`Invalid rate-limit hint: ${hint.requests} per ${hint.perMs} ms`);
  }
  const requests = Math.floor(hint.requests);
  if (requests < 2) return { capacity: 1, refillPerMs: 1 / hint.perMs, reserve: 0 };
  const capacity = Math.max(1, Math.floor(requests / 5));
  const refillPerMs = (requests - capacity) / hint.perMs;
  // A budget over hours (e-conomic: 50 000 per 24 h) is a ceiling for the day, not a pace:
  // refilling at its average would crawl after a drain (e.g. a 429's penalty). Such budgets
  // refill at least at FAST_REFILL_PER_MS and let the vendor's own 429s pace us within them.
  const isLongWindow = hint.perMs > LONG_WINDOW_MS;
  // A burst of one has nothing to spare; otherwise a fifth of the burst, at least one call.
  const reserve = capacity < 2 ? 0 : Math.max(1, Math.floor(capacity / 5));
  return { capacity, refillPerMs: isLongWindow ? Math.max(refillPerMs, FAST_REFILL_PER_MS) : refillPerMs, reserve };
}

/**
 * The reserve a call must leave behind: none for `USER`, the budget's reserve for
 * `BACKGROUND`, shrunk so a call of `n` can still be served from a full budget.
 */
export function reserveFor(size: Pick<BudgetSize, 'capacity' | 'reserve'>, n: number, priority: RatePriority): number {
  if (priority === 'USER') return 0;
  return Math.max(0, Math.min(size.reserve, size.capacity - n));
}
