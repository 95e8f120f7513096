import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['supplier_invoice', 'supplier_invoice_line'] as const;

/** Supplier invoices in our graph, booked as vouchers in an ERP journal by the creditor integration (RB-07..RB-11). */
export class SupplierInvoices1795900000000 implements MigrationInterface {
  name = 'SupplierInvoices1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supplier_invoice (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        supplier_id uuid NOT NULL, invoice_number text NOT NULL, currency char(3) NOT NULL,
        issue_date date NOT NULL, due_date date,
        net_amount numeric(17,2) NOT NULL, vat_amount numeric(17,2) NOT NULL, gross_amount numeric(17,2) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), version integer NOT NULL DEFAULT 1,
        UNIQUE (tenant_id, id),
        -- the same supplier invoice entered twice would be booked twice
        UNIQUE (tenant_id, supplier_id, invoice_number),
        FOREIGN KEY (tenant_id, supplier_id) REFERENCES supplier(tenant_id, id));
      CREATE INDEX supplier_invoice_issue_idx ON supplier_invoice (tenant_id, issue_date, id);

      CREATE TABLE supplier_invoice_line (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        supplier_invoice_id uuid NOT NULL, position integer NOT NULL, product_id uuid, product_group text NOT NULL,
        description text NOT NULL, quantity numeric(19,4) NOT NULL, unit_price numeric(19,4) NOT NULL, vat_rate numeric(5,2) NOT NULL,
        net_amount numeric(17,2) NOT NULL, vat_amount numeric(17,2) NOT NULL,
        FOREIGN KEY (tenant_id, supplier_invoice_id) REFERENCES supplier_invoice(tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, product_id) REFERENCES product(tenant_id, id));
      CREATE INDEX supplier_invoice_line_invoice_idx ON supplier_invoice_line (tenant_id, supplier_invoice_id, position);
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
