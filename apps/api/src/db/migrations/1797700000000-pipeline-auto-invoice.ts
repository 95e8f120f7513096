import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AutoInvoice's status settings (SE-VN-53, ADR 0029) live with the pipeline they point into, and
 * each saved version keeps them, so a restore brings them back. Null: invoices are not sent
 * through AutoInvoice, as for every pipeline saved so far.
 */
export class PipelineAutoInvoice1797700000000 implements MigrationInterface {
  name = 'PipelineAutoInvoice1797700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE invoice_status_pipeline ADD COLUMN auto_invoice jsonb');
    await q.query('ALTER TABLE invoice_status_pipeline_version ADD COLUMN auto_invoice jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE invoice_status_pipeline_version DROP COLUMN IF EXISTS auto_invoice');
    await q.query('ALTER TABLE invoice_status_pipeline DROP COLUMN IF EXISTS auto_invoice');
  }
}
