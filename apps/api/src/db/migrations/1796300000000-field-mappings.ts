import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-connection field-mapping overrides: rows by register, each replacing the default
 * row of its target. On the connection row, so the existing RLS policy and grants cover it.
 */
export class FieldMappings1796300000000 implements MigrationInterface {
  name = 'FieldMappings1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE connection ADD COLUMN field_mappings jsonb NOT NULL DEFAULT '{}'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE connection DROP COLUMN IF EXISTS field_mappings');
  }
}
