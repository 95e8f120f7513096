import { toJsonNumber } from './money.js';
import type { BookedInvoice, DraftInvoice, InvoiceDocument, InvoiceLine, Voucher, VoucherEntry } from './model.js';
import { compact, ref, type Json } from './render.js';
import type { EconomicStore } from './store.js';

function renderLine(store: EconomicStore, base: string, line: InvoiceLine): Json {
  const unit = line.unitNumber === undefined ? undefined : store.units.get(line.unitNumber);
  return compact({
    lineNumber: line.lineNumber,
    sortKey: line.sortKey,
    description: line.description,
    product: line.productNumber === undefined ? undefined : ref(base, 'products', 'productNumber', line.productNumber),
    quantity: toJsonNumber(line.quantity),
    unit: unit ? ref(base, 'units', 'unitNumber', unit.unitNumber, { name: unit.name }) : undefined,
    unitNetPrice: toJsonNumber(line.unitNetPrice),
    discountPercentage: toJsonNumber(line.discountPercentage),
    unitCostPrice: line.unitCostPrice === undefined ? undefined : toJsonNumber(line.unitCostPrice),
    totalNetAmount: toJsonNumber(line.totalNetAmount),
  });
}

/** The header every draft and booked invoice shows; `withLines` for a single document. */
function renderDocument(store: EconomicStore, base: string, doc: InvoiceDocument, withLines: boolean): Json {
  const terms = store.paymentTerms.get(doc.paymentTermsNumber);
  const zone = store.vatZones.get(doc.recipient.vatZoneNumber);
  const isBaseCurrency = doc.currency === 'DKK';
  return compact({
    date: doc.date,
    currency: doc.currency,
    // Amounts in base currency are only known for DKK; the sandbox keeps no exchange rates.
    exchangeRate: isBaseCurrency ? 100 : undefined,
    netAmount: toJsonNumber(doc.netAmount),
    netAmountInBaseCurrency: isBaseCurrency ? toJsonNumber(doc.netAmount) : undefined,
    grossAmount: toJsonNumber(doc.grossAmount),
    grossAmountInBaseCurrency: isBaseCurrency ? toJsonNumber(doc.grossAmount) : undefined,
    vatAmount: toJsonNumber(doc.vatAmount),
    roundingAmount: 0,
    dueDate: doc.dueDate,
    paymentTerms: ref(base, 'payment-terms', 'paymentTermsNumber', doc.paymentTermsNumber, {
      daysOfCredit: terms?.daysOfCredit,
      name: terms?.name,
      paymentTermsType: terms?.paymentTermsType,
    }),
    customer: ref(base, 'customers', 'customerNumber', doc.customerNumber),
    recipient: compact({
      name: doc.recipient.name,
      ...doc.recipient.text,
      vatZone: ref(base, 'vat-zones', 'vatZoneNumber', doc.recipient.vatZoneNumber, {
        name: zone?.name,
        enabledForCustomer: zone?.enabledForCustomer,
        enabledForSupplier: zone?.enabledForSupplier,
      }),
    }),
    delivery: Object.keys(doc.delivery).length > 0 ? doc.delivery : undefined,
    notes: Object.keys(doc.notes).length > 0 ? doc.notes : undefined,
    references: doc.referenceOther === undefined ? undefined : { other: doc.referenceOther },
    layout: ref(base, 'layouts', 'layoutNumber', doc.layoutNumber),
    project: doc.projectNumber === undefined ? undefined : ref(base, 'projects', 'projectNumber', doc.projectNumber),
    lines: withLines ? doc.lines.map((line) => renderLine(store, base, line)) : undefined,
    lastUpdated: doc.lastUpdated,
  });
}

export function renderDraft(store: EconomicStore, base: string, draft: DraftInvoice, withLines = true): Json {
  const self = `${base}/invoices/drafts/${draft.draftInvoiceNumber}`;
  return {
    draftInvoiceNumber: draft.draftInvoiceNumber,
    ...renderDocument(store, base, draft, withLines),
    pdf: { download: `${self}/pdf` },
    templates: { bookingInstructions: `${self}/templates/booking-instructions`, self: `${self}/templates` },
    self,
  };
}

export function renderBooked(store: EconomicStore, base: string, invoice: BookedInvoice, withLines = true): Json {
  const self = `${base}/invoices/booked/${invoice.bookedInvoiceNumber}`;
  return compact({
    bookedInvoiceNumber: invoice.bookedInvoiceNumber,
    ...renderDocument(store, base, invoice, withLines),
    remainder: toJsonNumber(invoice.remainder),
    remainderInBaseCurrency: invoice.currency === 'DKK' ? toJsonNumber(invoice.remainder) : undefined,
    sent: invoice.sentBy === undefined ? undefined : `${self}/sent`,
    pdf: { download: `${self}/pdf` },
    self,
  });
}

const entryGroup: Readonly<Record<VoucherEntry['entryType'], string>> = {
  customerPayment: 'customerPayments',
  supplierInvoice: 'supplierInvoices',
  financeVoucher: 'financeVouchers',
};

