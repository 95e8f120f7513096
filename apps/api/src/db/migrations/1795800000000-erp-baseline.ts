import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ERP records that existed when a connection went live, per register: those are not imported
 * (SE-FX-22), everything created in the ERP later is (SE-FX-23, SE-FX-42, X-06). See ADR 0006.
 */
export class ErpBaseline1795800000000 implements MigrationInterface {
  name = 'ErpBaseline1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE erp_baseline (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL, record_type text NOT NULL,
        -- the ERP's ids of the records that were there at go-live and not linked to ours
        external_ids text[] NOT NULL, taken_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, connection_id) REFERENCES connection(tenant_id, id) ON DELETE CASCADE,
        UNIQUE (connection_id, record_type));
      ALTER TABLE erp_baseline ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON erp_baseline USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS erp_baseline');
  }
}
