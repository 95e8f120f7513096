import type { CanonicalRecords, Connector } from '@ledgerbridge/connectors';
import { transferRulesSchema } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { AttachmentEntity, InvoiceAttachmentEntity } from '../attachment/attachment.entity.js';
import type { ConnectionEntity } from '../connection/connection.entity.js';
import type { PreflightFinding } from './preflight.js';

/**
 * "Send invoice attachments" (SE-FX-46, X-25) said out loud where it cannot work: an ERP whose API
 * has no way to attach a file to a sales invoice (e-conomic, ADR 0031) gets a warning instead of
 * the setting being ignored in silence, and Fortnox, which connects only PDFs to invoices, is
 * warned about the other files waiting to be sent.
 */
export async function invoiceAttachmentPreflight(args: { tenantId: string; connection: ConnectionEntity; connector: Connector<CanonicalRecords>; db: TenantDb }): Promise<PreflightFinding[]> {
  const rules = transferRulesSchema.parse(args.connection.rules ?? {});
  if (!rules.transferInvoiceAttachments) return [];
  if (!args.connector.attachInvoiceFile) {
    return [{ code: 'INVOICE_ATTACHMENTS', severity: 'WARNING', message: `${args.connection.connectorId} cannot take invoice attachments: files attached to invoices stay here and are not sent (SE-FX-46)`, examples: [] }];
  }
  if (args.connection.connectorId !== 'fortnox') return [];
  const { tenantId } = args;
  const notPdf = await args.db.read(tenantId, (m) => m.createQueryBuilder(AttachmentEntity, 'a')
    .innerJoin(InvoiceAttachmentEntity, 'l', 'l.attachment_id = a.id AND l.tenant_id = a.tenant_id')
    .where('a.tenant_id = :tenantId AND a.kind = :kind AND a.content_type <> :pdf', { tenantId, kind: 'INVOICE_FILE', pdf: 'application/pdf' })
    .select(['a.fileName']).orderBy('a.created_at').limit(5).getMany());
  return notPdf.length === 0 ? [] : [{
    code: 'INVOICE_ATTACHMENTS', severity: 'WARNING',
    message: 'Fortnox connects only PDF files to invoices: the JPEG/PNG files attached to invoices will fail when sent (SE-FX-46)',
    examples: notPdf.map((a) => a.fileName),
  }];
}
