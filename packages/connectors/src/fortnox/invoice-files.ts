import { z } from 'zod';
import type { ConnectorResult } from '../core/connector.js';
import type { AttachmentFile, AttachmentRef } from '../core/records.js';
import { ok } from '../core/result.js';
import type { FortnoxDeps } from './paging.js';

/** The inbox folder for customer-invoice files: only files there can be connected to invoices. */
const invoiceInbox = 'inbox_kf';

const inboxFileSchema = z.object({ ArchiveFileId: z.string().min(1), Name: z.string() });
const fileAttachmentSchema = z.object({ id: z.string().min(1), fileId: z.string().min(1), name: z.string().catch('attachment') });

/**
 * Files sent with our sales invoices (SE-FX-46, X-25): uploaded to the customer-invoice inbox,
 * then connected to the invoice through the file-attachment API (entity type `F`, the invoice's
 * DocumentNumber), included when Fortnox sends the invoice. Only PDFs are accepted there.
 */
export function createInvoiceFileMethods(deps: FortnoxDeps) {
  const { client } = deps;
  return {
    async listInvoiceAttachments(documentNumber: string): ConnectorResult<readonly AttachmentRef[]> {
      const path = `api/fileattachments/attachments-v1?entityid=${encodeURIComponent(documentNumber)}&entitytype=F`;
      const list = await client.plain('GET', path, undefined, z.array(fileAttachmentSchema));
      return list.ok ? ok(list.value.map((a) => ({ externalId: a.fileId, fileName: a.name }))) : list;
    },

    async attachInvoiceFile(documentNumber: string, file: AttachmentFile): ConnectorResult<AttachmentRef> {
      const uploaded = await client.upload(`3/inbox?path=${invoiceInbox}`, file, 'File', inboxFileSchema);
      if (!uploaded.ok) return uploaded;
      const connected = await client.plain('POST', 'api/fileattachments/attachments-v1', [
        { fileId: uploaded.value.ArchiveFileId, entityId: Number(documentNumber), entityType: 'F', includeOnSend: true },
      ], z.array(fileAttachmentSchema).min(1));
      return connected.ok ? ok({ externalId: connected.value[0]!.fileId, fileName: file.fileName }) : connected;
    },
  };
}
