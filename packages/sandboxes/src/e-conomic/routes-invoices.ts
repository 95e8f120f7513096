// /invoices/drafts and /invoices/booked (vendor-apis.md §1.9, §1.10). Drafts are editable;
// booking gives the next number in the series and removes the draft; booked invoices only GET.
import type { Router, SandboxRequest, SandboxResponse } from '../core/router.js';
import { collectionResponse } from './collection.js';
import { changed, created, endpoint, intParam, objectBody, type RouteContext } from './http.js';
import type { BookedInvoice } from './model.js';
import { renderBooked, renderDraft } from './render-invoice.js';
import { parseDraft } from './rules-invoice.js';
import { integerProp, numericRef, required, Violations } from './rules.js';
import { economicCodes, economicError, notFound } from './style.js';
import type { EconomicStore } from './store.js';

const documentFilterable = ['date', 'dueDate', 'currency', 'customer.customerNumber', 'netAmount', 'grossAmount', 'vatAmount', 'layout.layoutNumber', 'project.projectNumber'];
const draftFilterable = ['draftInvoiceNumber', 'lastUpdated', ...documentFilterable];
const bookedFilterable = ['bookedInvoiceNumber', 'remainder', ...documentFilterable];

function draftNotFound(req: SandboxRequest): SandboxResponse {
  return notFound(`Draft invoice '${req.params.draftInvoiceNumber ?? ''}'`);
}

/** Books the draft named in the body; `urlNumber` is the PUT variant's number. */
function book(req: SandboxRequest, { store, base }: RouteContext, urlNumber?: number): SandboxResponse {
  const parsed = objectBody(req);
  if ('refused' in parsed) return parsed.refused;
  const body = parsed.body;
  const v = new Violations();
  const draftInvoiceNumber = numericRef(body, { path: ['draftInvoice'], keyName: 'draftInvoiceNumber', collection: 'invoices/drafts', exists: (n) => store.drafts.has(n), isRequired: true }, v);
  const bookWithNumber = integerProp(body, ['bookWithNumber'], v, { min: 1, max: 999_999_999 });
  if (urlNumber !== undefined && bookWithNumber !== undefined && bookWithNumber !== urlNumber) {
    v.add(['bookWithNumber'], { message: 'bookWithNumber must match the number in the URL.', code: economicCodes.invalidValue, inputValue: bookWithNumber });
  }
  const sendBy = body.sendBy;
  if (sendBy !== undefined && sendBy !== 'ean' && sendBy !== 'none') {
    v.add(['sendBy'], { message: "sendBy must be 'ean' or 'none'.", code: economicCodes.invalidValue, inputValue: sendBy });
  }
  const draft = draftInvoiceNumber === undefined ? undefined : store.drafts.get(draftInvoiceNumber);
  if (draft && sendBy === 'ean' && draft.recipient.text.ean === undefined) {
    v.add(['sendBy'], { message: 'The recipient has no EAN number, so the invoice cannot be sent by EAN.', code: economicCodes.invalidValue, inputValue: sendBy });
  }
  if (!v.isEmpty || draftInvoiceNumber === undefined) return v.response();
  const result = store.bookDraft(draftInvoiceNumber, urlNumber ?? bookWithNumber);
  if ('error' in result) {
    if (result.error === 'number-in-use') {
      const conflict = new Violations();
      conflict.add(['bookWithNumber'], { message: `Invoice number ${urlNumber ?? bookWithNumber ?? ''} is already in use.`, code: economicCodes.alreadyInUse, inputValue: urlNumber ?? bookWithNumber });
      return conflict.response();
    }
    if (result.error === 'no-lines') {
      return economicError({ status: 400, message: 'The draft invoice has no lines and cannot be booked.', errorCode: economicCodes.invalidValue, developerHint: 'Add at least one line before booking.' });
    }
    return draftNotFound(req);
  }
  const booked: BookedInvoice = sendBy === 'ean' ? { ...result, sentBy: 'ean' } : result;
  store.booked.set(booked.bookedInvoiceNumber, booked);
  return created(renderBooked(store, base, booked));
}

function bookedList(store: EconomicStore, path: string, keep: (invoice: BookedInvoice) => boolean) {
  return endpoint(store, (req, { base }) => {
    const items = [...store.booked.values()].filter(keep).sort((a, b) => a.bookedInvoiceNumber - b.bookedInvoiceNumber).map((i) => renderBooked(store, base, i, false));
    return collectionResponse(req, base, items, { path, filterable: bookedFilterable });
  });
}

