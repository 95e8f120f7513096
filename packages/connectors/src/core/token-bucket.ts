import type { Clock } from './connector-context.js';
import type { RateLimitHint } from './manifest.js';
import { budgetSizeFromHint, reserveFor, type RateBudget, type RatePriority } from './rate-budget.js';

/** Size the bucket by its refill rate directly. */
export interface TokenBucketRateOptions {
  /** Tokens the bucket holds when full: the largest burst it allows. */
  readonly capacity: number;
  /** Tokens added per millisecond. */
  readonly refillPerMs: number;
  /** Tokens `BACKGROUND` callers must leave for `USER` ones. @default 0 */
  readonly reserve?: number;
  readonly clock: Clock;
}

/** Size the bucket from a budget of `requests` per `perMs`. */
export interface TokenBucketBudgetOptions {
  /** @default requests */
  readonly capacity?: number;
  readonly requests: number;
  readonly perMs: number;
  /** Tokens `BACKGROUND` callers must leave for `USER` ones. @default 0 */
  readonly reserve?: number;
  readonly clock: Clock;
}

/** Either a refill rate or a request budget; see {@link bucketFromHint} for sizing from a manifest. */
export type TokenBucketOptions = TokenBucketRateOptions | TokenBucketBudgetOptions;

/**
 * Client-side throttle shared by every request on one connection, so a bulk sync stays under
 * the vendor's budget instead of discovering it through 429s. Waiters of one priority are
 * served in arrival order through `clock.sleep`, so a fake clock drives it in tests; `USER`
 * waiters never queue behind `BACKGROUND` ones, which also leave `reserve` tokens untouched.
 * The default {@link RateBudget} of a connector: it only sees this process's calls.
 */
export class TokenBucket implements RateBudget {
  readonly capacity: number;
  readonly refillPerMs: number;
  readonly reserve: number;
  private readonly clock: Clock;
  private tokens: number;
  private lastRefillMs: number;
  private pausedUntilMs = 0;
  /** One queue per priority, so waiters of a priority are served first come, first served. */
  private readonly lanes: Record<RatePriority, Promise<void>> = { USER: Promise.resolve(), BACKGROUND: Promise.resolve() };

  constructor(options: TokenBucketOptions) {
    const capacity = options.capacity ?? ('requests' in options ? options.requests : undefined);
    const refillPerMs = 'refillPerMs' in options ? options.refillPerMs : options.requests / options.perMs;
    if (capacity === undefined || !(capacity >= 1) || !Number.isFinite(capacity)) {
      throw new RangeError(`TokenBucket capacity must be a finite number >= 1, got ${String(capacity)}`);
    }
    if (!(refillPerMs > 0) || !Number.isFinite(refillPerMs)) {
      throw new RangeError(`TokenBucket refill rate must be a finite number > 0, got ${String(refillPerMs)}`);
    }
    const reserve = options.reserve ?? 0;
    if (!(reserve >= 0) || reserve >= capacity) {
      throw new RangeError(`TokenBucket reserve must be >= 0 and below the capacity, got ${String(reserve)}`);
    }
    this.capacity = capacity;
    this.refillPerMs = refillPerMs;
    this.reserve = reserve;
    this.clock = options.clock;
    this.tokens = capacity;
    this.lastRefillMs = options.clock.now().getTime();
  }

  /** Resolves once a token is available (and any penalty has passed), consuming it, as a `USER` call. */
  take(): Promise<void> {
    return this.acquire(1, 'USER');
  }

  /** Resolves once `n` tokens are available to `priority` (and any penalty has passed), consuming them. */
  acquire(n: number, priority: RatePriority): Promise<void> {
    if (!(n >= 1) || n > this.capacity) return Promise.reject(new RangeError(`Cannot take ${n} tokens from a bucket of ${this.capacity}`));
    const keep = reserveFor(this, n, priority);
    const turn = this.lanes[priority].then(() => this.takeWhenAvailable(n, keep));
    // A rejected sleep must not wedge every later caller.
    this.lanes[priority] = turn.catch(() => undefined);
    return turn;
  }

  /** {@link RateBudget.onThrottled}: the same as {@link penalize}. */
  onThrottled(retryAfterMs: number): Promise<void> {
    this.penalize(retryAfterMs);
    return Promise.resolve();
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

  private async takeWhenAvailable(n: number, keep: number): Promise<void> {
    for (;;) {
      const now = this.clock.now().getTime();
      if (now < this.pausedUntilMs) {
        await this.clock.sleep(this.pausedUntilMs - now);
        continue;
      }
      this.refill(now);
      if (this.tokens - n >= keep) {
        this.tokens -= n;
        return;
      }
      await this.clock.sleep(Math.max(1, Math.ceil((n + keep - this.tokens) / this.refillPerMs)));
    }
  }

  private refill(now: number): void {
    // Nothing accrues while paused: the vendor is not counting our budget back up either.
    const from = Math.max(this.lastRefillMs, this.pausedUntilMs);
    if (now > from) this.tokens = Math.min(this.capacity, this.tokens + (now - from) * this.refillPerMs);
    this.lastRefillMs = Math.max(this.lastRefillMs, now);
  }
}

/** Builds the per-connection bucket from a manifest's `rateLimit` hint, sized by {@link budgetSizeFromHint}. */
export function bucketFromHint(hint: RateLimitHint, clock: Clock): TokenBucket {
  return new TokenBucket({ ...budgetSizeFromHint(hint), clock });
}
