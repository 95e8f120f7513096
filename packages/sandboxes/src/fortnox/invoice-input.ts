import type { SandboxResponse } from '../core/router.js';
import { divRound, toScaled } from './decimal.js';
import { isResponse } from './listing.js';
import { type FieldSpecs, rowTotal, swedishVatRates, validateFields } from './rules.js';
import type { FortnoxStore, InvoiceRow } from './store.js';
import { fortnoxCodes, rejected } from './style.js';

const text = (max: number) => ({ kind: 'string', max }) as const;

/** Writable invoice header fields (§2.8). Read-only fields in a request are ignored. */
export const invoiceHeaderFields: FieldSpecs = {
  CustomerNumber: { kind: 'string', max: 50, required: true },
  InvoiceDate: { kind: 'date' }, DueDate: { kind: 'date' }, DeliveryDate: { kind: 'date' },
  TermsOfPayment: text(10), Currency: text(3), CurrencyRate: { kind: 'number', scale: 6 },
  Project: text(20), CostCenter: text(6), YourReference: text(50), OurReference: text(50),
  YourOrderNumber: text(30), ExternalInvoiceReference1: text(80), ExternalInvoiceReference2: text(80),
  Remarks: text(1024), Comments: text(1024), VATIncluded: { kind: 'boolean' },
  InvoiceType: { kind: 'enum', values: ['INVOICE', 'AGREEMENTINVOICE', 'INTRESTINVOICE', 'SUMMARYINVOICE', 'CASHINVOICE'] },
  Language: { kind: 'enum', values: ['SV', 'EN'] },
  CustomerName: text(1024), Address1: text(1024), Address2: text(1024), ZipCode: text(10), City: text(1024), Country: text(50),
};

const rowFields: FieldSpecs = {
  ArticleNumber: text(50), Description: text(255), Unit: text(10), Project: text(20), CostCenter: text(6),
  DeliveredQuantity: { kind: 'number', scale: 4 }, Price: { kind: 'number', scale: 4 }, VAT: { kind: 'number', scale: 2 },
  Discount: { kind: 'number', scale: 4 }, DiscountType: { kind: 'enum', values: ['AMOUNT', 'PERCENT'] },
  AccountNumber: { kind: 'integer' },
};

function scaled(value: unknown, scale: number, fallback: bigint): bigint {
  return value === undefined ? fallback : (toScaled(value, scale) ?? fallback);
}

