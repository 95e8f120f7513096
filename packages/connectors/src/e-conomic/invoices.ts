// Draft invoices and credit notes (§1.9), booking (§1.10), status, and the lookup that resolves a
// lost create response by our reference instead of creating again.
import { z } from 'zod';
import type { ExternalRecordRef, InvoiceLookup, RemoteInvoiceLine, RemoteInvoiceStatus, WriteOutcome } from '../core/connector.js';
import { connectorError, type ConnectorError } from '../core/connector-error.js';
import type { CreditNoteDraftRecord, InvoiceDraftRecord } from '../core/records.js';
import { err, ok, type Result } from '../core/result.js';
import type { Res } from './client.js';
import type { EconomicContext } from './context.js';
import { invoiceExternalId, parseInvoiceId, statusFromBooked, statusFromDraft } from './mappers/from-economic-invoice.js';
import { invoicePreflight, toEconomicDraft } from './mappers/to-economic-invoice.js';
import { bookedSchema, customerSchema, draftSchema, wireDecimal } from './schemas.js';

const fail = (code: ConnectorError['code'], message: string): Result<never, ConnectorError> => err(connectorError({ connectorId: 'e-conomic', code, message }));

/** Creates a draft (a credit note is a draft with negative lines); never books it. */
export async function createDraft(ctx: EconomicContext, draft: InvoiceDraftRecord | CreditNoteDraftRecord): Res<WriteOutcome> {
  const problems = invoicePreflight(draft);
  if (problems.length > 0) return fail('REJECTED', `e-conomic would refuse this invoice: ${problems.join('; ')}`);
  if (!/^\d{1,9}$/.test(draft.customerNumber)) return fail('REJECTED', `e-conomic customer numbers are whole numbers, got "${draft.customerNumber}"`);
  // the number is only given at booking, so one e-conomic cannot take must not leave a draft behind (SE-FX-32)
  if (draft.invoiceNumber !== undefined && !/^[1-9]\d{0,8}$/.test(draft.invoiceNumber)) return fail('REJECTED', `e-conomic invoice numbers are whole numbers from 1 to 999999999, got "${draft.invoiceNumber}"`);
  // The recipient block, terms and layout come from the customer as e-conomic holds it.
  const customer = await ctx.client.get(`customers/${draft.customerNumber}`, customerSchema);
  if (!customer.ok) {
    if (customer.error.code !== 'NOT_FOUND') return customer;
    return fail('REJECTED', `Customer ${draft.customerNumber} does not exist in e-conomic; transfer the customer first`);
  }
  const terms = await ctx.paymentTerms();
  if (!terms.ok) return terms;
  const paymentTerms = terms.value.find((t) => t.paymentTermsNumber === customer.value.paymentTerms.paymentTermsNumber);
  const body = toEconomicDraft(draft, {
    customer: customer.value,
    // the layout chosen for the customer in our graph wins over e-conomic's own (RB-24)
    layoutNumber: draft.layoutNumber !== undefined ? Number(draft.layoutNumber) : customer.value.layout?.layoutNumber ?? ctx.settings.layoutNumber,
    ...(paymentTerms === undefined ? {} : { paymentTerms }),
    ...(ctx.settings.defaultProductNumber === undefined ? {} : { defaultProductNumber: ctx.settings.defaultProductNumber }),
  });
  const created = await ctx.client.sendAnswered('POST', 'invoices/drafts', body, draftSchema);
  if (!created.ok) return created;
  return ok({ ref: { externalId: invoiceExternalId({ kind: 'draft', number: created.value.value.draftInvoiceNumber }) }, operation: 'created', answer: created.value.answer });
}

async function bookedStatus(ctx: EconomicContext, number: number): Res<RemoteInvoiceStatus> {
  const booked = await ctx.client.get(`invoices/booked/${number}`, bookedSchema);
  return booked.ok ? ok(statusFromBooked(booked.value)) : booked;
}

/** Pages through a collection newest first until `match` hits; undefined after the last page. */
async function scan<T>(
  read: (skippages: number) => Res<{ readonly items: readonly T[]; readonly nextSkipPages: number | null }>,
  match: (item: T) => boolean,
): Res<T | undefined> {
  for (let skippages: number | null = 0; skippages !== null; ) {
    const page: Result<{ readonly items: readonly T[]; readonly nextSkipPages: number | null }, ConnectorError> = await read(skippages);
    if (!page.ok) return page;
    const hit = page.value.items.find(match);
    if (hit !== undefined) return ok(hit);
    skippages = page.value.nextSkipPages;
  }
  return ok(undefined);
}

/**
 * Finds a draft or booked invoice by number or by our reference (`references.other`). Whether
 * e-conomic can filter on that property is not documented, so the lists are scanned, drafts
 * first and booked invoices newest first: a lost response is recent.
 */
export async function findInvoice(ctx: EconomicContext, lookup: InvoiceLookup): Res<ExternalRecordRef | null> {
  const reference = lookup.reference;
  if ('number' in lookup) {
    if (!/^\d{1,9}$/.test(lookup.number)) return ok(null);
    const booked = await ctx.client.get(`invoices/booked/${lookup.number}`, bookedSchema);
    if (!booked.ok) return booked.error.code === 'NOT_FOUND' ? ok(null) : booked;
    const other = booked.value.references?.other;
    if (reference !== undefined && other !== undefined && other !== reference) return ok(null);
    return ok(statusFromBooked(booked.value).ref);
  }
  if (reference === undefined) return ok(null);
  const isOurs = (doc: { readonly references?: { readonly other?: string | undefined } | undefined }) => doc.references?.other === reference;
  const draft = await scan((skippages) => ctx.client.page('invoices/drafts', draftSchema, { skippages }), isOurs);
  if (!draft.ok) return draft;
  if (draft.value) return ok(statusFromDraft(draft.value).ref);
  const booked = await scan((skippages) => ctx.client.page('invoices/booked', bookedSchema, { skippages, sort: '-bookedInvoiceNumber' }), isOurs);
  if (!booked.ok) return booked;
  return ok(booked.value ? statusFromBooked(booked.value).ref : null);
}

