import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The payment reference (OCR/KID) the ERP assigns when it books the invoice, written back next to
 * the ERP's number so the source can print it for the customer (SE-EE-26, SE-VN-34, X-21).
 * Null while the ERP has assigned none, and for ERPs that expose none.
 */
export class InvoicePaymentReference1797000000000 implements MigrationInterface {
  name = 'InvoicePaymentReference1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invoice ADD COLUMN payment_reference text;`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invoice DROP COLUMN payment_reference;`);
  }
}
