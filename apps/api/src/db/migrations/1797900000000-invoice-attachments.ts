import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files partners attach to our sales invoices, sent with the invoice to the ERP when the
 * connection's rules say so (SE-FX-46, X-25; ADR 0031). They are `attachment` rows like the ERP's
 * supplier-invoice files (same tenant scope, size check, download route) of kind INVOICE_FILE; such
 * a file came from no connection, so `connection_id` may now be empty. `invoice_attachment` links
 * a file to its invoice.
 */
export class InvoiceAttachments1797900000000 implements MigrationInterface {
  name = 'InvoiceAttachments1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE attachment ALTER COLUMN connection_id DROP NOT NULL;
      ALTER TABLE attachment DROP CONSTRAINT attachment_kind_check;
      ALTER TABLE attachment ADD CONSTRAINT attachment_kind_check CHECK (kind IN ('ERP_FILE', 'MERGED_PDF', 'INVOICE_FILE'));
      ALTER TABLE attachment ADD CONSTRAINT attachment_connection_unless_invoice_file CHECK (kind = 'INVOICE_FILE' OR connection_id IS NOT NULL);
      CREATE TABLE invoice_attachment (
        tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        invoice_id uuid NOT NULL,
        attachment_id uuid NOT NULL,
        PRIMARY KEY (invoice_id, attachment_id),
        FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice(tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, attachment_id) REFERENCES attachment(tenant_id, id) ON DELETE CASCADE);
      CREATE INDEX invoice_attachment_by_attachment ON invoice_attachment (tenant_id, attachment_id);
      ALTER TABLE invoice_attachment ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON invoice_attachment USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS invoice_attachment');
    await q.query(`DELETE FROM attachment WHERE kind = 'INVOICE_FILE'`);
    await q.query('ALTER TABLE attachment DROP CONSTRAINT IF EXISTS attachment_connection_unless_invoice_file, DROP CONSTRAINT attachment_kind_check');
    await q.query(`ALTER TABLE attachment ADD CONSTRAINT attachment_kind_check CHECK (kind IN ('ERP_FILE', 'MERGED_PDF'))`);
    await q.query('ALTER TABLE attachment ALTER COLUMN connection_id SET NOT NULL');
  }
}
