import { randomUUID } from 'node:crypto';
import type { Router } from '../core/router.js';
import { resourceUrl } from './listing.js';
import { requireToken } from './oauth.js';
import type { ArchiveFile, FortnoxStore } from './store.js';
import { notFound, rejected } from './style.js';

/** Files the archive holds for a supplier invoice; returns the new file id (tests and the seed use it). */
export function connectSupplierInvoiceFile(store: FortnoxStore, givenNumber: number, file: ArchiveFile): string {
  const id = randomUUID();
  store.archiveFiles.set(id, file);
  store.supplierInvoiceFiles.set(givenNumber, [...(store.supplierInvoiceFiles.get(givenNumber) ?? []), id]);
  return id;
}

/**
 * Supplier-invoice file connections (which archive files belong to which supplier invoice, scope
 * `connectfile`) and the archive's file download (scope `archive`), which answers with the file's
 * own content type rather than a JSON envelope.
 */
export function mountFiles(router: Router, store: FortnoxStore): void {
  router.on('GET', '/3/supplierinvoicefileconnections', requireToken(store, 'connectfile', (req) => {
    const raw = req.query.get('supplierinvoicenumber');
    const givenNumber = Number(raw);
    if (raw !== null && !Number.isInteger(givenNumber)) return rejected('supplierinvoicenumber måste vara numeriskt.');
    const numbers = raw === null ? [...store.supplierInvoiceFiles.keys()] : [givenNumber];
    const connections = numbers.flatMap((n) => (store.supplierInvoiceFiles.get(n) ?? []).map((fileId) => {
      const inv = store.supplierInvoices.get(n);
      return {
        '@url': resourceUrl(req, `supplierinvoicefileconnections/${fileId}`),
        FileId: fileId,
        Name: store.archiveFiles.get(fileId)?.name ?? '',
        SupplierInvoiceNumber: String(n),
        SupplierName: inv ? store.suppliers.get(String(inv.header.SupplierNumber))?.fields.Name ?? '' : '',
      };
    }));
    return { status: 200, body: { SupplierInvoiceFileConnections: connections } };
  }));
  router.on('GET', '/3/archive/:id', requireToken(store, 'archive', (req) => {
    const id = req.params['id'] ?? '';
    const file = store.archiveFiles.get(id);
    if (!file) return notFound(`filen ${id}`);
    store.archiveDownloads.set(id, (store.archiveDownloads.get(id) ?? 0) + 1);
    return { status: 200, bytes: file.bytes, headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.name}"` } };
  }));
}
