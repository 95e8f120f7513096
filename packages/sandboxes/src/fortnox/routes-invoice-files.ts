import { randomUUID } from 'node:crypto';
import type { Router, SandboxRequest } from '../core/router.js';
import { resourceUrl } from './listing.js';
import { requireToken } from './oauth.js';
import type { FortnoxStore } from './store.js';
import { fortnoxError, fortnoxCodes, notFound, rejected } from './style.js';

/** Fortnox caps: at most 5 MB per file and 5 files per invoice (developer.fortnox.se, invoice file connections). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_FILES_PER_INVOICE = 5;
/** Inbox folders whose files may be connected to invoices, orders and offers. */
const connectableFolders = new Set(['inbox_kf', 'inbox_o', 'inbox_of']);

interface UploadedPart { name: string; fileName: string; contentType: string; bytes: Uint8Array }

/** The parts of a multipart/form-data body, bytes untouched. */
function multipartParts(req: SandboxRequest): UploadedPart[] | null {
  const type = String(req.headers['content-type'] ?? '');
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (!type.startsWith('multipart/form-data') || !boundary || !req.rawBytes) return null;
  const body = Buffer.from(req.rawBytes);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: UploadedPart[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd);
    if (headerEnd === -1 || next === -1) return null;
    const headers = body.subarray(start + 2, headerEnd).toString('utf8');
    parts.push({
      name: /name="([^"]*)"/.exec(headers)?.[1] ?? '',
      fileName: /filename="([^"]*)"/.exec(headers)?.[1] ?? '',
      contentType: /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream',
      bytes: new Uint8Array(body.subarray(headerEnd + 4, next)),
    });
    at = next + 2;
  }
  return parts;
}

function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/**
 * Files for sales invoices (SE-FX-46, X-25): `POST /3/inbox?path=inbox_kf` takes one multipart file
 * (scope `inbox`) and answers with its `ArchiveFileId`; the file-attachment API under `/api/`
 * (plain JSON, no envelope, scope `invoice`) connects such files to an invoice (entityType `F`,
 * entityId = DocumentNumber) and lists an invoice's connections. Only PDFs may be connected.
 */
export function mountInvoiceFiles(router: Router, store: FortnoxStore): void {
  router.on('POST', '/3/inbox', requireToken(store, 'inbox', (req) => {
    if (store.failInboxUploads) return fortnoxError(500, 'Ett internt fel uppstod.', fortnoxCodes.serverError);
    const folder = req.query.get('path') ?? 'inbox';
    const file = multipartParts(req)?.find((p) => p.fileName !== '');
    if (!file) return rejected('Ingen fil skickades.', fortnoxCodes.required);
    if (file.bytes.byteLength > MAX_FILE_BYTES) return rejected(`Filen ${file.fileName} är större än 5 MB.`);
    const id = randomUUID();
    const archiveFileId = randomUUID();
    store.archiveFiles.set(archiveFileId, { name: file.fileName, contentType: file.contentType, bytes: file.bytes, folder });
    store.inboxUploads += 1;
    return {
      status: 201, committed: true,
      body: { File: { '@url': resourceUrl(req, `inbox/${id}`), Comments: null, Id: id, ArchiveFileId: archiveFileId, Name: file.fileName, Path: folder, Size: file.bytes.byteLength } },
    };
  }));

  router.on('POST', '/api/fileattachments/attachments-v1', requireToken(store, 'invoice', (req) => {
    if (!Array.isArray(req.body)) return rejected('Förväntade en lista med bilagor.');
    const created = [];
    for (const raw of req.body as Record<string, unknown>[]) {
      const fileId = String(raw['fileId'] ?? '');
      const entityId = Number(raw['entityId']);
      if (raw['entityType'] !== 'F') return rejected('entityType stöds inte här; använd F för fakturor.');
      if (!store.invoices.has(entityId)) return notFound(`fakturan ${String(raw['entityId'])}`);
      const file = store.archiveFiles.get(fileId);
      if (!file) return notFound(`filen ${fileId}`);
      if (!connectableFolders.has(file.folder ?? '')) return rejected(`Filen ${file.name} ligger inte i inkorgen för kundfakturor.`);
      if (!isPdf(file.bytes)) return rejected(`Endast PDF-filer kan kopplas till fakturor (${file.name}).`);
      const existing = store.invoiceFileConnections.get(entityId) ?? [];
      if (existing.length >= MAX_FILES_PER_INVOICE) return rejected('Fakturan har redan det högsta antalet bilagor (5).');
      const connection = { id: randomUUID(), fileId, includeOnSend: raw['includeOnSend'] === true };
      store.invoiceFileConnections.set(entityId, [...existing, connection]);
      created.push({ ...connection, entityId, entityType: 'F', name: file.name, size: file.bytes.byteLength });
    }
    return { status: 200, committed: true, body: created };
  }));

  router.on('GET', '/api/fileattachments/attachments-v1', requireToken(store, 'invoice', (req) => {
    const entityId = Number(req.query.get('entityid'));
    if (req.query.get('entitytype') !== 'F' || !Number.isInteger(entityId)) return rejected('entityid och entitytype=F krävs.');
    const list = (store.invoiceFileConnections.get(entityId) ?? []).map((c) => {
      const file = store.archiveFiles.get(c.fileId);
      return { ...c, entityId, entityType: 'F', name: file?.name ?? '', size: file?.bytes.byteLength ?? 0 };
    });
    return { status: 200, body: list };
  }));
}
