import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One request budget per connection, shared by every API and worker process (ADR 0010). */
export class RateBudget1796100000000 implements MigrationInterface {
  name = 'RateBudget1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_budget (
        connection_id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        -- a count of vendor calls that refills continuously, so fractions are real; not money or a quantity
        tokens double precision NOT NULL,
        capacity double precision NOT NULL CHECK (capacity >= 1),
        refill_per_ms double precision NOT NULL CHECK (refill_per_ms > 0),
        updated_at timestamptz NOT NULL,
        -- after a 429 nobody calls the vendor before this, and nothing refills until then
        blocked_until timestamptz,
        FOREIGN KEY (tenant_id, connection_id) REFERENCES connection(tenant_id, id) ON DELETE CASCADE);
      ALTER TABLE rate_budget ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON rate_budget USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS rate_budget');
  }
}
