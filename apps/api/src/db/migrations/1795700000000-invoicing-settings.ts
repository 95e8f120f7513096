import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Company-level invoicing settings (PV-06) and each customer's own values (PV-07). */
export class InvoicingSettings1795700000000 implements MigrationInterface {
  name = 'InvoicingSettings1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invoicing_settings (
        tenant_id uuid PRIMARY KEY REFERENCES tenant(id) ON DELETE CASCADE,
        creation_mode text NOT NULL CHECK (creation_mode IN ('NONE','DRAFT','BOOKED')),
        invoicing_time text NOT NULL CHECK (invoicing_time IN ('ON_COMPLETION','BEFORE_WORKDAY')),
        delivery text NOT NULL CHECK (delivery IN ('EMAIL','NONE')),
        updated_at timestamptz NOT NULL DEFAULT now(), updated_by text);
      ALTER TABLE invoicing_settings ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON invoicing_settings USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());
      -- the engine's rules per connection (transferRulesSchema in the domain), beside the connector's settings
      ALTER TABLE connection ADD COLUMN rules jsonb NOT NULL DEFAULT '{}'::jsonb;
      ALTER TABLE customer
        ADD COLUMN invoice_creation_mode text CHECK (invoice_creation_mode IN ('NONE','DRAFT','BOOKED')),
        ADD COLUMN invoicing_time text CHECK (invoicing_time IN ('ON_COMPLETION','BEFORE_WORKDAY')),
        ADD COLUMN invoice_delivery text CHECK (invoice_delivery IN ('EMAIL','NONE'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE customer DROP COLUMN invoice_creation_mode, DROP COLUMN invoicing_time, DROP COLUMN invoice_delivery');
    await q.query('DROP TABLE IF EXISTS invoicing_settings');
    await q.query('ALTER TABLE connection DROP COLUMN IF EXISTS rules');
  }
}
