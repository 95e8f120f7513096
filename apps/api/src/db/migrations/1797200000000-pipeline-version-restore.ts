import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pipeline version can be a restore of an older one (issue #6, ADR 0022): the new version keeps
 * the number it was restored from, so the history can say so. Nullable because every version
 * saved so far was an edit.
 */
export class PipelineVersionRestore1797200000000 implements MigrationInterface {
  name = 'PipelineVersionRestore1797200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE invoice_status_pipeline_version ADD COLUMN restored_from integer CHECK (restored_from > 0)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE invoice_status_pipeline_version DROP COLUMN IF EXISTS restored_from');
  }
}
