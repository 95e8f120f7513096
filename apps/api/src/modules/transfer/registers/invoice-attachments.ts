import { InvoiceAttachmentEntity } from '../../attachment/attachment.entity.js';
import { createThroughLedger } from '../create-once.js';
import type { RegisterContext } from '../register-context.js';

const REGISTER = 'invoiceAttachments';
const RECORD_TYPE = 'invoice_attachment';
const OPERATION = 'attach';

/**
 * Sends the files attached to our invoices with each invoice already in the ERP (SE-FX-46, X-25;
 * ADR 0031), when rules.transferInvoiceAttachments is on. Each file goes through the intent ledger
 * under its own key, and an open intent is settled by looking at the files the ERP invoice already
 * has, so neither a retry nor a crash mid-upload connects a file twice. A file that fails is its
 * own FAILED item: the invoice stays transferred, and the next run sends only what is missing.
 */
export async function pushInvoiceAttachments(ctx: RegisterContext): Promise<void> {
  const { tenantId, connector } = ctx;
  if (ctx.plan || !ctx.rules.transferInvoiceAttachments || !connector.attachInvoiceFile || !connector.listInvoiceAttachments) return;
  const links = await ctx.db.read(tenantId, (m) => m.find(InvoiceAttachmentEntity, { where: { tenantId } }));
  if (links.length === 0) return;
  const refs = await ctx.refs.all('invoice');
  const byInvoice = new Map<string, string[]>();
  for (const link of links) if (refs.has(link.invoiceId)) byInvoice.set(link.invoiceId, [...(byInvoice.get(link.invoiceId) ?? []), link.attachmentId]);

  for (const [invoiceId, attachmentIds] of byInvoice) {
    const documentId = refs.get(invoiceId)!.externalId;
    // the ERP files already claimed by this invoice's other sent files: a lookup must not match them again
    const claimed = new Set<string>();
    const pending: string[] = [];
    for (const id of attachmentIds) {
      const sent = await ctx.ledger.completed(RECORD_TYPE, id, OPERATION);
      if (sent) claimed.add(sent);
      else pending.push(id);
    }
    if (pending.length === 0) continue;
    const files = await ctx.services.invoiceAttachments.contents(tenantId, invoiceId);
    for (const file of files.filter((f) => pending.includes(f.id))) {
      const sent = await createThroughLedger(ctx.ledger, { recordType: RECORD_TYPE, recordId: file.id, operation: OPERATION }, {
        create: async () => {
          const attached = await connector.attachInvoiceFile!(documentId, { fileName: file.fileName, contentType: file.contentType, bytes: file.content });
          return attached.ok ? { ok: true, value: { ref: { externalId: attached.value.externalId }, operation: 'created' } } : attached;
        },
        find: async () => {
          const listed = await connector.listInvoiceAttachments!(documentId);
          if (!listed.ok) return listed;
          const hit = listed.value.find((a) => a.fileName === file.fileName && !claimed.has(a.externalId));
          return { ok: true, value: hit ? { externalId: hit.externalId } : null };
        },
      });
      if (sent.ok) {
        claimed.add(sent.ref.externalId);
        await ctx.log.item({ register: REGISTER, recordId: file.id, direction: 'PUSH', outcome: 'TRANSFERRED', externalId: sent.ref.externalId, attempts: sent.attempts, message: `${file.fileName} connected to invoice ${documentId}` });
      } else {
        await ctx.log.item({ register: REGISTER, recordId: file.id, direction: 'PUSH', outcome: 'FAILED', errorCode: sent.error.code, attempts: sent.attempts, vendorError: sent.error, message: `${file.fileName} not sent with invoice ${documentId}: ${sent.error.message}` });
      }
    }
  }
}
