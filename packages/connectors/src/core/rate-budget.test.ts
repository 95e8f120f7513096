import { describe, expect, it } from 'vitest';
import { connectorError } from './connector-error.js';
import { createHttpClient } from './http-client.js';
import { errorCodeForStatus } from './http-status.js';
import { budgetSizeFromHint, reserveFor, type RateBudget, type RatePriority } from './rate-budget.js';
import { defaultRetryPolicy } from './retry-policy.js';
import { silentLogger } from './connector-context.js';
import { createFakeClock, flushPromises } from './testing/fake-clock.js';
import { createFakeFetch, jsonResponse } from './testing/fake-http.js';
import { TokenBucket } from './token-bucket.js';

describe('budgetSizeFromHint', () => {
  it('should keep a reserve of a fifth of the burst for Fortnox (25 per 5 s) without changing its pace', () => {
    expect(budgetSizeFromHint({ requests: 25, perMs: 5_000 })).toEqual({ capacity: 5, refillPerMs: 20 / 5_000, reserve: 1 });
  });

  it('should keep no reserve when the burst is a single call', () => {
    expect(budgetSizeFromHint({ requests: 1, perMs: 1_000 }).reserve).toBe(0);
    expect(budgetSizeFromHint({ requests: 6, perMs: 1_000 })).toEqual({ capacity: 1, refillPerMs: 5 / 1_000, reserve: 0 });
  });

  it('should reject an empty budget', () => {
    expect(() => budgetSizeFromHint({ requests: 0, perMs: 1_000 })).toThrow(RangeError);
  });
});

describe('reserveFor', () => {
  it('should leave nothing for USER calls and the reserve for BACKGROUND ones, never more than a full budget allows', () => {
    const size = { capacity: 5, reserve: 1 };
    expect(reserveFor(size, 1, 'USER')).toBe(0);
    expect(reserveFor(size, 1, 'BACKGROUND')).toBe(1);
    expect(reserveFor(size, 5, 'BACKGROUND')).toBe(0);
  });
});

describe('TokenBucket as the default RateBudget', () => {
  it('should let BACKGROUND callers drain only down to the reserve, so a USER call is served at once', async () => {
    const clock = createFakeClock();
    const bucket = new TokenBucket({ capacity: 5, refillPerMs: 1 / 1_000, reserve: 1, clock });
    await Promise.all([1, 2, 3, 4].map(() => bucket.acquire(1, 'BACKGROUND')));
    let isBackgroundServed = false;
    const background = bucket.acquire(1, 'BACKGROUND').then(() => (isBackgroundServed = true));
    await flushPromises();
    expect(isBackgroundServed).toBe(false);

    await bucket.acquire(1, 'USER');
    expect(clock.sleeps).toEqual([1_000]);
    expect(bucket.available()).toBe(0);
    await clock.advance(2_000);
    await background;
    expect(isBackgroundServed).toBe(true);
  });

  it('should serve a waiting USER call before BACKGROUND calls that queued earlier', async () => {
    const clock = createFakeClock();
    const bucket = new TokenBucket({ capacity: 2, refillPerMs: 1 / 1_000, reserve: 1, clock });
    await bucket.acquire(2, 'USER');
    const order: string[] = [];
    const waits = (['BACKGROUND', 'BACKGROUND', 'USER'] as const).map((p, i) => bucket.acquire(1, p).then(() => order.push(`${p}-${i}`)));
    for (let i = 0; i < 8; i += 1) await clock.advance(1_000);
    await Promise.all(waits);
    expect(order).toEqual(['USER-2', 'BACKGROUND-0', 'BACKGROUND-1']);
  });

  it('should take n tokens at once and refuse more than the capacity', async () => {
    const clock = createFakeClock();
    const bucket = new TokenBucket({ capacity: 3, refillPerMs: 1 / 1_000, clock });
    await bucket.acquire(3, 'USER');
    expect(bucket.available()).toBe(0);
    await expect(bucket.acquire(4, 'USER')).rejects.toThrow(RangeError);
  });

  it('should block every priority after onThrottled', async () => {
    const clock = createFakeClock();
    const bucket = new TokenBucket({ capacity: 5, refillPerMs: 1, reserve: 1, clock });
    await bucket.onThrottled(3_000);
    let served = 0;
    const waits = (['USER', 'BACKGROUND'] as const).map((p) => bucket.acquire(1, p).then(() => (served += 1)));
    await clock.advance(2_999);
    expect(served).toBe(0);
    await clock.advance(10);
    await Promise.all(waits);
    expect(served).toBe(2);
  });

  it('should refuse a reserve that would leave BACKGROUND nothing', () => {
    expect(() => new TokenBucket({ capacity: 2, refillPerMs: 1, reserve: 2, clock: createFakeClock() })).toThrow(RangeError);
  });
});

describe('createHttpClient with a RateBudget', () => {
  function recordingBudget() {
    const calls: string[] = [];
    const budget: RateBudget = {
      acquire: (n: number, priority: RatePriority) => {
        calls.push(`acquire ${n} ${priority}`);
        return Promise.resolve();
      },
      onThrottled: (ms: number) => {
        calls.push(`throttled ${ms}`);
        return Promise.resolve();
      },
    };
    return { calls, budget };
  }

  function client(budget: RateBudget, status: () => number, priority?: RatePriority) {
    const fake = createFakeFetch(() => (status() === 429 ? jsonResponse(429, {}, { 'Retry-After': '3' }) : jsonResponse(200, {})));
    return createHttpClient({
      baseUrl: 'https://api.fortnox.test/3/', fetch: fake.fetch, clock: createFakeClock({ autoAdvance: true }), logger: silentLogger, connectorId: 'fortnox',
      headers: () => ({}), parseError: (s, body) => connectorError({ connectorId: 'fortnox', code: errorCodeForStatus(s), message: `HTTP ${s}`, providerPayload: body }),
      retry: defaultRetryPolicy({ random: () => 0.5 }), budget, ...(priority === undefined ? {} : { priority }),
    });
  }

  it('should take one token per attempt with its priority and report a 429 with the vendor\'s Retry-After', async () => {
    const { calls, budget } = recordingBudget();
    let n = 0;
    const res = await client(budget, () => (++n === 1 ? 429 : 200), 'BACKGROUND').request({ method: 'GET', path: 'customers' });
    expect(res.ok).toBe(true);
    expect(calls).toEqual(['acquire 1 BACKGROUND', 'throttled 3000', 'acquire 1 BACKGROUND']);
  });

  it('should count calls as USER when no priority is given', async () => {
    const { calls, budget } = recordingBudget();
    await client(budget, () => 200).request({ method: 'GET', path: 'customers' });
    expect(calls).toEqual(['acquire 1 USER']);
  });
});