function renderEntry(base: string, voucher: Voucher, entry: VoucherEntry): Json {
  return compact({
    entryType: entry.entryType,
    date: entry.date,
    dueDate: entry.dueDate,
    amount: toJsonNumber(entry.amount),
    currency: ref(base, 'currencies', 'code', entry.currency),
    text: entry.text,
    customer: entry.customerNumber === undefined ? undefined : ref(base, 'customers', 'customerNumber', entry.customerNumber),
    customerInvoice: entry.customerInvoice,
    supplier: entry.supplierNumber === undefined ? undefined : ref(base, 'suppliers', 'supplierNumber', entry.supplierNumber),
    supplierInvoiceNumber: entry.supplierInvoiceNumber,
    account: entry.accountNumber === undefined ? undefined : ref(base, 'accounts', 'accountNumber', entry.accountNumber),
    contraAccount: entry.contraAccountNumber === undefined ? undefined : ref(base, 'accounts', 'accountNumber', entry.contraAccountNumber),
    contraVatAccount: entry.contraVatCode === undefined ? undefined : ref(base, 'vat-accounts', 'vatCode', entry.contraVatCode),
    project: entry.projectNumber === undefined ? undefined : ref(base, 'projects', 'projectNumber', entry.projectNumber),
    employee: entry.employeeNumber === undefined ? undefined : ref(base, 'employees', 'employeeNumber', entry.employeeNumber),
    journal: ref(base, 'journals', 'journalNumber', voucher.journalNumber),
    voucher: { voucherNumber: voucher.voucherNumber },
    self: `${base}/journals/${voucher.journalNumber}/entries/${entry.entryNumber}`,
  });
}

export function renderVoucher(base: string, voucher: Voucher): Json {
  const entries: Record<string, Json[]> = {};
  for (const entry of voucher.entries) (entries[entryGroup[entry.entryType]] ??= []).push(renderEntry(base, voucher, entry));
  return {
    accountingYear: ref(base, 'accounting-years', 'year', voucher.accountingYear),
    journal: ref(base, 'journals', 'journalNumber', voucher.journalNumber),
    voucherNumber: voucher.voucherNumber,
    entries,
    self: `${base}/journals/${voucher.journalNumber}/vouchers/${voucher.accountingYear}-${voucher.voucherNumber}`,
  };
}

/** An entry's `amountInBaseCurrency`: only known for DKK, as the sandbox keeps no exchange rates. */
function inBaseCurrency(currency: string, amount: bigint): number | undefined {
  return currency === 'DKK' ? toJsonNumber(amount) : undefined;
}

/**
 * The booked ledger of one accounting year (`/accounting-years/:year/entries`): a
 * `customerInvoice` entry per booked invoice plus every voucher entry, as the sandbox books
 * journals at once.
 */
export function ledgerEntries(store: EconomicStore, base: string, year: string): Json[] {
  const out: Json[] = [];
  const range = store.accountingYears.get(year);
  if (!range) return out;
  const self = (n: number) => `${base}/accounting-years/${year}/entries/${n}`;
  for (const invoice of store.booked.values()) {
    if (invoice.date < range.fromDate || invoice.date > range.toDate) continue;
    out.push(compact({
      entryNumber: 100_000 + invoice.bookedInvoiceNumber,
      entryType: 'customerInvoice',
      date: invoice.date,
      amount: toJsonNumber(invoice.grossAmount),
      amountInBaseCurrency: inBaseCurrency(invoice.currency, invoice.grossAmount),
      currency: invoice.currency,
      text: `Faktura ${invoice.bookedInvoiceNumber}`,
      voucherNumber: invoice.bookedInvoiceNumber,
      customer: ref(base, 'customers', 'customerNumber', invoice.customerNumber),
      invoiceNumber: String(invoice.bookedInvoiceNumber),
      bookedInvoice: ref(base, 'invoices/booked', 'bookedInvoiceNumber', invoice.bookedInvoiceNumber),
      remainder: toJsonNumber(invoice.remainder),
      project: invoice.projectNumber === undefined ? undefined : ref(base, 'projects', 'projectNumber', invoice.projectNumber),
      self: self(100_000 + invoice.bookedInvoiceNumber),
    }));
  }
  for (const voucher of store.vouchers) {
    if (voucher.accountingYear !== year) continue;
    for (const e of voucher.entries) {
      out.push(compact({
        entryNumber: e.entryNumber,
        entryType: e.entryType,
        date: e.date,
        amount: toJsonNumber(e.amount),
        amountInBaseCurrency: inBaseCurrency(e.currency, e.amount),
        currency: e.currency,
        text: e.text,
        voucherNumber: voucher.voucherNumber,
        account: e.accountNumber === undefined ? undefined : ref(base, 'accounts', 'accountNumber', e.accountNumber),
        customer: e.customerNumber === undefined ? undefined : ref(base, 'customers', 'customerNumber', e.customerNumber),
        supplier: e.supplierNumber === undefined ? undefined : ref(base, 'suppliers', 'supplierNumber', e.supplierNumber),
        supplierInvoiceNumber: e.supplierInvoiceNumber,
        invoiceNumber: e.customerInvoice === undefined ? undefined : String(e.customerInvoice),
        project: e.projectNumber === undefined ? undefined : ref(base, 'projects', 'projectNumber', e.projectNumber),
        self: self(e.entryNumber),
      }));
    }
  }
  return out.sort((a, b) => Number(a.entryNumber) - Number(b.entryNumber));
}
