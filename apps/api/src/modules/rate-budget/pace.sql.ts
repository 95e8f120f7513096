import { MIN_PACED_BURST } from '@ledgerbridge/connectors';

/**
 * SQL twins of the pure pace rules in `@ledgerbridge/connectors` (core/rate-pace.ts), so a take
 * stays one statement: the row's learned pace is read under the row lock that the take holds
 * anyway. `test/int/rate-budget.int.test.ts` checks them against the TypeScript rules.
 * `b` is the stored `rate_budget` row; `now` any timestamptz expression.
 */
export interface PaceSqlParams {
  /** The hint's burst (`BudgetSize.capacity`). */
  readonly capacity: string;
  /** The hint's refill, the pace's ceiling. */
  readonly ceiling: string;
  /** `PaceRules.rampPerMs2`. */
  readonly ramp: string;
  /** `PaceRules.burstMs`. */
  readonly burstMs: string;
  /** Tokens this take wants: a burst never shrinks below one call's worth. */
  readonly n: string;
}

const msBetween = (to: string, from: string) => `(extract(epoch FROM ${to} - ${from})::float8 * 1000)`;

/** `refillAt`: the last decrease plus the ramp since, never above the ceiling. */
export const paceAt = (p: PaceSqlParams, now: string) =>
  `least(${p.ceiling}, coalesce(b.pace_per_ms + ${p.ramp} * greatest(0, ${msBetween(now, 'b.paced_at')}), ${p.ceiling}))`;

/** `sizeAt(...).capacity`: the hint's burst at the ceiling, else `burstMs` of the pace (at least MIN_PACED_BURST). */
export const capacityAt = (p: PaceSqlParams, now: string) =>
  `(CASE WHEN ${paceAt(p, now)} >= ${p.ceiling} THEN ${p.capacity} ELSE greatest(${p.n}, least(${p.capacity}, greatest(${MIN_PACED_BURST}, floor(${paceAt(p, now)} * ${p.burstMs})))) END)`;

/**
 * Tokens after refilling until `now` at the pace: nothing accrues before a 429's block ends,
 * never beyond the capacity. Elapsed time is refilled at the pace of `now`, slightly generous
 * while ramping (by at most the ramp over the gap between two takes).
 */
export const tokensAt = (p: PaceSqlParams, now: string) =>
  `least(${capacityAt(p, now)}, b.tokens + greatest(0, ${msBetween(now, 'greatest(b.updated_at, coalesce(b.blocked_until, b.updated_at))')}) * ${paceAt(p, now)})`;

/** `reserveFor` with `reserveOfCapacity`: what a `BACKGROUND` take leaves behind; `USER` leaves nothing. */
export const keepAt = (p: PaceSqlParams, now: string, isBackground: string) => {
  const capacity = capacityAt(p, now);
  return `(CASE WHEN ${isBackground} THEN greatest(0, least(CASE WHEN ${capacity} < 2 THEN 0 ELSE greatest(1, floor(${capacity} / 5)) END, ${capacity} - ${p.n})) ELSE 0 END)`;
};