export function mountInvoiceRoutes(router: Router, store: EconomicStore): void {
  router.on('GET', '/invoices/drafts', endpoint(store, (req, { base }) => {
    const items = [...store.drafts.values()].sort((a, b) => a.draftInvoiceNumber - b.draftInvoiceNumber).map((d) => renderDraft(store, base, d, false));
    return collectionResponse(req, base, items, { path: '/invoices/drafts', filterable: draftFilterable });
  }));

  router.on('POST', '/invoices/drafts', endpoint(store, (req, { base }) => {
    const parsed = objectBody(req);
    if ('refused' in parsed) return parsed.refused;
    const v = new Violations();
    const input = parseDraft(store, parsed.body, v);
    if (!input) return v.response();
    const draft = { ...input, draftInvoiceNumber: store.takeDraftNumber(), lastUpdated: store.timestamp() };
    store.drafts.set(draft.draftInvoiceNumber, draft);
    return created(renderDraft(store, base, draft));
  }));

  router.on('GET', '/invoices/drafts/:draftInvoiceNumber', endpoint(store, (req, { base }) => {
    const draft = store.drafts.get(intParam(req, 'draftInvoiceNumber') ?? -1);
    return draft ? { status: 200, body: renderDraft(store, base, draft) } : draftNotFound(req);
  }));

  router.on('PUT', '/invoices/drafts/:draftInvoiceNumber', endpoint(store, (req, { base }) => {
    const number = intParam(req, 'draftInvoiceNumber') ?? -1;
    if (!store.drafts.has(number)) return draftNotFound(req);
    const parsed = objectBody(req);
    if ('refused' in parsed) return parsed.refused;
    const v = new Violations();
    const given = parsed.body.draftInvoiceNumber;
    if (given !== undefined && given !== number) {
      v.add(['draftInvoiceNumber'], { message: 'The draft invoice number cannot be changed.', code: economicCodes.immutable, inputValue: given });
    }
    const input = parseDraft(store, parsed.body, v);
    if (!input || !v.isEmpty) return v.response();
    const draft = { ...input, draftInvoiceNumber: number, lastUpdated: store.timestamp() };
    store.drafts.set(number, draft);
    return changed(renderDraft(store, base, draft));
  }));

  router.on('DELETE', '/invoices/drafts/:draftInvoiceNumber', endpoint(store, (req, { base }) => {
    const number = intParam(req, 'draftInvoiceNumber') ?? -1;
    if (!store.drafts.delete(number)) return draftNotFound(req);
    return changed({ message: 'Deleted invoice.', deletedCount: 1, deletedItems: [{ draftInvoiceNumber: number, self: `${base}/invoices/drafts/${number}` }] });
  }));

  router.on('GET', '/invoices/drafts/:draftInvoiceNumber/templates/booking-instructions', endpoint(store, (req, { base }) => {
    const number = intParam(req, 'draftInvoiceNumber') ?? -1;
    if (!store.drafts.has(number)) return draftNotFound(req);
    return { status: 200, body: { draftInvoice: { draftInvoiceNumber: number, self: `${base}/invoices/drafts/${number}` } } };
  }));

  router.on('POST', '/invoices/booked', endpoint(store, (req, ctx) => book(req, ctx)));
  router.on('PUT', '/invoices/booked/:bookedInvoiceNumber', endpoint(store, (req, ctx) => {
    const number = intParam(req, 'bookedInvoiceNumber');
    // PUT to an existing booked invoice would change it; booked invoices are read-only.
    if (number !== undefined && store.booked.has(number)) {
      return economicError({ status: 400, message: `Invoice ${number} is booked and cannot be changed.`, errorCode: economicCodes.immutable, developerHint: 'Credit the invoice with a new draft with negative lines.' });
    }
    if (number === undefined) {
      const v = new Violations();
      required(v, ['bookWithNumber']);
      return v.response();
    }
    return book(req, ctx, number);
  }));
  router.on('GET', '/invoices/booked', bookedList(store, '/invoices/booked', () => true));
  router.on('GET', '/invoices/booked/:bookedInvoiceNumber', endpoint(store, (req, { base }) => {
    const invoice = store.booked.get(intParam(req, 'bookedInvoiceNumber') ?? -1);
    return invoice ? { status: 200, body: renderBooked(store, base, invoice) } : notFound(`Booked invoice '${req.params.bookedInvoiceNumber ?? ''}'`);
  }));

  const today = () => store.timestamp().slice(0, 10);
  router.on('GET', '/invoices/paid', bookedList(store, '/invoices/paid', (i) => i.remainder === 0n));
  router.on('GET', '/invoices/unpaid', bookedList(store, '/invoices/unpaid', (i) => i.remainder !== 0n));
  router.on('GET', '/invoices/overdue', bookedList(store, '/invoices/overdue', (i) => i.remainder !== 0n && i.dueDate < today()));
  router.on('GET', '/invoices/not-due', bookedList(store, '/invoices/not-due', (i) => i.remainder !== 0n && i.dueDate >= today()));
}
