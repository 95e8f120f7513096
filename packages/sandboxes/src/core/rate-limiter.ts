/** A fixed-window limiter per key (token, agreement): the shape vendors document, e.g. 25 per 5 s. */
export interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
}

/** What the limiter saw, for tests and benchmarks that must prove a client stayed under the limit. */
export interface RateLimitStats {
  /** Requests let through. */
  readonly allowed: number;
  /** Requests answered 429. */
  readonly rejected: number;
  /** The most requests one key had let through in any `windowMs` (sliding, not just the fixed windows); 0 without a limit. */
  readonly busiestWindow: number;
}

/** Enough to cover any test or benchmark run; older entries fall off first. */
const LOG_SIZE = 20_000;

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private allowed = 0;
  private rejected = 0;
  /** When each allowed request came, per key. */
  private readonly log = new Map<string, number[]>();

  constructor(public rate: RateLimit | null, private readonly now: () => number = Date.now) {}

  /** null when allowed; otherwise how long until the window resets. */
  take(key: string): number | null {
    if (!this.rate) return null;
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= this.rate.windowMs) {
      this.windows.set(key, { start: t, count: 1 });
      return this.allow(key, t);
    }
    if (w.count < this.rate.limit) {
      w.count += 1;
      return this.allow(key, t);
    }
    this.rejected += 1;
    return this.rate.windowMs - (t - w.start);
  }

  stats(): RateLimitStats {
    const windowMs = this.rate?.windowMs;
    let busiestWindow = 0;
    if (windowMs !== undefined) {
      for (const times of this.log.values()) {
        let from = 0;
        for (let to = 0; to < times.length; to += 1) {
          while (times[to]! - times[from]! >= windowMs) from += 1;
          busiestWindow = Math.max(busiestWindow, to - from + 1);
        }
      }
    }
    return { allowed: this.allowed, rejected: this.rejected, busiestWindow };
  }

  /** Forgets the counters and the log, e.g. between benchmark rounds. */
  resetStats(): void {
    this.allowed = 0;
    this.rejected = 0;
    this.log.clear();
  }

  private allow(key: string, t: number): null {
    this.allowed += 1;
    let times = this.log.get(key);
    if (!times) this.log.set(key, (times = []));
    times.push(t);
    if (times.length > LOG_SIZE) times.shift();
    return null;
  }
}
