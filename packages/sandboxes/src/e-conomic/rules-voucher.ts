// Journal voucher rules (vendor-apis.md §1.11): supplier invoices (→ project costs), customer
// payments (lower a booked invoice's remainder) and finance vouchers.
import { AMOUNT_SCALE } from './money.js';
import type { VoucherEntry, VoucherEntryType } from './model.js';
import { dateProp, decimalProp, integerProp, isObject, numericRef, rejectNulls, required, stringProp, type JsonBody, type PathSegment, type Violations } from './rules.js';
import { economicCodes, listHint } from './style.js';
import type { EconomicStore } from './store.js';

export interface VoucherInput {
  readonly accountingYear: string;
  readonly entries: readonly Omit<VoucherEntry, 'entryNumber'>[];
}

const entryKinds: Readonly<Record<string, VoucherEntryType>> = {
  customerPayments: 'customerPayment',
  supplierInvoices: 'supplierInvoice',
  financeVouchers: 'financeVoucher',
};

function accountRef(store: EconomicStore, body: JsonBody, path: readonly PathSegment[], v: Violations, isRequired = false): number | undefined {
  const n = numericRef(body, { path, keyName: 'accountNumber', collection: 'accounts', exists: (k) => store.accounts.has(k), isRequired }, v);
  if (n !== undefined && store.accounts.get(n)?.barred) {
    // The captured production message for a barred account (vendor-apis.md §1.3).
    v.add(path, { message: 'Account(s) is not found or barred.', code: economicCodes.accountOrPeriodBarred, inputValue: String(n), hint: 'You must provide an accessible account.' });
    return undefined;
  }
  return n;
}

function parseEntry(store: EconomicStore, year: string | undefined, kind: VoucherEntryType, raw: unknown, path: PathSegment[], v: Violations): Omit<VoucherEntry, 'entryNumber'> | undefined {
  if (!isObject(raw)) {
    v.add(path, { message: 'Each entry must be an object.', code: economicCodes.invalidValue });
    return undefined;
  }
  const at = (prop: string) => [...path, prop];
  const date = dateProp(raw, at('date'), v, true);
  const range = year === undefined ? undefined : store.accountingYears.get(year);
  if (date !== undefined && range && (date < range.fromDate || date > range.toDate)) {
    v.add(at('date'), { message: `The date is outside the accounting year ${year ?? ''}.`, code: economicCodes.accountOrPeriodBarred, inputValue: date });
  }
  const amount = decimalProp(raw, at('amount'), v, AMOUNT_SCALE, true);
  const text = stringProp(raw, at('text'), v, { max: 250 });
  let currency: string | undefined;
  if (isObject(raw.currency)) currency = stringProp(raw.currency, [...at('currency'), 'code'], v, { max: 3 });
  if (currency !== undefined && !store.currencies.has(currency)) v.add(at('currency'), { message: 'currency does not exist.', code: economicCodes.doesNotExist, inputValue: currency, hint: listHint('currencies') });
  const contraAccountNumber = accountRef(store, raw, at('contraAccount'), v);
  const projectNumber = numericRef(raw, { path: at('project'), keyName: 'projectNumber', collection: 'projects', exists: (n) => store.projects.has(n) }, v);
  if (projectNumber !== undefined && (store.projects.get(projectNumber)?.isClosed || store.projects.get(projectNumber)?.isBarred)) {
    v.add(at('project'), { message: `Project ${projectNumber} is closed or barred and cannot take entries.`, code: economicCodes.invalidValue, inputValue: projectNumber });
  }
  const employeeNumber = isObject(raw.employee) ? integerProp(raw.employee, [...at('employee'), 'employeeNumber'], v, { min: 1, max: 999_999 }) : undefined;
  const common = { entryType: kind, ...(text === undefined ? {} : { text }), ...(contraAccountNumber === undefined ? {} : { contraAccountNumber }), ...(projectNumber === undefined ? {} : { projectNumber }), ...(employeeNumber === undefined ? {} : { employeeNumber }) };

  if (kind === 'customerPayment') {
    const customerNumber = numericRef(raw, { path: at('customer'), keyName: 'customerNumber', collection: 'customers', exists: (n) => store.customers.has(n), isRequired: true }, v);
    const customerInvoice = integerProp(raw, at('customerInvoice'), v, { min: 1, max: 999_999_999 });
    const invoice = customerInvoice === undefined ? undefined : store.booked.get(customerInvoice);
    if (customerInvoice !== undefined && (!invoice || (customerNumber !== undefined && invoice.customerNumber !== customerNumber))) {
      v.add(at('customerInvoice'), { message: `Booked invoice ${customerInvoice} does not exist for this customer.`, code: economicCodes.doesNotExist, inputValue: customerInvoice, hint: listHint('invoices/booked') });
    }
    if (date === undefined || amount === undefined || customerNumber === undefined) return undefined;
    return { ...common, date, amount, currency: currency ?? store.customers.get(customerNumber)?.currency ?? 'DKK', customerNumber, ...(customerInvoice === undefined ? {} : { customerInvoice }) };
  }
  if (kind === 'supplierInvoice') {
    const supplierNumber = numericRef(raw, { path: at('supplier'), keyName: 'supplierNumber', collection: 'suppliers', exists: (n) => store.suppliers.has(n), isRequired: true }, v);
    const supplierInvoiceNumber = stringProp(raw, at('supplierInvoiceNumber'), v, { max: 30 });
    const dueDate = dateProp(raw, at('dueDate'), v);
    let contraVatCode: string | undefined;
    if (isObject(raw.contraVatAccount)) {
      contraVatCode = stringProp(raw.contraVatAccount, [...at('contraVatAccount'), 'vatCode'], v, { max: 5 });
      if (contraVatCode !== undefined && !store.vatAccounts.has(contraVatCode)) v.add(at('contraVatAccount'), { message: 'contraVatAccount does not exist.', code: economicCodes.doesNotExist, inputValue: contraVatCode, hint: listHint('vat-accounts') });
    }
    if (date === undefined || amount === undefined || supplierNumber === undefined) return undefined;
    return {
      ...common, date, amount, currency: currency ?? store.suppliers.get(supplierNumber)?.currency ?? 'DKK', supplierNumber,
      ...(supplierInvoiceNumber === undefined ? {} : { supplierInvoiceNumber }), ...(dueDate === undefined ? {} : { dueDate }), ...(contraVatCode === undefined ? {} : { contraVatCode }),
    };
  }
  const accountNumber = accountRef(store, raw, at('account'), v, true);
  if (date === undefined || amount === undefined || accountNumber === undefined) return undefined;
  return { ...common, date, amount, currency: currency ?? 'DKK', accountNumber };
}

