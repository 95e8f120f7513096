import type { Clock } from './connector-context.js';
import type { RateLimitHint } from './manifest.js';

/** Size the bucket by its refill rate directly. */
export interface TokenBucketRateOptions {
  /** Tokens the bucket holds when full: the largest burst it allows. */
  readonly capacity: number;
  /** Tokens added per millisecond. */
  readonly refillPerMs: number;
  readonly clock: Clock;
}

/** Size the bucket from a budget of `requests` per `perMs`. */
export interface TokenBucketBudgetOptions {
  /** @default requests */
  readonly capacity?: number;
  readonly requests: number;
  readonly perMs: number;
  readonly clock: Clock;
}

/** Either a refill rate or a request budget; see {@link bucketFromHint} for sizing from a manifest. */
export type TokenBucketOptions = TokenBucketRateOptions | TokenBucketBudgetOptions;

/**
 * Client-side throttle shared by every request on one connection, so a bulk sync stays under
 * the vendor's budget instead of discovering it through 429s. Waiters are served in arrival
 * order through `clock.sleep`, so a fake clock drives it in tests.
 */
export class TokenBucket {
  readonly capacity: number;
  readonly refillPerMs: number;
  private readonly clock: Clock;
  private tokens: number;
  private lastRefillMs: number;
  private pausedUntilMs = 0;
  /** Serialises `take()` so waiters are served first come, first served. */
  private queue: Promise<void> = Promise.resolve();

  constructor(options: TokenBucketOptions) {
    const capacity = options.capacity ?? ('requests' in options ? options.requests : undefined);
    const refillPerMs = 'refillPerMs' in options ? options.refillPerMs : options.requests / options.perMs;
    if (capacity === undefined || !(capacity >= 1) || !Number.isFinite(capacity)) {
      throw new RangeError(`TokenBucket capacity must be a finite number >= 1, got ${String(capacity)}`);
    }
    if (!(refillPerMs > 0) || !Number.isFinite(refillPerMs)) {
      throw new RangeError(`TokenBucket refill rate must be a finite number > 0, got ${String(refillPerMs)}`);
    }
    this.capacity = capacity;
    this.refillPerMs = refillPerMs;
    this.clock = options.clock;
    this.tokens = capacity;
    this.lastRefillMs = options.clock.now().getTime();
  }

  /** Resolves once a token is available (and any penalty has passed), consuming it. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.acquire());
    // A rejected sleep must not wedge every later caller.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Pauses the bucket for `ms` after a 429, so every caller on this connection backs off
   * together instead of each one hitting the vendor again. Overlapping penalties extend to
   * the latest end; the bucket is also drained so the restart is not a burst.
   */
  penalize(ms: number): void {
    if (!(ms > 0)) return;
    const now = this.clock.now().getTime();
    this.refill(now);
    this.tokens = 0;
    this.pausedUntilMs = Math.max(this.pausedUntilMs, now + ms);
  }

  /** Tokens available right now, for diagnostics and tests. */
  available(): number {
    this.refill(this.clock.now().getTime());
    return Math.floor(this.tokens);
  }

  private async acquire(): Promise<void> {
    for (;;) {
      const now = this.clock.now().getTime();
      if (now < this.pausedUntilMs) {
        await this.clock.sleep(this.pausedUntilMs - now);
        continue;
      }
      this.refill(now);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.clock.sleep(Math.max(1, Math.ceil((1 - this.tokens) / this.refillPerMs)));
    }
  }

  private refill(now: number): void {
    // Nothing accrues while paused: the vendor is not counting our budget back up either.
    const from = Math.max(this.lastRefillMs, this.pausedUntilMs);
    if (now > from) this.tokens = Math.min(this.capacity, this.tokens + (now - from) * this.refillPerMs);
    this.lastRefillMs = Math.max(this.lastRefillMs, now);
  }
}

/**
 * Builds the per-connection bucket from a manifest's `rateLimit` hint. Vendors count in a
 * sliding window (Fortnox: 25 per 5 s), and a bucket allows `capacity + refill × window` calls
 * in any window, so the budget is split into a burst of a fifth and a refill of the rest:
 * no window ever sees more than `hint.requests` calls, while sustained throughput stays at 80 %.
 */
export function bucketFromHint(hint: RateLimitHint, clock: Clock): TokenBucket {
  if (!(hint.requests >= 1) || !(hint.perMs > 0)) {
    throw new RangeError(`Invalid rate-limit hint: ${hint.requests} per ${hint.perMs} ms`);
  }
  const requests = Math.floor(hint.requests);
  if (requests < 2) return new TokenBucket({ capacity: 1, refillPerMs: 1 / hint.perMs, clock });
  const capacity = Math.max(1, Math.floor(requests / 5));
  const refillPerMs = (requests - capacity) / hint.perMs;
  // A budget over hours (e-conomic: 50 000 per 24 h) is a ceiling for the day, not a pace:
  // refilling at its average would crawl after a drain (e.g. a 429's penalty). Such budgets
  // refill at least at FAST_REFILL_PER_MS and let the vendor's own 429s pace us within them.
  const isLongWindow = hint.perMs > LONG_WINDOW_MS;
  return new TokenBucket({ capacity, refillPerMs: isLongWindow ? Math.max(refillPerMs, FAST_REFILL_PER_MS) : refillPerMs, clock });
}

const LONG_WINDOW_MS = 60 * 60 * 1000;
/** 50 requests per second. */
const FAST_REFILL_PER_MS = 50 / 1000;
