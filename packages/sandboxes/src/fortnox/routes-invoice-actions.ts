import type { Router, SandboxRequest, SandboxResponse } from '../core/router.js';
import { ocrFor, stockholmToday } from './invoice-input.js';
import { invoiceView } from './invoice-view.js';
import { isResponse } from './listing.js';
import { requireToken } from './oauth.js';
import { findInvoice, firstDocumentNumber, price } from './routes-invoices.js';
import type { FortnoxStore, StoredInvoice } from './store.js';
import { fortnoxCodes, rejected } from './style.js';

type Action = (store: FortnoxStore, invoice: StoredInvoice) => StoredInvoice | SandboxResponse;

/** Settles a booked credit invoice against the invoice it credits, as Fortnox's ledger does. */
function settleCredit(store: FortnoxStore, credit: StoredInvoice): void {
  const original = credit.invoiceReference === undefined ? undefined : store.invoices.get(credit.invoiceReference);
  if (!original) return;
  const today = stockholmToday(store.now());
  original.balance += credit.balance; // the credit's balance is negative
  credit.balance = 0n;
  credit.finalPayDate = today;
  if (original.balance === 0n) original.finalPayDate = today;
  original.modifiedAt = store.now();
}

const bookkeep: Action = (store, invoice) => {
  if (invoice.cancelled) return rejected('Fakturan är makulerad och kan inte bokföras.', fortnoxCodes.invalidState);
  if (invoice.booked) return rejected('Fakturan är redan bokförd.', fortnoxCodes.invalidState);
  invoice.booked = true;
  invoice.voucherNumber = [...store.invoices.values()].filter((i) => i.booked).length;
  if (invoice.credit) settleCredit(store, invoice);
  return invoice;
};

const cancel: Action = (_store, invoice) => {
  if (invoice.booked) return rejected('En bokförd faktura kan inte makuleras, den måste krediteras.', fortnoxCodes.invalidState);
  if (invoice.cancelled) return rejected('Fakturan är redan makulerad.', fortnoxCodes.invalidState);
  invoice.cancelled = true;
  return invoice;
};

/** Creates the credit invoice: the same rows with negated quantities, linked both ways (§2.8). */
const credit: Action = (store, original) => {
  if (!original.booked) return rejected('Endast bokförda fakturor kan krediteras; makulera istället.', fortnoxCodes.invalidState);
  if (original.credit) return rejected('En kreditfaktura kan inte krediteras.', fortnoxCodes.invalidState);
  if (original.creditInvoiceReference !== undefined) return rejected('Fakturan är redan krediterad.', fortnoxCodes.invalidState);
  const documentNumber = store.nextDocumentNumber(store.invoices, firstDocumentNumber);
  const creditInvoice: StoredInvoice = {
    documentNumber,
    header: { ...original.header, InvoiceDate: stockholmToday(store.now()) },
    rows: original.rows.map((row) => ({ ...row, rowId: store.nextRowId(), quantity: -row.quantity, total: -row.total })),
    totals: original.totals,
    balance: 0n,
    booked: false,
    cancelled: false,
    credit: true,
    invoiceReference: original.documentNumber,
    ocr: ocrFor(documentNumber),
    modifiedAt: store.now(),
  };
  price(store, creditInvoice);
  store.invoices.set(documentNumber, creditInvoice);
  original.creditInvoiceReference = documentNumber;
  return original;
};

function run(store: FortnoxStore, action: Action) {
  return (req: SandboxRequest): SandboxResponse => {
    const invoice = findInvoice(store, req);
    if (isResponse(invoice)) return invoice;
    const result = action(store, invoice);
    if (isResponse(result)) return result;
    result.modifiedAt = store.now();
    return { status: 200, body: { Invoice: invoiceView(req, result) }, committed: true };
  };
}

/**
 * Mounts the invoice actions (all `PUT`, no body, answering with the invoice, §2.8): bookkeep
 * makes the invoice immutable, cancel is for unbooked ones only, credit creates a credit invoice.
 */
export function mountInvoiceActions(router: Router, store: FortnoxStore): void {
  router.on('PUT', '/3/invoices/:key/bookkeep', requireToken(store, 'invoice', run(store, bookkeep)));
  router.on('PUT', '/3/invoices/:key/cancel', requireToken(store, 'invoice', run(store, cancel)));
  router.on('PUT', '/3/invoices/:key/credit', requireToken(store, 'invoice', run(store, credit)));
}
