import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The invoice's own number as the source (the partner app) gave it, sent to the ERP when the
 * source numbers invoices (SE-FX-32). Kept apart from `number`, which is the ERP's number written
 * back, so the two can be compared. Unique per tenant and kind: one number, one document.
 */
export class InvoiceSourceNumber1796700000000 implements MigrationInterface {
  name = 'InvoiceSourceNumber1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE invoice ADD COLUMN source_number text;
      CREATE UNIQUE INDEX invoice_source_number_unique ON invoice (tenant_id, kind, source_number) WHERE source_number IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX invoice_source_number_unique; ALTER TABLE invoice DROP COLUMN source_number;`);
  }
}
