import type { NumberingOwner } from './register-rules.js';

/** What an ERP accepts as an invoice number it is given, from the connector's manifest. */
export interface InvoiceNumberFormat {
  readonly pattern: RegExp;
  readonly description: string;
}

/** The number to send with an invoice, or why it may not be sent. */
export type InvoiceNumberDecision =
  | { readonly ok: true; readonly number: string | undefined }
  | { readonly ok: false; readonly code: 'INVOICE_NUMBER_REQUIRED' | 'INVOICE_NUMBER_FORMAT' | 'INVOICE_NUMBERING_UNSUPPORTED' | 'INVOICE_NUMBER_REQUIRES_BOOKING'; readonly reason: string };

/**
 * Which number an invoice or credit note goes out with (X-08). With the ERP as owner none: the
 * ERP's number is written back (SE-VN-33, SE-VN-44). With the source as owner our number, which
 * must be set and in a form the ERP takes, because the ERP document must carry exactly that
 * number (SE-FX-32); without one the invoice is never sent, or the two systems' numbers part.
 */
export function invoiceNumberToSend(owner: NumberingOwner, sourceNumber: string | null | undefined, format: InvoiceNumberFormat | undefined, kind: 'invoice' | 'credit note' = 'invoice'): InvoiceNumberDecision {
  if (owner === 'ERP') return { ok: true, number: undefined };
  if (!format) return { ok: false, code: 'INVOICE_NUMBERING_UNSUPPORTED', reason: `This ERP numbers ${kind}s itself; invoice numbers from the source are not possible here (X-08)` };
  const number = sourceNumber?.trim() ?? '';
  if (number === '') return { ok: false, code: 'INVOICE_NUMBER_REQUIRED', reason: `Not sent: the source numbers invoices on this connection, and this ${kind} has no number (sourceNumber) (SE-FX-32)` };
  if (!format.pattern.test(number)) return { ok: false, code: 'INVOICE_NUMBER_FORMAT', reason: `Not sent: ${kind} number "${number}" is not ${format.description}, which the ERP requires (SE-FX-32)` };
  return { ok: true, number };
}

/**
 * Our numbers still to be sent that the ERP has already used (SE-FX-33, SE-EE-06): sent, they
 * would be refused or, worse, two different documents would share a number across the systems.
 * Compared as the ERPs do: surrounding blanks and leading zeros of whole numbers do not count.
 */
export function numberSeriesCollisions(ours: readonly string[], usedInErp: readonly string[]): string[] {
  const key = (n: string) => { const t = n.trim(); return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t.toUpperCase(); };
  const used = new Set(usedInErp.map(key));
  return [...new Set(ours.filter((n) => used.has(key(n))))];
}
