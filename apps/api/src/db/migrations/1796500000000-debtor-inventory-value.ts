import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The debtor side of the Rackbeat ↔ e-conomic seed: stock on hand and the suggested purchase price
 * on products (RB-22, RB-25), a layout on customers (RB-24), and the inventory value ledger, one
 * row per connection and period, so no period is ever posted twice (RB-25..RB-29, ADR 0008).
 */
export class DebtorInventoryValue1796500000000 implements MigrationInterface {
  name = 'DebtorInventoryValue1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE product
        ADD COLUMN stock_on_hand numeric(19,4),
        ADD COLUMN suggested_purchase_price numeric(19,4);
      ALTER TABLE customer ADD COLUMN layout text;
      CREATE TABLE inventory_value_posting (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL REFERENCES connection(id) ON DELETE CASCADE,
        period_key text NOT NULL,
        frequency text NOT NULL CHECK (frequency IN ('DAILY','WEEKLY','MONTHLY')),
        inventory_value numeric(17,2) NOT NULL,
        amount numeric(17,2) NOT NULL,
        journal_number text NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN','DONE','FAILED')),
        reference text NOT NULL,
        external_id text,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, connection_id, period_key));
      CREATE INDEX inventory_value_posting_latest ON inventory_value_posting (tenant_id, connection_id, created_at DESC);
      ALTER TABLE inventory_value_posting ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON inventory_value_posting USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());
      -- unscoped: the worker's tick must find every tenant's connections with inventory value on;
      -- it returns ids only, and each posting then runs under its own tenant
      CREATE FUNCTION lb_inventory_value_connections() RETURNS TABLE (tenant_id uuid, connection_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT c.tenant_id, c.id FROM connection c
        WHERE c.status = 'ACTIVE' AND (c.rules -> 'inventoryValue' ->> 'isEnabled') = 'true' $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS lb_inventory_value_connections');
    await q.query('DROP TABLE IF EXISTS inventory_value_posting');
    await q.query('ALTER TABLE customer DROP COLUMN IF EXISTS layout');
    await q.query('ALTER TABLE product DROP COLUMN IF EXISTS stock_on_hand, DROP COLUMN IF EXISTS suggested_purchase_price');
  }
}
