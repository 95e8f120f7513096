import { budgetSizeFromHint, reserveFor, type BudgetSize, type Clock, type RateBudget, type RateLimitHint, type RatePriority } from '@ledgerbridge/connectors';
import type { DataSource, EntityManager } from 'typeorm';
import { ShortTenantDb } from '../../db/tenant-db.js';

/** Longest single wait before looking at the row again (a 429's block may be lifted by a reset). */
const MAX_WAIT_MS = 2_000;

export interface PostgresRateBudgetOptions {
  readonly ds: DataSource;
  readonly tenantId: string;
  readonly connectionId: string;
  /** The connector manifest's hint, sized exactly as the in-process bucket would be. */
  readonly hint: RateLimitHint;
  /** Sleeps between attempts; the budget's own time is the database's, shared by all processes. */
  readonly clock: Clock;
}

// Tokens as they would be after refilling until the database's now: nothing accrues before a
// 429's block ends, and never beyond the capacity. `b` is the stored row, `$cap`/`$rate` the hint.
const refilled = (now: string, cap: string, rate: string) =>
  `least(${cap}, b.tokens + greatest(0, extract(epoch FROM ${now} - greatest(b.updated_at, coalesce(b.blocked_until, b.updated_at)))::float8 * 1000) * ${rate})`;

// One statement takes the tokens or takes nothing: Postgres locks the row for the UPDATE, so two
// processes can never both spend the same token. The INSERT arm creates the row, full, on first use.
const TAKE_SQL = `
  WITH c AS (SELECT clock_timestamp() AS now)
  INSERT INTO rate_budget AS b (connection_id, tenant_id, tokens, capacity, refill_per_ms, updated_at, blocked_until)
  SELECT $2, $1, $3::float8 - $5::float8, $3, $4, c.now, NULL FROM c
  ON CONFLICT (connection_id) DO UPDATE SET
    tokens = ${refilled('EXCLUDED.updated_at', 'EXCLUDED.capacity', 'EXCLUDED.refill_per_ms')} - $5::float8,
    capacity = EXCLUDED.capacity, refill_per_ms = EXCLUDED.refill_per_ms, updated_at = EXCLUDED.updated_at
  WHERE (b.blocked_until IS NULL OR b.blocked_until <= EXCLUDED.updated_at)
    AND ${refilled('EXCLUDED.updated_at', 'EXCLUDED.capacity', 'EXCLUDED.refill_per_ms')} - $5::float8 >= $6::float8
  RETURNING b.tokens`;

const STATE_SQL = `
  SELECT ${refilled('clock_timestamp()', 'b.capacity', 'b.refill_per_ms')} AS available,
         greatest(0, extract(epoch FROM coalesce(b.blocked_until, clock_timestamp()) - clock_timestamp())::float8 * 1000) AS blocked_ms
  FROM rate_budget b WHERE b.connection_id = $1`;

const THROTTLE_SQL = `
  INSERT INTO rate_budget AS b (connection_id, tenant_id, tokens, capacity, refill_per_ms, updated_at, blocked_until)
  VALUES ($2, $1, 0, $3, $4, clock_timestamp(), clock_timestamp() + $5::float8 * interval '1 millisecond')
  ON CONFLICT (connection_id) DO UPDATE SET
    tokens = 0, updated_at = EXCLUDED.updated_at,
    blocked_until = greatest(coalesce(b.blocked_until, EXCLUDED.blocked_until), EXCLUDED.blocked_until)`;

/**
 * A connection's request budget kept in its `rate_budget` row, so every process that calls the
 * vendor for the connection (API requests, any number of workers) draws from one bucket. The
 * row is read and written as the tenant (RLS applies), each take in its own short transaction
 * so no caller holds the row lock while it waits. `BACKGROUND` takes leave the reserve; a
 * `USER` take may use it (ADR 0010).
 */
export class PostgresRateBudget implements RateBudget {
  private readonly db: ShortTenantDb;
  private readonly size: BudgetSize;

  constructor(private readonly options: PostgresRateBudgetOptions) {
    this.db = new ShortTenantDb(options.ds);
    this.size = budgetSizeFromHint(options.hint);
  }

  async acquire(n: number, priority: RatePriority): Promise<void> {
    if (!(n >= 1) || n > this.size.capacity) throw new RangeError(`Cannot take ${n} tokens from a budget of ${this.size.capacity}`);
    const keep = reserveFor(this.size, n, priority);
    for (;;) {
      const waitMs = await this.db.write(this.options.tenantId, (m) => this.tryTake(m, n, keep));
      if (waitMs === 0) return;
      await this.options.clock.sleep(Math.min(MAX_WAIT_MS, waitMs));
    }
  }

  async onThrottled(retryAfterMs: number): Promise<void> {
    if (!(retryAfterMs > 0)) return;
    const { tenantId, connectionId } = this.options;
    await this.db.write(tenantId, (m) => m.query(THROTTLE_SQL, [tenantId, connectionId, this.size.capacity, this.size.refillPerMs, retryAfterMs]));
  }

  /** 0 when taken; otherwise how long until it could be. */
  private async tryTake(m: EntityManager, n: number, keep: number): Promise<number> {
    const { tenantId, connectionId } = this.options;
    const taken: unknown[] = await m.query(TAKE_SQL, [tenantId, connectionId, this.size.capacity, this.size.refillPerMs, n, keep]);
    if (taken.length > 0) return 0;
    const rows: { available: number; blocked_ms: number }[] = await m.query(STATE_SQL, [connectionId]);
    const state = rows[0];
    if (!state) return 1;
    if (state.blocked_ms > 0) return Math.ceil(state.blocked_ms);
    return Math.max(1, Math.ceil((n + keep - state.available) / this.size.refillPerMs));
  }
}