/** Validates one voucher posted to `journalNumber`. */
export function parseVoucher(store: EconomicStore, journalNumber: number, body: JsonBody, v: Violations): VoucherInput | undefined {
  rejectNulls(body, v);
  let year: string | undefined;
  if (!isObject(body.accountingYear)) required(v, ['accountingYear']);
  else {
    year = stringProp(body.accountingYear, ['accountingYear', 'year'], v, { max: 9, isRequired: true });
    if (year !== undefined && !store.accountingYears.has(year)) {
      v.add(['accountingYear'], { message: 'accountingYear does not exist.', code: economicCodes.doesNotExist, inputValue: year, hint: listHint('accounting-years') });
      year = undefined;
    }
  }
  const journal = numericRef(body, { path: ['journal'], keyName: 'journalNumber', collection: 'journals', exists: (n) => store.journals.has(n) }, v);
  if (journal !== undefined && journal !== journalNumber) {
    v.add(['journal'], { message: 'The journal in the body does not match the journal in the URL.', code: economicCodes.invalidValue, inputValue: journal });
  }
  const entries: Omit<VoucherEntry, 'entryNumber'>[] = [];
  if (!isObject(body.entries)) required(v, ['entries']);
  else {
    for (const [group, list] of Object.entries(body.entries)) {
      const kind = entryKinds[group];
      if (kind === undefined) {
        v.add(['entries', group], { message: `The sandbox does not support ${group} entries.`, code: economicCodes.invalidValue, hint: 'Supported: customerPayments, supplierInvoices, financeVouchers.' });
        continue;
      }
      if (!Array.isArray(list)) {
        v.add(['entries', group], { message: `Property ${group} must be an array.`, code: economicCodes.invalidValue });
        continue;
      }
      const restrictedTo = store.journals.get(journalNumber)?.entryTypeRestrictedTo;
      if (restrictedTo !== undefined && restrictedTo !== kind) {
        // a journal set up for one kind of voucher refuses the others (RB-27: financial vouchers)
        v.add(['entries', group], { message: `Journal ${journalNumber} only accepts ${restrictedTo} entries.`, code: economicCodes.invalidValue, hint: 'Choose a journal that accepts this entry type.' });
        continue;
      }
      list.forEach((raw, i) => {
        const entry = parseEntry(store, year, kind, raw, ['entries', group, i], v);
        if (entry) entries.push(entry);
      });
    }
    if (entries.length === 0 && v.isEmpty) v.add(['entries'], { message: 'A voucher needs at least one entry.', code: economicCodes.required });
  }
  if (!v.isEmpty || year === undefined) return undefined;
  return { accountingYear: year, entries };
}
