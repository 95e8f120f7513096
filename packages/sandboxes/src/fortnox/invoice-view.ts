import type { SandboxRequest } from '../core/router.js';
import { oreToNumber, toJsonNumber } from './decimal.js';
import { resourceUrl } from './listing.js';
import type { InvoiceRow, StoredInvoice } from './store.js';

function rowView(row: InvoiceRow): Record<string, unknown> {
  return {
    RowId: row.rowId,
    ArticleNumber: row.articleNumber ?? '',
    Description: row.description ?? '',
    DeliveredQuantity: toJsonNumber(row.quantity, 4),
    Price: toJsonNumber(row.price, 4),
    Unit: row.unit ?? '',
    VAT: toJsonNumber(row.vat, 2),
    Discount: toJsonNumber(row.discount, 2),
    DiscountType: row.discountType,
    Project: row.project ?? '',
    CostCenter: row.costCenter ?? '',
    AccountNumber: row.accountNumber ?? null,
    Total: oreToNumber(row.total),
    TotalExcludingVAT: oreToNumber(row.total),
  };
}

/**
 * Fields an invoice list returns (InvoiceSubset, F1). Numbers that Fortnox returns as strings
 * (DocumentNumber, per the §2.8 example) stay strings.
 */
export function invoiceSubsetView(req: SandboxRequest, invoice: StoredInvoice): Record<string, unknown> {
  const h = invoice.header;
  return {
    '@url': resourceUrl(req, `invoices/${invoice.documentNumber}`),
    Balance: oreToNumber(invoice.balance),
    Booked: invoice.booked,
    Cancelled: invoice.cancelled,
    CostCenter: h.CostCenter ?? '',
    Currency: h.Currency,
    CurrencyRate: h.CurrencyRate ?? 1,
    CustomerName: h.CustomerName ?? '',
    CustomerNumber: h.CustomerNumber,
    DocumentNumber: String(invoice.documentNumber),
    DueDate: h.DueDate,
    ExternalInvoiceReference1: h.ExternalInvoiceReference1 ?? '',
    ExternalInvoiceReference2: h.ExternalInvoiceReference2 ?? '',
    FinalPayDate: invoice.finalPayDate ?? null,
    InvoiceDate: h.InvoiceDate,
    InvoiceType: h.InvoiceType,
    OCR: invoice.ocr,
    Project: h.Project ?? '',
    Sent: false,
    TermsOfPayment: h.TermsOfPayment ?? '',
    Total: oreToNumber(invoice.totals.total),
  };
}

/** The full invoice as `GET /3/invoices/{DocumentNumber}` returns it (§2.8). */
export function invoiceView(req: SandboxRequest, invoice: StoredInvoice): Record<string, unknown> {
  const t = invoice.totals;
  return {
    ...invoice.header,
    ...invoiceSubsetView(req, invoice),
    Credit: invoice.credit,
    // "0" when there is none, the way Fortnox fills reference fields (§10 ❓).
    CreditInvoiceReference: String(invoice.creditInvoiceReference ?? 0),
    InvoiceReference: String(invoice.invoiceReference ?? 0),
    Gross: oreToNumber(t.gross),
    Net: oreToNumber(t.net),
    TotalVAT: oreToNumber(t.vat),
    RoundOff: oreToNumber(t.roundOff),
    Total: oreToNumber(t.total),
    TotalToPay: oreToNumber(invoice.balance),
    VoucherNumber: invoice.voucherNumber ?? null,
    VoucherSeries: invoice.voucherNumber === undefined ? null : 'B',
    VoucherYear: invoice.voucherNumber === undefined ? null : Number(String(invoice.header.InvoiceDate).slice(0, 4)),
    InvoiceRows: invoice.rows.map(rowView),
  };
}
