import { z } from 'zod';
import { isoDateSchema } from '../date.js';
import { fieldError, type FieldError } from '../errors.js';
import { invoiceLineIdSchema, type CustomerId, type InvoiceId, type InvoiceLineId, type ProjectId } from '../ids.js';
import { absAmount, compareAmounts, isZeroAmount, negateAmount, quantitySchema, subtractAmount, sumAmounts } from '../money.js';
import { err, ok, type Result } from '../result.js';
import type { InvoiceKind, InvoiceLineInput } from './invoice.js';

/** A stored invoice line. */
export type InvoiceLine = InvoiceLineInput & { readonly id: InvoiceLineId };

/** The parts of a stored invoice a credit note is built from. */
export interface CreditableInvoice {
  readonly id: InvoiceId;
  readonly kind: InvoiceKind;
  readonly customerId: CustomerId;
  readonly projectId?: ProjectId | undefined;
  readonly currency: string;
  readonly lines: readonly InvoiceLine[];
}

/**
 * What to credit. Without `lines`, everything not yet credited is credited. Quantities are
 * magnitudes (positive), whatever the sign of the original line.
 */
export const creditNoteRequestSchema = z.object({
  issueDate: isoDateSchema,
  lines: z
    .array(z.object({ lineId: invoiceLineIdSchema, quantity: quantitySchema }))
    .min(1)
    .optional(),
});

/** A validated credit-note request. */
export type CreditNoteRequest = z.infer<typeof creditNoteRequestSchema>;

/** A quantity of an original line already credited by earlier credit notes (sign ignored). */
export interface CreditedQuantity {
  readonly lineId: InvoiceLineId;
  readonly quantity: string;
}

/** A credit-note line, remembering the line it credits. */
export type CreditNoteLine = InvoiceLineInput & { readonly creditedLineId: InvoiceLineId };

/** A credit note ready to be validated and stored like any invoice. */
export interface CreditNoteDraft {
  readonly kind: 'CREDIT_NOTE';
  readonly creditedInvoiceId: InvoiceId;
  readonly customerId: CustomerId;
  readonly projectId?: ProjectId | undefined;
  readonly currency: string;
  readonly issueDate: string;
  readonly lines: CreditNoteLine[];
}

function creditLine(line: InvoiceLine, magnitude: string): CreditNoteLine {
  const isOriginalNegative = compareAmounts(line.quantity, '0') < 0;
  const { id, ...rest } = line;
  const quantity = isOriginalNegative ? absAmount(magnitude) : negateAmount(absAmount(magnitude));
  return { ...rest, quantity, creditedLineId: id };
}

/**
 * Builds a credit note for an invoice, with each line's quantity negated. A line can never be
 * credited beyond its original quantity across all credit notes, so `alreadyCredited` must carry
 * what earlier credit notes took. Credit notes then flow like invoices, numbered by the ERP
 * (SE-VN-32, SE-VN-44).
 */
export function buildCreditNote(
  invoice: CreditableInvoice,
  request: CreditNoteRequest,
  alreadyCredited: readonly CreditedQuantity[] = [],
): Result<CreditNoteDraft, FieldError[]> {
  if (invoice.kind === 'CREDIT_NOTE') return err([fieldError('INVALID_VALUE', 'A credit note cannot be credited')]);

  const remaining = new Map<InvoiceLineId, string>();
  for (const line of invoice.lines) {
    const credited = sumAmounts(alreadyCredited.filter((c) => c.lineId === line.id).map((c) => absAmount(c.quantity)));
    const left = subtractAmount(absAmount(line.quantity), credited);
    // Over-crediting by earlier notes is a data error elsewhere; here it just leaves nothing.
    remaining.set(line.id, compareAmounts(left, '0') < 0 ? '0.00' : left);
  }
  const lineById = new Map(invoice.lines.map((line) => [line.id, line]));
  const requested = request.lines ?? invoice.lines.map((line) => ({ lineId: line.id, quantity: remaining.get(line.id) ?? '0' }));

  const errors: FieldError[] = [];
  const lines: CreditNoteLine[] = [];
  const seen = new Set<InvoiceLineId>();
  requested.forEach(({ lineId, quantity }, i) => {
    const path = ['lines', String(i)];
    const line = lineById.get(lineId);
    const left = remaining.get(lineId) ?? '0';
    if (line === undefined) {
      errors.push(fieldError('NOT_FOUND', 'The invoice has no such line', [...path, 'lineId']));
    } else if (seen.has(lineId)) {
      errors.push(fieldError('CONFLICT', 'The line is listed more than once', [...path, 'lineId']));
    } else if (request.lines !== undefined && compareAmounts(quantity, '0') <= 0) {
      errors.push(fieldError('TOO_SMALL', 'Must be more than 0', [...path, 'quantity']));
    } else if (compareAmounts(absAmount(quantity), left) > 0) {
      errors.push(fieldError('TOO_LARGE', `Cannot credit more than the ${left} left on the line`, [...path, 'quantity']));
    } else if (!isZeroAmount(quantity)) {
      lines.push(creditLine(line, quantity));
    }
    seen.add(lineId);
  });
  if (errors.length > 0) return err(errors);
  if (lines.length === 0) return err([fieldError('CONFLICT', 'The invoice is already fully credited')]);

  return ok({
    kind: 'CREDIT_NOTE',
    creditedInvoiceId: invoice.id,
    customerId: invoice.customerId,
    projectId: invoice.projectId,
    currency: invoice.currency,
    issueDate: request.issueDate,
    lines,
  });
}
