import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-connection transfer schedules, and the claim that hands each due one to exactly one worker. */
export class TransferSchedules1795600000000 implements MigrationInterface {
  name = 'TransferSchedules1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- off until the admin turns it on: a new connection must not send invoices before its settings are checked
      ALTER TABLE connection ADD COLUMN auto_transfer_invoices boolean NOT NULL DEFAULT false;
      CREATE TABLE transfer_schedule (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL, name text NOT NULL, registers text[] NOT NULL,
        every_minutes integer NOT NULL CHECK (every_minutes BETWEEN 1 AND 44640), is_enabled boolean NOT NULL,
        next_run_at timestamptz NOT NULL, last_run_id uuid, last_skipped_reason text,
        created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, connection_id) REFERENCES connection(tenant_id, id) ON DELETE CASCADE,
        UNIQUE (connection_id, name));
      CREATE INDEX transfer_schedule_due_idx ON transfer_schedule (next_run_at) WHERE is_enabled;
      ALTER TABLE transfer_schedule ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON transfer_schedule USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());

      -- the scheduler works across tenants: claim due schedules (each by one worker only, SKIP
      -- LOCKED) and move them on; the worker then acts per tenant under RLS
      CREATE FUNCTION lb_claim_due_schedules(p_limit integer) RETURNS TABLE (tenant_id uuid, schedule_id uuid)
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
        WITH due AS (
          SELECT s.id FROM transfer_schedule s
          WHERE s.is_enabled AND s.next_run_at <= now()
          ORDER BY s.next_run_at LIMIT p_limit FOR UPDATE SKIP LOCKED)
        UPDATE transfer_schedule s SET next_run_at = now() + make_interval(mins => s.every_minutes)
        FROM due WHERE s.id = due.id
        RETURNING s.tenant_id, s.id $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS lb_claim_due_schedules');
    await q.query('DROP TABLE IF EXISTS transfer_schedule CASCADE');
    await q.query('ALTER TABLE connection DROP COLUMN IF EXISTS auto_transfer_invoices');
  }
}
