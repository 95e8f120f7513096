/** A fixed-window limiter per key (token, agreement): the shape vendors document, e.g. 25 per 5 s. */
export interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(public rate: RateLimit | null, private readonly now: () => number = Date.now) {}

  /** null when allowed; otherwise how long until the window resets. */
  take(key: string): number | null {
    if (!this.rate) return null;
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= this.rate.windowMs) {
      this.windows.set(key, { start: t, count: 1 });
      return null;
    }
    if (w.count < this.rate.limit) {
      w.count += 1;
      return null;
    }
    return this.rate.windowMs - (t - w.start);
  }
}
