import type { InvoiceDraftRecord, InvoiceLineRecord } from '../../core/records.js';
import { decimalToWire } from '../wire.js';
import { compact, type FortnoxPayload } from './payload.js';
import { fortnoxHeaderFields, fortnoxRemarks } from './to-fortnox-invoice-header.js';

export interface ToFortnoxInvoiceOptions {
  /** Article for lines without a product (the connection's `defaultArticleNumber` setting). */
  readonly defaultArticleNumber?: string;
}

function toRow(line: InvoiceLineRecord, options: ToFortnoxInvoiceOptions): FortnoxPayload {
  return compact({
    ArticleNumber: line.productNumber ?? options.defaultArticleNumber,
    Description: line.description,
    DeliveredQuantity: decimalToWire(line.quantity),
    Price: decimalToWire(line.unitPrice),
    Unit: line.unit === undefined || line.unit.trim() === '' ? undefined : line.unit,
    VAT: decimalToWire(line.vatRate),
    Discount: decimalToWire(line.discountPercent),
    DiscountType: 'PERCENT',
    Project: line.projectNumber,
  });
}

/**
 * A canonical draft as a Fortnox `Invoice` (§2.8, SE-FX-56/57). Our invoice id goes to
 * `ExternalInvoiceReference1`, so a create whose response was lost can be found again
 * (`findInvoice`) instead of being created twice. Prices are net (`VATIncluded: false`); Fortnox
 * computes the totals, which the engine compares with ours after booking.
 */
export function toFortnoxInvoice(draft: InvoiceDraftRecord, options: ToFortnoxInvoiceOptions = {}): FortnoxPayload {
  return compact({
    CustomerNumber: draft.customerNumber,
    InvoiceDate: draft.issueDate,
    DueDate: draft.dueDate,
    Currency: draft.currency,
    Project: draft.projectNumber,
    YourReference: draft.yourReference,
    Remarks: fortnoxRemarks(draft),
    ...fortnoxHeaderFields(draft),
    ExternalInvoiceReference1: draft.reference,
    VATIncluded: false,
    InvoiceRows: draft.lines.map((line) => toRow(line, options)),
  });
}
