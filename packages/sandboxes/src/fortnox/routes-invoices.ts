import type { Router, SandboxRequest, SandboxResponse } from '../core/router.js';
import { parseInvoice, ocrFor, stockholmToday } from './invoice-input.js';
import { invoiceSubsetView, invoiceView } from './invoice-view.js';
import { filterModified, isResponse, listResponse, matchesSearch } from './listing.js';
import { requireToken } from './oauth.js';
import { unwrap } from './registers.js';
import { invoiceTotals } from './rules.js';
import type { FortnoxStore, StoredInvoice } from './store.js';
import { fortnoxCodes, notFound, rejected } from './style.js';

/** Fortnox's first invoice number in a fresh company's series (sandbox choice). */
export const firstDocumentNumber = 1001;

/** The invoice named by `:key`, or a 404. */
export function findInvoice(store: FortnoxStore, req: SandboxRequest): StoredInvoice | SandboxResponse {
  const key = req.params.key ?? '';
  const invoice = /^\d+$/.test(key) ? store.invoices.get(Number(key)) : undefined;
  return invoice ?? notFound('fakturan');
}

/** Recomputes totals and the balance of an unbooked invoice after its rows changed. */
export function price(store: FortnoxStore, invoice: StoredInvoice): void {
  invoice.totals = invoiceTotals(invoice.rows, String(invoice.header.Currency), store.settings.roundOffToWholeKronor);
  invoice.balance = invoice.totals.total;
}

/** `filter=` values for invoices (§2.2). */
const listFilters: Readonly<Record<string, (i: StoredInvoice, today: string) => boolean>> = {
  cancelled: (i) => i.cancelled,
  fullypaid: (i) => !i.cancelled && i.booked && i.balance === 0n,
  unpaid: (i) => !i.cancelled && i.booked && i.balance !== 0n,
  unpaidoverdue: (i, today) => !i.cancelled && i.booked && i.balance !== 0n && String(i.header.DueDate) < today,
  unbooked: (i) => !i.cancelled && !i.booked,
};

/** Text filters: query parameter -> header field (contains, case-insensitive). */
const searchFields: Readonly<Record<string, string>> = {
  customernumber: 'CustomerNumber',
  externalinvoicereference1: 'ExternalInvoiceReference1',
  externalinvoicereference2: 'ExternalInvoiceReference2',
  yourordernumber: 'YourOrderNumber',
  yourreference: 'YourReference',
  project: 'Project',
};

function list(store: FortnoxStore, req: SandboxRequest): SandboxResponse {
  const filterName = req.query.get('filter');
  const filter = filterName === null ? undefined : listFilters[filterName];
  if (filterName !== null && !filter) return rejected(`Ogiltigt filter: ${filterName}.`, fortnoxCodes.invalidParameter);
  const modified = filterModified(req, store.invoices.values());
  if (isResponse(modified)) return modified;
  const today = stockholmToday(store.now());
  const from = req.query.get('fromdate');
  const to = req.query.get('todate');
  const items = modified
    .filter((i) => !filter || filter(i, today))
    .filter((i) => Object.entries(searchFields).every(([param, field]) => matchesSearch(i.header[field], req.query.get(param))))
    .filter((i) => (!from || String(i.header.InvoiceDate) >= from) && (!to || String(i.header.InvoiceDate) <= to))
    .sort((a, b) => a.documentNumber - b.documentNumber);
  return listResponse(req, 'Invoices', items, (i) => invoiceSubsetView(req, i));
}

function create(store: FortnoxStore, req: SandboxRequest): SandboxResponse {
  const input = unwrap(req.body, 'Invoice');
  if (isResponse(input)) return input;
  const parsed = parseInvoice(store, input);
  if (isResponse(parsed)) return parsed;
  // Fortnox numbers an invoice when it is created, not when it is booked (§2.8: DocumentNumber
  // is read-only and is the URL key of the unbooked invoice); a number sent by the client is ignored.
  const documentNumber = store.nextDocumentNumber(store.invoices, firstDocumentNumber);
  const invoice: StoredInvoice = {
    documentNumber,
    header: parsed.header,
    rows: parsed.rows ?? [],
    totals: invoiceTotals([], 'SEK', false),
    balance: 0n,
    booked: false,
    cancelled: false,
    credit: false,
    ocr: ocrFor(documentNumber),
    modifiedAt: store.now(),
  };
  price(store, invoice);
  store.invoices.set(documentNumber, invoice);
  return { status: 201, body: { Invoice: invoiceView(req, invoice) }, committed: true };
}

function update(store: FortnoxStore, req: SandboxRequest): SandboxResponse {
  const invoice = findInvoice(store, req);
  if (isResponse(invoice)) return invoice;
  if (invoice.booked) return rejected('Fakturan är bokförd och kan inte ändras.', fortnoxCodes.documentLocked);
  if (invoice.cancelled) return rejected('Fakturan är makulerad och kan inte ändras.', fortnoxCodes.documentLocked);
  const input = unwrap(req.body, 'Invoice');
  if (isResponse(input)) return input;
  const parsed = parseInvoice(store, input, invoice.header);
  if (isResponse(parsed)) return parsed;
  invoice.header = parsed.header;
  if (parsed.rows) invoice.rows = parsed.rows; // rows sent replace the old ones
  price(store, invoice);
  invoice.modifiedAt = store.now();
  return { status: 200, body: { Invoice: invoiceView(req, invoice) }, committed: true };
}

/** Mounts `/3/invoices` list, read, create and update. */
export function mountInvoices(router: Router, store: FortnoxStore): void {
  router.on('GET', '/3/invoices', requireToken(store, 'invoice', (req) => list(store, req)));
  router.on('GET', '/3/invoices/:key', requireToken(store, 'invoice', (req) => {
    const invoice = findInvoice(store, req);
    return isResponse(invoice) ? invoice : { status: 200, body: { Invoice: invoiceView(req, invoice) } };
  }));
  router.on('POST', '/3/invoices', requireToken(store, 'invoice', (req) => create(store, req)));
  router.on('PUT', '/3/invoices/:key', requireToken(store, 'invoice', (req) => update(store, req)));
}
