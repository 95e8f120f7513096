import type { BudgetSize } from './rate-budget.js';

/**
 * How a budget learns the vendor's real pace from its 429s (ADR 0027): additive increase,
 * multiplicative decrease on the budget's refill rate. A hint can be far off the vendor's
 * real limit (e-conomic announces 50 000 per 24 h but meters a bucket of unknown size), and
 * each 429 blocks every caller on the connection for its Retry-After, so pacing just under
 * the limit is much faster than bursting into it.
 */
export interface PaceRules {
  /** The hint's refill: the pace is never above it, and back at it the hint's burst returns too. */
  readonly ceilingPerMs: number;
  /** A 429 never pushes the pace below this, so the connection cannot starve. */
  readonly floorPerMs: number;
  /** Refill regained per ms of time since the last decrease (tokens per ms, per ms). */
  readonly rampPerMs2: number;
  /** The fraction of the current pace kept after a 429. */
  readonly backoff: number;
  /** While paced below the ceiling, the burst is this many ms of the pace (at least {@link MIN_PACED_BURST} calls). */
  readonly burstMs: number;
}

/** What a budget remembers after 429s; `null` means none yet, or fully recovered. */
export interface LearnedPace {
  /** The refill set by the last decrease. */
  readonly basePerMs: number;
  /** When the ramp from `basePerMs` started (the end of that 429's block), in epoch ms. */
  readonly sinceMs: number;
}

/** Kept after a 429: 3/4 of the pace, which simulations of a fixed-window vendor put ahead of halving (ADR 0027). */
export const PACE_BACKOFF = 0.75;
/** From nothing back to the hint's refill in two minutes of calls or quiet. */
export const PACE_RAMP_MS = 120_000;
/** A sixteenth of the hint's refill: about ten decreases in a row (0.75^10 ≈ 0.056). */
export const PACE_FLOOR_FRACTION = 1 / 16;
/** A fifth of a second's calls, as the hint's burst is a fifth of its window. */
export const PACE_BURST_MS = 200;

/** The smallest burst while paced: two calls, so `BACKGROUND` still leaves one for `USER`. */
export const MIN_PACED_BURST = 2;

/** The pacing rules for a budget of this size. */
export function paceRulesFor(size: Pick<BudgetSize, 'refillPerMs'>): PaceRules {
  const ceilingPerMs = size.refillPerMs;
  return {
    ceilingPerMs,
    floorPerMs: ceilingPerMs * PACE_FLOOR_FRACTION,
    rampPerMs2: ceilingPerMs / PACE_RAMP_MS,
    backoff: PACE_BACKOFF,
    burstMs: PACE_BURST_MS,
  };
}

/** The refill at `nowMs`: the last decrease plus the ramp since, never above the ceiling. */
export function refillAt(rules: PaceRules, learned: LearnedPace | null, nowMs: number): number {
  if (learned === null) return rules.ceilingPerMs;
  const ramped = learned.basePerMs + rules.rampPerMs2 * Math.max(0, nowMs - learned.sinceMs);
  return Math.min(rules.ceilingPerMs, ramped);
}

/**
 * The reserve `BACKGROUND` leaves in a budget of `capacity`: a fifth, at least one call, none
 * for a burst of one. The same rule as {@link budgetSizeFromHint}'s.
 */
export function reserveOfCapacity(capacity: number): number {
  return capacity < 2 ? 0 : Math.max(1, Math.floor(capacity / 5));
}

/**
 * The budget's size at `nowMs`. Below the ceiling the burst shrinks with the pace: a full
 * bucket of the hint's size (e-conomic: 10 000 calls) would burst straight into the next 429
 * after any pause. Back at the ceiling the hint's own size applies again.
 */
export function sizeAt(size: BudgetSize, rules: PaceRules, learned: LearnedPace | null, nowMs: number): BudgetSize {
  const refillPerMs = refillAt(rules, learned, nowMs);
  if (refillPerMs >= rules.ceilingPerMs) return size;
  // at least two calls where the hint allows two, so a slow pace still keeps a reserve for people
  const capacity = Math.min(size.capacity, Math.max(MIN_PACED_BURST, Math.floor(refillPerMs * rules.burstMs)));
  return { capacity, refillPerMs, reserve: reserveOfCapacity(capacity) };
}

/**
 * The pace after the vendor answered 429 at `nowMs`. A 429 that arrives while the budget is
 * still blocked by an earlier one answers a call sent before that block, so it says nothing
 * new and changes nothing: one decrease per episode, however many calls were in flight.
 * The ramp starts when the new block ends, since nobody calls before.
 */
export function paceAfterThrottle(
  rules: PaceRules,
  learned: LearnedPace | null,
  throttle: { readonly nowMs: number; readonly blockedUntilMs: number | null; readonly retryAfterMs: number },
): LearnedPace | null {
  const { nowMs, blockedUntilMs, retryAfterMs } = throttle;
  if (blockedUntilMs !== null && blockedUntilMs > nowMs) return learned;
  const basePerMs = Math.max(rules.floorPerMs, rules.backoff * refillAt(rules, learned, nowMs));
  return { basePerMs, sinceMs: nowMs + Math.max(0, retryAfterMs) };
}
