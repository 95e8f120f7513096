import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail (issue #5): failure-notification settings per connection (SE-FX-52), one record per
 * notification and per invoice delivery whatever happened to it (X-29, PV-13), and the nightly
 * invoicing schedule per tenant (PV-12).
 */
export class Notifications1796200000000 implements MigrationInterface {
  name = 'Notifications1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE failure_notification_settings (
        connection_id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        is_enabled boolean NOT NULL, include_admins boolean NOT NULL, extra_recipients text[] NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(), updated_by text,
        FOREIGN KEY (tenant_id, connection_id) REFERENCES connection(tenant_id, id) ON DELETE CASCADE);
      ALTER TABLE failure_notification_settings ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON failure_notification_settings USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());

      CREATE TABLE notification (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('TRANSFER_FAILURES','INVOICE')),
        connection_id uuid, run_id uuid, invoice_id uuid,
        recipients text[] NOT NULL, subject text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING','SENT','NOT_CONFIGURED','FAILED','SKIPPED')),
        reason text, message_id text NOT NULL, attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), sent_at timestamptz,
        -- no key to connection: the record of what was sent outlives a removed connection, so
        -- connecting again never e-mails an invoice a second time
        FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice(tenant_id, id) ON DELETE CASCADE);
      -- one e-mail per run and one delivery per invoice, however often a run is resumed or retried
      CREATE UNIQUE INDEX notification_run_once ON notification (tenant_id, run_id) WHERE kind = 'TRANSFER_FAILURES';
      CREATE UNIQUE INDEX notification_invoice_once ON notification (tenant_id, invoice_id) WHERE kind = 'INVOICE';
      CREATE INDEX notification_recent_idx ON notification (tenant_id, created_at DESC, id DESC);
      ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON notification USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());

      CREATE TABLE nightly_invoicing (
        tenant_id uuid PRIMARY KEY REFERENCES tenant(id) ON DELETE CASCADE,
        hour integer NOT NULL CHECK (hour BETWEEN 0 AND 23), time_zone text NOT NULL,
        -- the last local day a nightly run happened, and the last job day it opened
        last_run_day date, opened_through date,
        updated_at timestamptz NOT NULL DEFAULT now(), updated_by text);
      ALTER TABLE nightly_invoicing ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON nightly_invoicing USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());

      -- unscoped: the nightly tick looks across tenants for the ones that invoice before the job
      -- (company setting or any customer's own), then works per tenant under RLS
      CREATE FUNCTION lb_nightly_invoicing_tenants() RETURNS TABLE (tenant_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT s.tenant_id FROM invoicing_settings s WHERE s.invoicing_time = 'BEFORE_WORKDAY'
        UNION
        SELECT DISTINCT c.tenant_id FROM customer c WHERE c.invoicing_time = 'BEFORE_WORKDAY' $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS lb_nightly_invoicing_tenants');
    await q.query('DROP TABLE IF EXISTS nightly_invoicing');
    await q.query('DROP TABLE IF EXISTS notification');
    await q.query('DROP TABLE IF EXISTS failure_notification_settings');
  }
}
