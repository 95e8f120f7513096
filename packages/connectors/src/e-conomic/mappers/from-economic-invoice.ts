import { isZeroAmount } from '@ledgerbridge/domain';
import type { RemoteInvoiceStatus } from '../../core/connector.js';
import type { EconomicBooked, EconomicDraft } from '../schemas.js';
import { asAmount } from '../wire.js';

/** Drafts and booked invoices are numbered separately, so external ids say which one is meant. */
export type InvoiceId = { readonly kind: 'draft' | 'booked'; readonly number: number };

/** `draft:42` / `booked:1007`, as stored in the external ref. */
export function invoiceExternalId(id: InvoiceId): string {
  return `${id.kind}:${id.number}`;
}

/** Reads an external id written by {@link invoiceExternalId}; undefined for anything else. */
export function parseInvoiceId(externalId: string): InvoiceId | undefined {
  const m = /^(draft|booked):(\d{1,9})$/.exec(externalId);
  return m ? { kind: m[1] === 'draft' ? 'draft' : 'booked', number: Number(m[2]) } : undefined;
}

/** A draft's status: no invoice number yet, nothing outstanding. */
export function statusFromDraft(draft: EconomicDraft): RemoteInvoiceStatus {
  return { ref: { externalId: invoiceExternalId({ kind: 'draft', number: draft.draftInvoiceNumber }) }, state: 'draft', grossAmount: asAmount(draft.grossAmount) };
}

/**
 * A booked invoice's status. Paid status is the remainder (§1.10): 0 on a non-zero invoice is
 * paid; otherwise sent (by EAN) or booked.
 */
export function statusFromBooked(invoice: EconomicBooked): RemoteInvoiceStatus {
  const isPaid = isZeroAmount(invoice.remainder) && !isZeroAmount(invoice.grossAmount);
  const number = String(invoice.bookedInvoiceNumber);
  return {
    ref: { externalId: invoiceExternalId({ kind: 'booked', number: invoice.bookedInvoiceNumber }), externalNumber: number },
    state: isPaid ? 'paid' : invoice.sent !== undefined ? 'sent' : 'booked',
    remainingAmount: asAmount(invoice.remainder),
    grossAmount: asAmount(invoice.grossAmount),
  };
}
