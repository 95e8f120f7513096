import { budgetSizeFromHint, paceAfterThrottle, paceRulesFor, type BudgetSize, type Clock, type LearnedPace, type PaceRules, type RateBudget, type RateLimitHint, type RatePriority } from '@ledgerbridge/connectors';
import type { DataSource, EntityManager } from 'typeorm';
import { ShortTenantDb } from '../../db/tenant-db.js';
import { keepAt, paceAt, tokensAt, type PaceSqlParams } from './pace.sql.js';

/** Longest single wait before looking at the row again (a 429's block may be lifted by a reset). */
const MAX_WAIT_MS = 2_000;
/** A lease is this many ms of the hint's refill (e-conomic: 10 calls), spent within {@link LEASE_TTL_MS}. */
const LEASE_BURST_MS = 200;
/** However fast the hint, a lease stays small: it is spent outside the shared row. */
const MAX_LEASE_CALLS = 10;
/** Leased calls left after this are dropped, so a process never calls on stale tokens for long. */
const LEASE_TTL_MS = 500;

export interface PostgresRateBudgetOptions {
  readonly ds: DataSource;
  readonly tenantId: string;
  readonly connectionId: string;
  /** The connector manifest's hint, sized exactly as the in-process bucket would be. */
  readonly hint: RateLimitHint;
  /** Sleeps between attempts; the budget's own time is the database's, shared by all processes. */
  readonly clock: Clock;
}

// $1 tenant, $2 connection, $3 hint burst, $4 hint refill (the ceiling), $5 tokens wanted,
// $6 whether the take is BACKGROUND, $7 ramp, $8 burst ms
const P: PaceSqlParams = { capacity: '$3::float8', ceiling: '$4::float8', n: '$5::float8', ramp: '$7::float8', burstMs: '$8::float8' };
const NOW = 'EXCLUDED.updated_at';

// One statement takes the tokens or takes nothing: Postgres locks the row for the UPDATE, so two
// processes can never both spend the same token, and the learned pace is read under that lock.
// The INSERT arm creates the row, full, on first use.
const TAKE_SQL = `
  WITH c AS (SELECT clock_timestamp() AS now)
  INSERT INTO rate_budget AS b (connection_id, tenant_id, tokens, capacity, refill_per_ms, updated_at, blocked_until)
  SELECT $2, $1, $3::float8 - $5::float8, $3, $4, c.now, NULL FROM c
  ON CONFLICT (connection_id) DO UPDATE SET
    tokens = ${tokensAt(P, NOW)} - $5::float8,
    capacity = EXCLUDED.capacity, refill_per_ms = EXCLUDED.refill_per_ms, updated_at = EXCLUDED.updated_at
  WHERE (b.blocked_until IS NULL OR b.blocked_until <= EXCLUDED.updated_at)
    AND ${tokensAt(P, NOW)} - $5::float8 >= ${keepAt(P, NOW, '$6::boolean')}
  RETURNING b.tokens,
    -- plenty: unpaced and at least half the hint's burst left, so taking a lease is harmless
    (${paceAt(P, 'b.updated_at')} >= $4::float8 AND b.tokens >= $3::float8 / 2) AS plenty`;

const STATE_SQL = `
  WITH c AS (SELECT clock_timestamp() AS now)
  SELECT ${tokensAt(P, 'c.now')} - ${keepAt(P, 'c.now', '$6::boolean')} AS available,
         ${paceAt(P, 'c.now')} AS pace_per_ms,
         greatest(0, extract(epoch FROM coalesce(b.blocked_until, c.now) - c.now)::float8 * 1000) AS blocked_ms
  FROM rate_budget b, c WHERE b.connection_id = $2 AND b.tenant_id = $1`;

// The decrease is decided in TypeScript (paceAfterThrottle) on the row as locked here.
const THROTTLE_READ_SQL = `
  SELECT b.pace_per_ms, b.paced_at, b.blocked_until, clock_timestamp() AS now
  FROM rate_budget b WHERE b.connection_id = $1 FOR UPDATE`;

const THROTTLE_SQL = `
  INSERT INTO rate_budget AS b (connection_id, tenant_id, tokens, capacity, refill_per_ms, updated_at, blocked_until, pace_per_ms, paced_at)
  VALUES ($2, $1, 0, $3, $4, $5::timestamptz, $5::timestamptz + $6::float8 * interval '1 millisecond', $7::float8, $8::timestamptz)
  ON CONFLICT (connection_id) DO UPDATE SET
    tokens = 0, updated_at = EXCLUDED.updated_at,
    blocked_until = greatest(coalesce(b.blocked_until, EXCLUDED.blocked_until), EXCLUDED.blocked_until),
    pace_per_ms = EXCLUDED.pace_per_ms, paced_at = EXCLUDED.paced_at`;

interface ThrottleRow {
  pace_per_ms: number | null;
  paced_at: Date | null;
  blocked_until: Date | null;
  now: Date;
}

