import { describe, expect, it } from 'vitest';
import { createFakeClock, flushPromises } from './testing/fake-clock.js';
import { TokenBucket, bucketFromHint } from './token-bucket.js';

describe('TokenBucket', () => {
  it('should let a full burst through without waiting', async () => {
    const clock = createFakeClock();
    const bucket = new TokenBucket({ capacity: 3, refillPerMs: 1 / 1_000, clock });
    await Promise.all([bucket.take(), bucket.take(), bucket.take()]);
    expect(clock.sleeps).toEqual([]);
    expect(bucket.available()).toBe(0);
  });

  it('should make the next caller wait for a refill when empty', async () => {
    const clock = createFakeClock();
    const bucket = new TokenBucket({ capacity: 1, refillPerMs: 1 / 1_000, clock });
    await bucket.take();
    let isDone = false;
    const waiting = bucket.take().then(() => (isDone = true));

    await clock.advance(999);
    expect(isDone).toBe(false);
    await clock.advance(1);
    await waiting;
    expect(isDone).toBe(true);
    expect(clock.sleeps).toEqual([1_000]);
  });

  it('should serve waiters first come, first served at the refill rate', async () => {
    const clock = createFakeClock({ autoAdvance: true });
    const bucket = new TokenBucket({ requests: 2, perMs: 1_000, clock });
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4, 5].map((n) => bucket.take().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4, 5]);
    // two from the burst, then one every 500 ms
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:01.500Z');
  });

  it('should pause every caller after penalize and restart from empty', async () => {
    const clock = createFakeClock();
    const bucket = new TokenBucket({ capacity: 5, refillPerMs: 1 / 100, clock });
    bucket.penalize(2_000);
    let taken = 0;
    const takes = [bucket.take(), bucket.take()].map((p) => p.then(() => (taken += 1)));

    await clock.advance(2_099);
    expect(taken).toBe(0);
    await clock.advance(1);
    expect(taken).toBe(1);
    await clock.advance(100);
    await Promise.all(takes);
    expect(taken).toBe(2);
  });

  it('should extend, not shorten, an active penalty', async () => {
    const clock = createFakeClock();
    const bucket = new TokenBucket({ capacity: 1, refillPerMs: 1, clock });
    bucket.penalize(5_000);
    bucket.penalize(1_000);
    let isDone = false;
    const waiting = bucket.take().then(() => (isDone = true));
    await clock.advance(4_000);
    expect(isDone).toBe(false);
    await clock.advance(1_001);
    await waiting;
    expect(isDone).toBe(true);
  });

  it('should keep serving later callers after an earlier sleep rejected', async () => {
    let calls = 0;
    const clock = createFakeClock();
    const flaky = { now: clock.now, sleep: (ms: number) => (++calls === 1 ? Promise.reject(new Error('boom')) : clock.sleep(ms)) };
    const bucket = new TokenBucket({ capacity: 1, refillPerMs: 1 / 10, clock: flaky });
    await bucket.take();
    await expect(bucket.take()).rejects.toThrow('boom');
    const next = bucket.take();
    await flushPromises();
    await clock.advance(10);
    await expect(next).resolves.toBeUndefined();
  });

  it('should reject nonsensical sizes', () => {
    const clock = createFakeClock();
    expect(() => new TokenBucket({ capacity: 0, refillPerMs: 1, clock })).toThrow(RangeError);
    expect(() => new TokenBucket({ capacity: 1, refillPerMs: 0, clock })).toThrow(RangeError);
  });
});

describe('bucketFromHint', () => {
  it('should never allow more than the hint in any window (Fortnox: 25 per 5 s)', async () => {
    const clock = createFakeClock({ autoAdvance: true });
    const bucket = bucketFromHint({ requests: 25, perMs: 5_000 }, clock);
    expect(bucket.capacity).toBe(5);
    const takenAt: number[] = [];
    for (let i = 0; i < 80; i += 1) {
      await bucket.take();
      takenAt.push(clock.now().getTime());
    }
    for (const [i, start] of takenAt.entries()) {
      const inWindow = takenAt.slice(i).filter((at) => at < start + 5_000).length;
      expect(inWindow).toBeLessThanOrEqual(25);
    }
  });

  it('should handle a budget of a single request', () => {
    const bucket = bucketFromHint({ requests: 1, perMs: 1_000 }, createFakeClock());
    expect(bucket.capacity).toBe(1);
    expect(bucket.refillPerMs).toBe(1 / 1_000);
  });

  it('should reject an empty budget', () => {
    expect(() => bucketFromHint({ requests: 0, perMs: 1_000 }, createFakeClock())).toThrow(RangeError);
  });
});

describe('bucketFromHint for day-long budgets', () => {
  it('should recover from a 429 in seconds, not at the day\'s average pace (e-conomic 50 000 per 24 h)', async () => {
    const clock = createFakeClock();
    const bucket = bucketFromHint({ requests: 50_000, perMs: 24 * 60 * 60 * 1000 }, clock);
    bucket.penalize(1_000);
    let taken = 0;
    const takes = Array.from({ length: 5 }, () => bucket.take().then(() => (taken += 1)));
    await clock.advance(1_000 + 5 * 100);
    await Promise.all(takes);
    expect(taken).toBe(5);
  });
});
