import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Project costs carry a VAT rate: their product's, or the company default when the product has
 * none (SE-FX-49, SE-EE-50, X-24); null on costs recorded before, and where neither is known.
 *
 * Supplier-invoice files kept with the costs they produced (X-25, SE-FX-51, SE-VN-57; ADR 0014):
 * one `attachment` row per ERP file and connection (the unique key is what stops a second
 * download), its bytes in the row, and a link per project cost, so a file on an invoice whose
 * lines went to several projects is stored once and reaches every one of them.
 */
export class ProjectCostVatAttachments1796600000000 implements MigrationInterface {
  name = 'ProjectCostVatAttachments1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE project_cost ADD COLUMN vat_rate numeric(5,2);
      -- links name the tenant with each id, so a link can never join two tenants' rows
      ALTER TABLE project_cost ADD CONSTRAINT project_cost_tenant_id_id_key UNIQUE (tenant_id, id);
      CREATE TABLE attachment (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL REFERENCES connection(id) ON DELETE CASCADE,
        external_id text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL CHECK (size >= 0 AND size <= 10485760),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, id),
        UNIQUE (tenant_id, connection_id, external_id));
      ALTER TABLE attachment ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON attachment USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());
      CREATE TABLE project_cost_attachment (
        tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        project_cost_id uuid NOT NULL,
        attachment_id uuid NOT NULL,
        PRIMARY KEY (project_cost_id, attachment_id),
        FOREIGN KEY (tenant_id, project_cost_id) REFERENCES project_cost(tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, attachment_id) REFERENCES attachment(tenant_id, id) ON DELETE CASCADE);
      CREATE INDEX project_cost_attachment_by_attachment ON project_cost_attachment (tenant_id, attachment_id);
      ALTER TABLE project_cost_attachment ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON project_cost_attachment USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS project_cost_attachment');
    await q.query('DROP TABLE IF EXISTS attachment');
    await q.query('ALTER TABLE project_cost DROP CONSTRAINT IF EXISTS project_cost_tenant_id_id_key, DROP COLUMN IF EXISTS vat_rate');
  }
}
