import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every save of a tenant's invoice-status pipeline keeps a version (issue #6, ADR 0018): who saved
 * it, when, and the whole pipeline as JSON, so the admin can see who changed what. Existing
 * pipelines get their current state as the version with their revision number.
 */
export class InvoiceStatusPipelineVersions1796800000000 implements MigrationInterface {
  name = 'InvoiceStatusPipelineVersions1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invoice_status_pipeline_version (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        saved_by text,
        saved_at timestamptz NOT NULL DEFAULT now(),
        statuses jsonb NOT NULL,
        transitions jsonb NOT NULL,
        UNIQUE (tenant_id, number));
      ALTER TABLE invoice_status_pipeline_version ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON invoice_status_pipeline_version USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant());
      INSERT INTO invoice_status_pipeline_version (id, tenant_id, number, saved_by, saved_at, statuses, transitions)
        SELECT gen_random_uuid(), p.tenant_id, p.revision, p.updated_by, p.updated_at,
          COALESCE((SELECT jsonb_agg(jsonb_build_object('key', s.key, 'name', s.name, 'position', s.position, 'flags', jsonb_build_object(
              'isDefault', s.is_default, 'isEditable', s.is_editable, 'requiresInvoiceNumber', s.requires_invoice_number,
              'isSent', s.is_sent, 'isPartiallyPaid', s.is_partially_paid, 'isPaid', s.is_paid, 'isFailed', s.is_failed,
              'isCreditNoteDefault', s.is_credit_note_default, 'isTransferTrigger', s.is_transfer_trigger,
              'isAfterTransfer', s.is_after_transfer)) ORDER BY s.position)
            FROM invoice_status s WHERE s.tenant_id = p.tenant_id), '[]'::jsonb),
          p.transitions
        FROM invoice_status_pipeline p;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS invoice_status_pipeline_version');
  }
}
