import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One PDF per supplier invoice, made of its image and attachments and stored with every project
 * the invoice's costs went to (SE-FX-51, SE-VN-57; ADR 0028). It is an `attachment` row like the
 * ERP's own files (same tenant scope, size cap, download route), told apart by `kind`; what it left
 * out is kept with it. `project_attachment` links it to projects.
 */
export class MergedSupplierInvoicePdf1797600000000 implements MigrationInterface {
  name = 'MergedSupplierInvoicePdf1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE attachment
        ADD COLUMN kind text NOT NULL DEFAULT 'ERP_FILE' CHECK (kind IN ('ERP_FILE', 'MERGED_PDF')),
        ADD COLUMN page_count integer CHECK (page_count IS NULL OR page_count > 0),
        ADD COLUMN skipped_files jsonb;
      CREATE TABLE project_attachment (
        tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        project_id uuid NOT NULL,
        attachment_id uuid NOT NULL,
        PRIMARY KEY (project_id, attachment_id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES project(tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, attachment_id) REFERENCES attachment(tenant_id, id) ON DELETE CASCADE);
      CREATE INDEX project_attachment_by_attachment ON project_attachment (tenant_id, attachment_id);
      ALTER TABLE project_attachment ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON project_attachment USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS project_attachment');
    await q.query('ALTER TABLE attachment DROP COLUMN IF EXISTS skipped_files, DROP COLUMN IF EXISTS page_count, DROP COLUMN IF EXISTS kind');
  }
}
