import { describe, expect, it } from 'vitest';
import { budgetSizeFromHint } from './rate-budget.js';
import { PACE_RAMP_MS, paceAfterThrottle, paceRulesFor, refillAt, reserveOfCapacity, sizeAt, type LearnedPace } from './rate-pace.js';

// e-conomic's hint: 50 000 per 24 h, a long window, so refill 50/s and a burst of 10 000
const economic = budgetSizeFromHint({ requests: 50_000, perMs: 24 * 60 * 60 * 1000 });
const rules = paceRulesFor(economic);
const T0 = Date.UTC(2026, 10, 23, 12);

describe('rate pace rules (issue #5 follow-up, ADR 0027)', () => {
  it('should pace at the hint with the hint\'s burst until the vendor answers 429', () => {
    expect(refillAt(rules, null, T0)).toBe(0.05);
    expect(sizeAt(economic, rules, null, T0)).toEqual(economic);
  });

  it('should keep three quarters of the current pace on a 429 and ramp from the end of its block', () => {
    const learned = paceAfterThrottle(rules, null, { nowMs: T0, blockedUntilMs: null, retryAfterMs: 1_000 })!;
    expect(learned.basePerMs).toBeCloseTo(0.0375, 12);
    expect(learned.sinceMs).toBe(T0 + 1_000);
    expect(refillAt(rules, learned, T0 + 1_000)).toBeCloseTo(0.0375, 12);
    // the ramp regains the whole ceiling in PACE_RAMP_MS: 50/s per 120 s, so 12 s add 5/s
    expect(refillAt(rules, learned, T0 + 13_000)).toBeCloseTo(0.0425, 12);
  });

  it('should decrease once per episode: a 429 arriving while an earlier one still blocks changes nothing', () => {
    const first = paceAfterThrottle(rules, null, { nowMs: T0, blockedUntilMs: null, retryAfterMs: 1_000 });
    const inFlight = paceAfterThrottle(rules, first, { nowMs: T0 + 20, blockedUntilMs: T0 + 1_000, retryAfterMs: 1_000 });
    expect(inFlight).toBe(first);
    const next = paceAfterThrottle(rules, first, { nowMs: T0 + 1_500, blockedUntilMs: T0 + 1_000, retryAfterMs: 1_000 })!;
    // 0.0375 ramped for 500 ms, then three quarters of it
    expect(next.basePerMs).toBeCloseTo(0.75 * (0.0375 + rules.rampPerMs2 * 500), 12);
  });

  it('should never decrease below the floor, so a connection that keeps hitting 429s still moves', () => {
    let learned: LearnedPace | null = null;
    let now = T0;
    for (let i = 0; i < 40; i++) {
      learned = paceAfterThrottle(rules, learned, { nowMs: now, blockedUntilMs: learned?.sinceMs ?? null, retryAfterMs: 1_000 });
      now = learned!.sinceMs;
    }
    expect(learned!.basePerMs).toBe(rules.floorPerMs);
    expect(rules.floorPerMs).toBe(0.05 / 16);
    // a floor of 3.125 calls/s still has a burst of two calls, one of them kept for people
    expect(sizeAt(economic, rules, learned, now)).toEqual({ capacity: 2, refillPerMs: rules.floorPerMs, reserve: 1 });
  });

  it('should never ramp above the hint and give the hint\'s burst back once recovered after a quiet period', () => {
    const learned: LearnedPace = { basePerMs: 0.01, sinceMs: T0 };
    const paced = sizeAt(economic, rules, learned, T0);
    expect(paced).toEqual({ capacity: 2, refillPerMs: 0.01, reserve: 1 });
    expect(refillAt(rules, learned, T0 + PACE_RAMP_MS)).toBe(0.05);
    expect(sizeAt(economic, rules, learned, T0 + PACE_RAMP_MS)).toEqual(economic);
  });

  it('should shrink the burst with the pace and keep a reserve for USER calls in it', () => {
    const learned: LearnedPace = { basePerMs: 0.04, sinceMs: T0 };
    // 40 calls/s: a burst of 200 ms is 8 calls, a fifth of them (one) kept for people
    expect(sizeAt(economic, rules, learned, T0)).toEqual({ capacity: 8, refillPerMs: 0.04, reserve: 1 });
    expect(reserveOfCapacity(1)).toBe(0);
    // a hint that allows a burst of one keeps it while paced: nothing to spare
    const single = budgetSizeFromHint({ requests: 6, perMs: 1_000 });
    expect(sizeAt(single, paceRulesFor(single), { basePerMs: 0.001, sinceMs: T0 }, T0)).toEqual({ capacity: 1, refillPerMs: 0.001, reserve: 0 });
    expect(reserveOfCapacity(10)).toBe(2);
  });

  it('should settle just under a fixed-window vendor of 40/s with few 429s (one caller, deterministic clock)', () => {
    // One caller that could do 100 calls/s, a vendor that allows 40 per fixed second and answers
    // Retry-After 1 s, the budget refilled exactly as PostgresRateBudget does.
    let now = T0;
    let learned: LearnedPace | null = null;
    let tokens = economic.capacity;
    let updatedMs = now;
    let blockedUntilMs = 0;
    let windowStart = now;
    let inWindow = 0;
    let done = 0;
    let throttled = 0;
    while (done < 5_000) {
      const size = sizeAt(economic, rules, learned, now);
      const from = Math.max(updatedMs, blockedUntilMs);
      if (now > from) tokens = Math.min(size.capacity, tokens + (now - from) * size.refillPerMs);
      updatedMs = Math.max(updatedMs, now);
      if (now < blockedUntilMs || tokens < 1) {
        now = Math.max(now + 1, blockedUntilMs);
        continue;
      }
      tokens -= 1;
      if (now - windowStart >= 1_000) [windowStart, inWindow] = [now, 0];
      if (inWindow < 40) {
        inWindow += 1;
        done += 1;
        now += 10;
        continue;
      }
      throttled += 1;
      learned = paceAfterThrottle(rules, learned, { nowMs: now, blockedUntilMs, retryAfterMs: 1_000 });
      [tokens, blockedUntilMs] = [0, now + 1_000];
    }
    const seconds = (now - T0) / 1_000;
    // the ideal is 5 000 / 40 = 125 s; bursting at the hint's pace took 4.3 times the baseline
    expect(throttled).toBeLessThanOrEqual(10);
    expect(seconds).toBeLessThan(160);
    expect(seconds).toBeGreaterThan(125);
  });
});