/**
 * Books a draft; e-conomic assigns the next invoice number, or `number` when the source numbers
 * invoices (`bookWithNumber`, SE-FX-32), and the draft disappears. If the booking's answer is
 * lost, the draft is gone on retry, so the booked invoice is looked up by the draft's reference
 * instead of failing.
 */
export async function bookInvoice(ctx: EconomicContext, externalId: string, number?: string): Res<RemoteInvoiceStatus> {
  const id = parseInvoiceId(externalId);
  if (!id) return fail('REJECTED', `Not an e-conomic invoice id: "${externalId}"`);
  if (number !== undefined && !/^[1-9]\d{0,8}$/.test(number)) return fail('REJECTED', `e-conomic invoice numbers are whole numbers from 1 to 999999999, got "${number}"`);
  if (id.kind === 'booked') return bookedNumbered(ctx, id.number, number);
  const draft = await ctx.client.get(`invoices/drafts/${id.number}`, draftSchema);
  if (!draft.ok) {
    if (draft.error.code !== 'NOT_FOUND') return draft;
    return fail('NOT_FOUND', `Draft invoice ${id.number} no longer exists in e-conomic; it may have been booked or deleted there (look it up by reference)`);
  }
  const booked = await ctx.client.sendAnswered('POST', 'invoices/booked', { draftInvoice: { draftInvoiceNumber: id.number }, ...(number === undefined ? {} : { bookWithNumber: Number(number) }) }, bookedSchema);
  if (booked.ok) return bookedNumbered(ctx, booked.value.value.bookedInvoiceNumber, number, { ...statusFromBooked(booked.value.value), answer: booked.value.answer });
  const reference = draft.value.references?.other;
  if (reference === undefined || (booked.error.code !== 'TEMPORARY' && booked.error.code !== 'REJECTED')) return booked;
  const found = await findInvoice(ctx, { reference });
  if (found.ok && found.value !== null) {
    const foundId = parseInvoiceId(found.value.externalId);
    if (foundId?.kind === 'booked') return bookedNumbered(ctx, foundId.number, number);
  }
  return booked;
}

/** A booked invoice that must carry `number` (SE-FX-32): any other number is an error, never accepted silently. */
async function bookedNumbered(ctx: EconomicContext, bookedNumber: number, number: string | undefined, known?: RemoteInvoiceStatus): Res<RemoteInvoiceStatus> {
  if (number !== undefined && String(bookedNumber) !== number) return fail('REJECTED', `e-conomic booked the invoice as number ${bookedNumber}, not ${number} as the source numbered it`);
  return known ? ok(known) : bookedStatus(ctx, bookedNumber);
}

export async function getInvoiceStatus(ctx: EconomicContext, externalId: string): Res<RemoteInvoiceStatus> {
  const id = parseInvoiceId(externalId);
  if (!id) return fail('REJECTED', `Not an e-conomic invoice id: "${externalId}"`);
  if (id.kind === 'booked') return bookedStatus(ctx, id.number);
  const draft = await ctx.client.get(`invoices/drafts/${id.number}`, draftSchema);
  return draft.ok ? ok(statusFromDraft(draft.value)) : draft;
}

const linesSchema = z.looseObject({
  lines: z.array(z.looseObject({
    product: z.looseObject({ productNumber: z.string() }).optional(),
    description: z.string().optional(),
    quantity: wireDecimal.optional(),
    unitNetPrice: wireDecimal.optional(),
  })).default([]),
});

/** A draft's or booked invoice's lines; e-conomic allows lines without a product (RB-20). */
export async function getInvoiceLines(ctx: EconomicContext, externalId: string): Res<readonly RemoteInvoiceLine[]> {
  const id = parseInvoiceId(externalId);
  if (!id) return fail('REJECTED', `Not an e-conomic invoice id: "${externalId}"`);
  const doc = await ctx.client.get(`invoices/${id.kind === 'booked' ? 'booked' : 'drafts'}/${id.number}`, linesSchema);
  if (!doc.ok) return doc;
  return ok(doc.value.lines.map((l): RemoteInvoiceLine => ({
    ...(l.product ? { productNumber: l.product.productNumber } : {}), description: l.description ?? '', quantity: l.quantity ?? '0', unitPrice: l.unitNetPrice ?? '0',
  })));
}

/** Deletes a draft; one already gone counts as deleted, so a retried delete succeeds. */
export async function deleteInvoiceDraft(ctx: EconomicContext, externalId: string): Res<void> {
  const id = parseInvoiceId(externalId);
  if (!id) return fail('REJECTED', `Not an e-conomic invoice id: "${externalId}"`);
  if (id.kind === 'booked') return fail('REJECTED', `Invoice ${id.number} is booked; e-conomic cannot delete it (credit it instead)`);
  const res = await ctx.client.remove(`invoices/drafts/${id.number}`);
  return res.ok || res.error.code !== 'NOT_FOUND' ? res : ok(undefined);
}

