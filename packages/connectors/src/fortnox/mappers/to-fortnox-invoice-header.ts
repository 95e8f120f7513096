import type { InvoiceDraftRecord } from '../../core/records.js';

/**
 * Fortnox has one invoice text, `Remarks` (§2.8), for the source's three (SE-FX-56/11-13): they
 * are joined in reading order, text above the lines, the invoice text, text below, separated by a
 * blank line. An invoice with only `notes` sends exactly what it sent before (ADR 0030).
 */
export function fortnoxRemarks(draft: InvoiceDraftRecord): string | undefined {
  const parts = [draft.freeTextAbove, draft.notes, draft.freeTextBelow].filter((p): p is string => p !== undefined && p !== '');
  return parts.length === 0 ? undefined : parts.join('\n\n');
}

/** The optional header rows (SE-FX-56/5-6, 14-15); absent ones stay out so Fortnox fills them from the customer. */
export function fortnoxHeaderFields(draft: InvoiceDraftRecord): Readonly<Record<string, string | undefined>> {
  return {
    TermsOfPayment: draft.paymentTerms,
    OurReference: draft.ourReference,
    Language: draft.language,
    Address1: draft.receiverAddress,
    ZipCode: draft.receiverPostalCode,
    City: draft.receiverCity,
    Country: draft.receiverCountry,
  };
}