/** Validates and prices one row; article defaults fill Unit, VAT and Price as Fortnox does. */
function parseRow(store: FortnoxStore, raw: unknown, index: number, vatIncluded: boolean): InvoiceRow | SandboxResponse {
  if (typeof raw !== 'object' || raw === null) return rejected(`Rad ${index + 1} är ogiltig.`);
  const f = validateFields(raw as Record<string, unknown>, rowFields, false);
  if (isResponse(f)) return f;
  const articleNumber = f.ArticleNumber === undefined || f.ArticleNumber === '' ? undefined : String(f.ArticleNumber);
  const article = articleNumber === undefined ? undefined : store.articles.get(articleNumber);
  if (articleNumber !== undefined && !article) return rejected(`Artikel ${articleNumber} finns inte.`, fortnoxCodes.unknownReference);
  const unit = (f.Unit ?? article?.fields.Unit) as string | undefined;
  if (unit && !store.units.has(unit)) return rejected(`Enheten ${unit} finns inte.`, fortnoxCodes.unknownReference);
  const project = f.Project as string | undefined;
  if (project && !store.projects.has(project)) return rejected(`Projekt ${project} finns inte.`, fortnoxCodes.unknownReference);
  const vat = scaled(f.VAT ?? article?.fields.VAT, 2, 2500n);
  if (!swedishVatRates.includes(vat)) return rejected(`Ogiltig momssats på rad ${index + 1}.`);
  const discountType = (f.DiscountType ?? 'PERCENT') as 'AMOUNT' | 'PERCENT';
  // PERCENT: 1/100 of a percent; AMOUNT: öre. Both have two decimals on the wire.
  const discount = scaled(f.Discount, 2, 0n);
  if (discountType === 'PERCENT' && (discount < 0n || discount > 10_000n)) return rejected(`Ogiltig rabatt på rad ${index + 1}.`);
  const quantity = scaled(f.DeliveredQuantity, 4, 0n);
  const price = scaled(f.Price ?? article?.fields.SalesPrice, 4, 0n);
  const input = { quantity, price, discount, discountType, vat };
  let total = rowTotal(input);
  // With VATIncluded the row price is gross; Fortnox books the net part.
  if (vatIncluded) total = divRound(total * 10_000n, 10_000n + vat);
  return {
    rowId: store.nextRowId(), ...input, total, unit, project,
    ...(articleNumber === undefined ? {} : { articleNumber }),
    ...(f.Description === undefined ? (article ? { description: String(article.fields.Description) } : {}) : { description: String(f.Description) }),
    ...(f.CostCenter === undefined ? {} : { costCenter: String(f.CostCenter) }),
    ...(f.AccountNumber === undefined ? {} : { accountNumber: Number(f.AccountNumber) }),
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in Stockholm, Fortnox's default InvoiceDate. */
export function stockholmToday(now: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(now));
}

/**
 * Validates an invoice body against the registers: the customer, project, terms and every row's
 * article, unit and project must exist. `existing` is the stored header on update (partial PUT).
 */
export function parseInvoice(
  store: FortnoxStore,
  input: Record<string, unknown>,
  existing?: Record<string, unknown>,
): { header: Record<string, unknown>; rows?: InvoiceRow[] } | SandboxResponse {
  const fields = validateFields(input, invoiceHeaderFields, existing === undefined);
  if (isResponse(fields)) return fields;
  const customerNumber = String(fields.CustomerNumber ?? existing?.CustomerNumber ?? '');
  const customer = store.customers.get(customerNumber);
  if (!customer) return rejected(`Kund ${customerNumber} finns inte.`, fortnoxCodes.unknownReference);
  const c = customer.fields;
  const fromCustomer = existing ?? {
    CustomerName: c.Name, Address1: c.Address1, Address2: c.Address2, ZipCode: c.ZipCode, City: c.City,
    Currency: c.Currency ?? 'SEK', TermsOfPayment: c.TermsOfPayment ?? '30', InvoiceType: 'INVOICE', VATIncluded: false,
    InvoiceDate: stockholmToday(store.now()),
  };
  const header: Record<string, unknown> = { ...fromCustomer, ...fields };
  const terms = String(header.TermsOfPayment ?? '');
  if (terms !== '' && !store.termsOfPayment.has(terms)) return rejected(`Betalningsvillkor ${terms} finns inte.`, fortnoxCodes.unknownReference);
  header.DueDate ??= addDays(String(header.InvoiceDate), Number(terms) || 0);
  if (header.Project && !store.projects.has(String(header.Project))) return rejected(`Projekt ${String(header.Project)} finns inte.`, fortnoxCodes.unknownReference);
  if (input.InvoiceRows === undefined) return { header };
  if (!Array.isArray(input.InvoiceRows)) return rejected('InvoiceRows måste vara en lista.');
  const rows: InvoiceRow[] = [];
  for (const [i, raw] of input.InvoiceRows.entries()) {
    const row = parseRow(store, raw, i, header.VATIncluded === true);
    if (isResponse(row)) return row;
    rows.push(row);
  }
  return { header, rows };
}

/** OCR as Fortnox prints it: the document number followed by a Luhn (modulus 10) check digit. */
export function ocrFor(documentNumber: number): string {
  const digits = String(documentNumber);
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${digits}${(10 - (sum % 10)) % 10}`;
}
