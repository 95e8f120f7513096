import { isZeroAmount } from '@ledgerbridge/domain';
import type { CreditNoteDraftRecord, InvoiceDraftRecord } from '../../core/records.js';
import type { EconomicCustomer, EconomicPaymentTerms } from '../schemas.js';
import { decimalToWire, significantDecimals } from '../wire.js';
import { parseInvoiceId } from './from-economic-invoice.js';
import type { EconomicDocument } from './to-economic-customer.js';

/** What a draft needs from e-conomic besides the canonical record. */
export interface InvoiceWriteContext {
  /** The customer as e-conomic holds it: the recipient block is copied from it. */
  readonly customer: EconomicCustomer;
  /** The customer's layout, else the setting (PV-27). */
  readonly layoutNumber: number;
  /** The customer's payment terms, to know whether a due date must be sent. */
  readonly paymentTerms?: EconomicPaymentTerms;
  /** Product for lines without one (PV-21). */
  readonly defaultProductNumber?: string;
}

/**
 * Checks what e-conomic would refuse, before anything is sent: unit prices and quantities with
 * more than two decimals (E04740; RB-15 warns about quantities), and an empty reference, which
 * would make a lost response impossible to resolve by lookup.
 */
export function invoicePreflight(draft: InvoiceDraftRecord): string[] {
  const problems: string[] = [];
  if (draft.reference.trim() === '' || draft.reference.length > 250) problems.push('the reference must be 1-250 characters (it is stored in references.other)');
  draft.lines.forEach((line, i) => {
    if (significantDecimals(line.unitPrice) > 2) problems.push(`line ${i + 1}: e-conomic accepts at most 2 decimals on the unit price, got ${line.unitPrice}`);
    if (significantDecimals(line.quantity) > 2) problems.push(`line ${i + 1}: e-conomic accepts at most 2 decimals on the quantity, got ${line.quantity}`);
  });
  if (draft.lines.length === 0) problems.push('an invoice needs at least one line');
  return problems;
}

function recipient(customer: EconomicCustomer): EconomicDocument {
  const doc: EconomicDocument = { name: customer.name, vatZone: { vatZoneNumber: customer.vatZone.vatZoneNumber } };
  const limits: Readonly<Record<string, number>> = { address: 250, zip: 50, city: 250, country: 50, ean: 13 };
  for (const [key, max] of Object.entries(limits)) {
    const value = (customer as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '') doc[key] = value.slice(0, max);
  }
  return doc;
}

/** The invoice's own receiver address over the customer's (SE-FX-56/15), part by part. */
function receiverAddress(draft: InvoiceDraftRecord): EconomicDocument {
  const parts: Record<string, string | undefined> = { address: draft.receiverAddress, zip: draft.receiverPostalCode, city: draft.receiverCity, country: draft.receiverCountry };
  return Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined && v !== '')) as EconomicDocument;
}

/**
 * A draft invoice (§1.9). Our reference goes in `references.other` so `findInvoice` can resolve
 * a lost create response; notes go in `notes.textLine1`, the customer's reference in
 * `notes.textLine2`. A credit note is the same document with negative quantities.
 */
export function toEconomicDraft(draft: InvoiceDraftRecord | CreditNoteDraftRecord, ctx: InvoiceWriteContext): EconomicDocument {
  const notes: Record<string, string> = {};
  if ('creditedExternalId' in draft) {
    const credited = draft.creditedExternalId === undefined ? undefined : parseInvoiceId(draft.creditedExternalId);
    notes.heading = credited?.kind === 'booked' ? `Kreditnota til faktura ${credited.number}` : 'Kreditnota';
  }
  if (draft.notes !== undefined && draft.notes !== '') notes.textLine1 = draft.notes.slice(0, 1000);
  if (draft.yourReference !== undefined && draft.yourReference !== '') notes.textLine2 = `Deres reference: ${draft.yourReference}`.slice(0, 1000);
  const doc: EconomicDocument = {
    date: draft.issueDate,
    currency: draft.currency,
    customer: { customerNumber: ctx.customer.customerNumber },
    recipient: { ...recipient(ctx.customer), ...receiverAddress(draft) },
    paymentTerms: { paymentTermsNumber: ctx.customer.paymentTerms.paymentTermsNumber },
    layout: { layoutNumber: ctx.layoutNumber },
    references: { other: draft.reference },
    lines: draft.lines.map((line, i) => {
      const productNumber = line.productNumber ?? ctx.defaultProductNumber;
      return {
        lineNumber: i + 1,
        sortKey: i + 1,
        ...(productNumber === undefined ? {} : { product: { productNumber } }),
        description: line.description.slice(0, 2500),
        quantity: decimalToWire(line.quantity),
        unitNetPrice: decimalToWire(line.unitPrice),
        ...(isZeroAmount(line.discountPercent) ? {} : { discountPercentage: decimalToWire(line.discountPercent) }),
      };
    }),
  };
  if (Object.keys(notes).length > 0) doc.notes = notes;
  if (draft.projectNumber !== undefined) doc.project = { projectNumber: Number(draft.projectNumber) };
  // e-conomic derives the due date from the terms; it takes one only for "dueDate" terms.
  if (draft.dueDate !== undefined && ctx.paymentTerms?.paymentTermsType === 'dueDate') doc.dueDate = draft.dueDate;
  return doc;
}
