import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['register_decision', 'initial_sync'] as const;

/** Decisions taken on the register comparison report and the one-off initial sync per connection (X-11, RB-06). */
export class Reconciliation1796000000000 implements MigrationInterface {
  name = 'Reconciliation1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE register_decision (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL, register text NOT NULL CHECK (register IN ('customers','products','projects')),
        -- OURS: about our record (record_id); THEIRS: about the ERP's (external_id); a LINK carries both
        side text NOT NULL CHECK (side IN ('OURS','THEIRS')),
        action text NOT NULL CHECK (action IN ('LINK','CREATE','IGNORE')),
        record_id uuid, external_id text,
        decided_by text, decided_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((side = 'OURS' AND record_id IS NOT NULL) OR (side = 'THEIRS' AND external_id IS NOT NULL AND record_id IS NULL)),
        CHECK (action <> 'LINK' OR (record_id IS NOT NULL AND external_id IS NOT NULL)),
        FOREIGN KEY (tenant_id, connection_id) REFERENCES connection(tenant_id, id) ON DELETE CASCADE);
      CREATE UNIQUE INDEX register_decision_ours_uq ON register_decision (tenant_id, connection_id, register, record_id) WHERE side = 'OURS';
      CREATE UNIQUE INDEX register_decision_theirs_uq ON register_decision (tenant_id, connection_id, register, external_id) WHERE side = 'THEIRS';

      CREATE TABLE initial_sync (
        tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL, run_id uuid NOT NULL, startup_import boolean NOT NULL,
        started_by text, started_at timestamptz NOT NULL DEFAULT now(),
        errors_acknowledged_at timestamptz, errors_acknowledged_by text,
        -- one per connection (RB-06): the primary key is what makes a second start impossible
        PRIMARY KEY (tenant_id, connection_id),
        FOREIGN KEY (tenant_id, connection_id) REFERENCES connection(tenant_id, id) ON DELETE CASCADE);
    `);
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
  }
}
