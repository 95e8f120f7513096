import { createHash, randomUUID } from 'node:crypto';
import { checkInvoiceAttachment, err, type FieldError, fieldError, ok, type InvoiceAttachmentInput, type Result } from '@ledgerbridge/domain';
import { type EntityManager, In } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import { ExternalRefEntity } from '../transfer/external-ref.entity.js';
import { AttachmentEntity, InvoiceAttachmentEntity } from './attachment.entity.js';

/** A stored invoice file with its bytes, in the order it was attached. */
export interface InvoiceFile {
  id: string;
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * Files partners attach to our sales invoices (SE-FX-46, X-25; ADR 0031). Only while the invoice is
 * not in an ERP yet: the transfer sends the files right after the invoice, and an ERP copy made
 * earlier would never get a file added later, nor lose one removed later.
 */
export class InvoiceAttachmentService {
  constructor(private readonly db: TenantDb) {}

  async add(tenantId: string, invoiceId: string, input: InvoiceAttachmentInput): Promise<Result<AttachmentEntity, FieldError[]>> {
    const checked = checkInvoiceAttachment(input);
    if (!checked.ok) return checked;
    const { fileName, contentType, bytes } = checked.value;
    const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return this.db.write(tenantId, async (m) => {
      const refused = await this.editable(m, tenantId, invoiceId);
      if (refused) return err([refused]);
      const id = randomUUID();
      await m.insert(AttachmentEntity, {
        id, tenantId, externalId: id, fileName, contentType, size: content.byteLength,
        sha256: createHash('sha256').update(content).digest('hex'), content, kind: 'INVOICE_FILE',
      });
      await m.insert(InvoiceAttachmentEntity, { tenantId, invoiceId, attachmentId: id });
      return ok(await m.findOneOrFail(AttachmentEntity, { where: { tenantId, id } }));
    });
  }

  /** Removes the file from the invoice and deletes it: an invoice file belongs to one invoice only. */
  async remove(tenantId: string, attachmentId: string): Promise<Result<string, FieldError[]>> {
    return this.db.write(tenantId, async (m) => {
      const link = await m.findOneBy(InvoiceAttachmentEntity, { tenantId, attachmentId });
      if (!link) return err([fieldError('NOT_FOUND', 'No such invoice attachment', ['attachmentId'])]);
      const refused = await this.editable(m, tenantId, link.invoiceId);
      if (refused) return err([{ ...refused, field: ['attachmentId'] }]);
      await m.delete(AttachmentEntity, { tenantId, id: attachmentId, kind: 'INVOICE_FILE' });
      return ok(link.invoiceId);
    });
  }

  /** Each invoice's files, oldest first, without their bytes. */
  async forInvoices(tenantId: string, invoiceIds: readonly string[]): Promise<Map<string, AttachmentEntity[]>> {
    const byInvoice = new Map<string, AttachmentEntity[]>(invoiceIds.map((id) => [id, []]));
    if (invoiceIds.length === 0) return byInvoice;
    await this.db.read(tenantId, async (m) => {
      const links = await m.findBy(InvoiceAttachmentEntity, { tenantId, invoiceId: In([...invoiceIds]) });
      if (links.length === 0) return;
      const invoiceOf = new Map(links.map((l) => [l.attachmentId, l.invoiceId]));
      const files = await m.find(AttachmentEntity, { where: { tenantId, id: In([...invoiceOf.keys()]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      for (const file of files) byInvoice.get(invoiceOf.get(file.id)!)?.push(file);
    });
    return byInvoice;
  }

  /** One invoice's files with their bytes, for the transfer. */
  async contents(tenantId: string, invoiceId: string): Promise<InvoiceFile[]> {
    return this.db.read(tenantId, async (m) => {
      const links = await m.findBy(InvoiceAttachmentEntity, { tenantId, invoiceId });
      if (links.length === 0) return [];
      const rows = await m.find(AttachmentEntity, {
        where: { tenantId, id: In(links.map((l) => l.attachmentId)) }, order: { createdAt: 'ASC', id: 'ASC' },
        select: { id: true, fileName: true, contentType: true, content: true, createdAt: true },
      });
      return rows.map((r) => ({ id: r.id, fileName: r.fileName, contentType: r.contentType, content: r.content }));
    });
  }

  private async editable(m: EntityManager, tenantId: string, invoiceId: string): Promise<FieldError | null> {
    const invoice = await m.findOne(InvoiceEntity, { where: { tenantId, id: invoiceId }, select: { id: true } });
    if (!invoice) return fieldError('NOT_FOUND', 'No such invoice', ['invoiceId']);
    const sent = await m.exists(ExternalRefEntity, { where: { tenantId, recordType: 'invoice', recordId: invoiceId } });
    if (sent) return fieldError('NOT_EDITABLE', 'The invoice is already in the ERP; its copy there would not get this change', ['invoiceId']);
    return null;
  }
}
