import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pace a connection's budget learned from the vendor's 429s (ADR 0027), kept in the row so
 * every process paces the same. Null until the first 429; the ramp toward the hint's refill is
 * computed from `paced_at`, so nothing has to run to let the pace recover.
 */
export class RateBudgetPace1797500000000 implements MigrationInterface {
  name = 'RateBudgetPace1797500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE rate_budget
        -- the refill set by the last 429's decrease; a rate of vendor calls, not money or a quantity
        ADD COLUMN pace_per_ms double precision CHECK (pace_per_ms > 0),
        -- when the ramp from pace_per_ms started: the end of that 429's block
        ADD COLUMN paced_at timestamptz,
        ADD CONSTRAINT rate_budget_pace_complete CHECK ((pace_per_ms IS NULL) = (paced_at IS NULL));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_budget DROP CONSTRAINT rate_budget_pace_complete, DROP COLUMN paced_at, DROP COLUMN pace_per_ms;`);
  }
}