/**
 * A connection's request budget kept in its `rate_budget` row, so every process that calls the
 * vendor for the connection (API requests, any number of workers) draws from one bucket. The
 * row is read and written as the tenant (RLS applies), each take in its own short transaction
 * so no caller holds the row lock while it waits. `BACKGROUND` takes leave the reserve; a
 * `USER` take may use it (ADR 0010). The row also keeps the pace learned from the vendor's 429s,
 * so all processes slow down and recover together (ADR 0027).
 */
export class PostgresRateBudget implements RateBudget {
  private readonly db: ShortTenantDb;
  private readonly size: BudgetSize;
  private readonly rules: PaceRules;
  private readonly leaseCalls: number;
  /** Calls this process took from the row ahead of time, spent without a round trip until `untilMs`. */
  private lease: { priority: RatePriority; calls: number; untilMs: number } | null = null;
  /** The last take found the row unpaced and well filled: the next one may take a lease. */
  private isPlenty = false;

  constructor(private readonly options: PostgresRateBudgetOptions) {
    this.db = new ShortTenantDb(options.ds);
    this.size = budgetSizeFromHint(options.hint);
    this.rules = paceRulesFor(this.size);
    this.leaseCalls = Math.min(MAX_LEASE_CALLS, Math.floor(this.size.refillPerMs * LEASE_BURST_MS), Math.floor(this.size.capacity / 2));
  }

  async acquire(n: number, priority: RatePriority): Promise<void> {
    if (!(n >= 1) || n > this.size.capacity) throw new RangeError(`Cannot take ${n} tokens from a budget of ${this.size.capacity}`);
    if (this.spendLeased(n, priority)) return;
    const params = this.takeParams(n, priority);
    for (;;) {
      const waitMs = await this.db.write(this.options.tenantId, (m) => this.tryTake(m, n, priority, params));
      if (waitMs === 0) return;
      await this.options.clock.sleep(Math.min(MAX_WAIT_MS, waitMs));
    }
  }

  /**
   * A round trip per call costs as much as a fast vendor call, so while the hint allows plenty
   * (e-conomic's unpaced burst of 10 000) a take grabs a lease of a few calls for this process.
   * Never while paced, and dropped on a 429 here; another process's 429 reaches it by the TTL.
   */
  private spendLeased(n: number, priority: RatePriority): boolean {
    const lease = this.lease;
    if (lease === null || lease.priority !== priority || lease.calls < n || this.options.clock.now().getTime() >= lease.untilMs) return false;
    lease.calls -= n;
    return true;
  }

  async onThrottled(retryAfterMs: number): Promise<void> {
    this.lease = null;
    this.isPlenty = false;
    if (!(retryAfterMs > 0)) return;
    const { tenantId, connectionId } = this.options;
    await this.db.write(tenantId, async (m) => {
      const rows: ThrottleRow[] = await m.query(THROTTLE_READ_SQL, [connectionId]);
      const row = rows[0];
      // a brand-new row has no clock of its own yet: ask the database for its now
      const now = row?.now ?? ((await m.query('SELECT clock_timestamp() AS now')) as { now: Date }[])[0]!.now;
      const learned: LearnedPace | null = row?.pace_per_ms != null && row.paced_at != null ? { basePerMs: row.pace_per_ms, sinceMs: row.paced_at.getTime() } : null;
      const next = paceAfterThrottle(this.rules, learned, { nowMs: now.getTime(), blockedUntilMs: row?.blocked_until?.getTime() ?? null, retryAfterMs });
      await m.query(THROTTLE_SQL, [
        tenantId, connectionId, this.size.capacity, this.size.refillPerMs, now.toISOString(), retryAfterMs,
        next?.basePerMs ?? null, next === null ? null : new Date(next.sinceMs).toISOString(),
      ]);
    });
  }

  private takeParams(n: number, priority: RatePriority): unknown[] {
    const { tenantId, connectionId } = this.options;
    return [tenantId, connectionId, this.size.capacity, this.size.refillPerMs, n, priority === 'BACKGROUND', this.rules.rampPerMs2, this.rules.burstMs];
  }

  /** 0 when taken; otherwise how long until it could be. */
  private async tryTake(m: EntityManager, n: number, priority: RatePriority, params: unknown[]): Promise<number> {
    let batch = this.isPlenty && this.leaseCalls > n ? this.leaseCalls : n;
    let taken: { plenty: boolean }[] = await m.query(TAKE_SQL, batch === n ? params : this.takeParams(batch, priority));
    if (taken.length === 0 && batch > n) {
      batch = n;
      taken = await m.query(TAKE_SQL, params);
    }
    if (taken.length > 0) {
      this.isPlenty = taken[0]!.plenty;
      this.lease = batch > n ? { priority, calls: batch - n, untilMs: this.options.clock.now().getTime() + LEASE_TTL_MS } : null;
      return 0;
    }
    this.isPlenty = false;
    const rows: { available: number; pace_per_ms: number; blocked_ms: number }[] = await m.query(STATE_SQL, params);
    const state = rows[0];
    if (!state) return 1;
    if (state.blocked_ms > 0) return Math.ceil(state.blocked_ms);
    return Math.max(1, Math.ceil((n - state.available) / state.pace_per_ms));
  }
}
