import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Project costs carry a VAT rate: their product's, or the company default when the product has
 * none (SE-FX-49, SE-EE-50, X-24). Null on costs recorded before, and where neither is known.
 */
export class ProjectCostVat1796600000000 implements MigrationInterface {
  name = 'ProjectCostVat1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE project_cost ADD COLUMN vat_rate numeric(5,2)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE project_cost DROP COLUMN IF EXISTS vat_rate');
  }
}
