import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sales-invoice header rows the ERPs take beside the core ones (SE-FX-56 rows 5-7, 12-15)
 * and the project description sent as the ERP project's comments (SE-FX-55 row 5); ADR 0030.
 * All optional, on tables that already carry tenant_id and their RLS policy.
 */
export class InvoiceHeaderFields1797800000000 implements MigrationInterface {
  name = 'InvoiceHeaderFields1797800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE invoice
        ADD COLUMN payment_terms text,
        ADD COLUMN our_reference text,
        ADD COLUMN free_text_above text,
        ADD COLUMN free_text_below text,
        ADD COLUMN language text,
        ADD COLUMN receiver_address text,
        ADD COLUMN receiver_postal_code text,
        ADD COLUMN receiver_city text,
        ADD COLUMN receiver_country text;
      ALTER TABLE project ADD COLUMN description text;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE project DROP COLUMN IF EXISTS description');
    await q.query(`ALTER TABLE invoice
      DROP COLUMN IF EXISTS receiver_country, DROP COLUMN IF EXISTS receiver_city, DROP COLUMN IF EXISTS receiver_postal_code,
      DROP COLUMN IF EXISTS receiver_address, DROP COLUMN IF EXISTS language, DROP COLUMN IF EXISTS free_text_below,
      DROP COLUMN IF EXISTS free_text_above, DROP COLUMN IF EXISTS our_reference, DROP COLUMN IF EXISTS payment_terms`);
  }
}
