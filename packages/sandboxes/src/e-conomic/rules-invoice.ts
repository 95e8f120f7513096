// Draft invoice rules and totals (vendor-apis.md §1.9). A credit note is the same document with
// negative quantities, so it goes through the same rules.
import { AMOUNT_SCALE, lineNetAmount, vatOf } from './money.js';
import type { DraftInvoice, InvoiceLine, PaymentTerms } from './model.js';
import { decodeKey } from './render.js';
import { dateProp, decimalProp, integerProp, isObject, numericRef, rejectNulls, required, stringProp, type JsonBody, type Violations } from './rules.js';
import { economicCodes, listHint } from './style.js';
import type { EconomicStore } from './store.js';

export type DraftInput = Omit<DraftInvoice, 'draftInvoiceNumber' | 'lastUpdated'>;

/** Optional string properties of a nested object, with their vendor length limits. */
function textBlock(body: JsonBody, key: string, limits: Readonly<Record<string, number>>, v: Violations): Record<string, string> {
  const block = body[key];
  if (block === undefined) return {};
  if (!isObject(block)) {
    v.add([key], { message: `Property ${key} must be an object.`, code: economicCodes.invalidValue, inputValue: block });
    return {};
  }
  const out: Record<string, string> = {};
  for (const [field, max] of Object.entries(limits)) {
    const value = stringProp(block, [key, field], v, { max });
    if (value !== undefined && value !== '') out[field] = value;
  }
  return out;
}

function productRef(store: EconomicStore, line: JsonBody, index: number, v: Violations): string | undefined {
  const value = line.product;
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    v.add(['lines', index, 'product'], { message: 'Property product must be an object with productNumber.', code: economicCodes.invalidValue, inputValue: value });
    return undefined;
  }
  let key: unknown = value.productNumber;
  if (key === undefined && typeof value.self === 'string') {
    const m = /\/products\/([^/?]+)$/.exec(value.self);
    key = m?.[1] === undefined ? undefined : decodeKey(decodeURIComponent(m[1]));
  }
  if (typeof key !== 'string' || key === '') {
    v.add(['lines', index, 'product'], { message: 'No identifiers present on product. Please include either a self link or a productNumber.', code: economicCodes.noIdentifier, hint: listHint('products') });
    return undefined;
  }
  if (!store.products.has(key)) {
    v.add(['lines', index, 'product'], { message: 'product does not exist.', code: economicCodes.doesNotExist, inputValue: key, hint: listHint('products') });
    return undefined;
  }
  return key;
}

function parseLine(store: EconomicStore, raw: unknown, index: number, v: Violations): InvoiceLine | undefined {
  if (!isObject(raw)) {
    v.add(['lines', index, 'line'], { message: 'Each line must be an object.', code: economicCodes.invalidValue });
    return undefined;
  }
  const at = (prop: string) => ['lines', index, prop];
  const productNumber = productRef(store, raw, index, v);
  const hasProduct = raw.product !== undefined;
  const description = stringProp(raw, at('description'), v, { max: 2500 });
  const quantity = decimalProp(raw, at('quantity'), v, AMOUNT_SCALE);
  const unitNetPrice = decimalProp(raw, at('unitNetPrice'), v, AMOUNT_SCALE);
  const discountPercentage = decimalProp(raw, at('discountPercentage'), v, AMOUNT_SCALE) ?? 0n;
  const unitCostPrice = decimalProp(raw, at('unitCostPrice'), v, AMOUNT_SCALE);
  const unitNumber = numericRef(raw, { path: at('unit'), keyName: 'unitNumber', collection: 'units', exists: (n) => store.units.has(n) }, v);
  const lineNumber = integerProp(raw, at('lineNumber'), v, { min: 0, max: 999_999 }) ?? index + 1;
  const sortKey = integerProp(raw, at('sortKey'), v, { min: 0, max: 999_999 }) ?? lineNumber;
  if (hasProduct && raw.quantity === undefined) {
    v.add(at('quantity'), { message: 'Property quantity must have a value when product is set.', code: economicCodes.requiredWhenProductSet });
  }
  if (hasProduct && raw.unitNetPrice === undefined) {
    v.add(at('unitNetPrice'), { message: 'Property unitNetPrice must have a value when product is set.', code: economicCodes.requiredWhenProductSet });
  }
  if (!hasProduct && (description === undefined || description === '')) {
    v.add(at('description'), { message: 'A line without a product must have a description.', code: economicCodes.required });
  }
  if (discountPercentage < 0n || discountPercentage > 10_000n) {
    v.add(at('discountPercentage'), { message: 'Property discountPercentage must be between 0 and 100.', code: economicCodes.invalidValue, inputValue: raw.discountPercentage });
  }
  const product = productNumber === undefined ? undefined : store.products.get(productNumber);
  const money = { quantity: quantity ?? 0n, unitNetPrice: unitNetPrice ?? 0n, discountPercentage };
  const lineUnit = unitNumber ?? product?.unitNumber;
  return {
    lineNumber,
    sortKey,
    ...(productNumber === undefined ? {} : { productNumber }),
    // The vendor fills an empty description from the product, like its UI does.
    ...(description || product ? { description: description || product?.name } : {}),
    ...money,
    ...(lineUnit === undefined ? {} : { unitNumber: lineUnit }),
    ...(unitCostPrice === undefined ? {} : { unitCostPrice }),
    totalNetAmount: lineNetAmount(money),
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The due date e-conomic derives from the payment terms when none is given. */
export function dueDateFor(date: string, terms: PaymentTerms): string {
  const d = new Date(`${date}T00:00:00Z`);
  switch (terms.paymentTermsType) {
    case 'invoiceMonth':
      return addDays(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10), terms.daysOfCredit);
    case 'invoiceWeekStartingMonday':
      return addDays(date, (7 - d.getUTCDay()) % 7 + terms.daysOfCredit);
    case 'invoiceWeekStartingSunday':
      return addDays(date, 6 - d.getUTCDay() + terms.daysOfCredit);
    case 'paidInCash':
    case 'prepaid':
    case 'creditcard':
      return date;
    default:
      return addDays(date, terms.daysOfCredit);
  }
}

/**
 * Validates a draft invoice document and computes its totals: line nets rounded to 2 decimals,
 * VAT at the recipient's VAT zone rate on the summed net (domestic 25 %, EU/abroad 0 %).
 */
export function parseDraft(store: EconomicStore, body: JsonBody, v: Violations): DraftInput | undefined {
  rejectNulls(body, v);
  const currency = stringProp(body, ['currency'], v, { max: 3, isRequired: true });
  if (currency !== undefined && !store.currencies.has(currency)) {
    v.add(['currency'], { message: 'currency does not exist.', code: economicCodes.doesNotExist, inputValue: currency, hint: listHint('currencies') });
  }
  const customerNumber = numericRef(body, { path: ['customer'], keyName: 'customerNumber', collection: 'customers', exists: (n) => store.customers.has(n), isRequired: true }, v);
  const date = dateProp(body, ['date'], v, true);
  const layoutNumber = numericRef(body, { path: ['layout'], keyName: 'layoutNumber', collection: 'layouts', exists: (n) => store.layouts.has(n), isRequired: true }, v);
  const paymentTermsNumber = numericRef(body, { path: ['paymentTerms'], keyName: 'paymentTermsNumber', collection: 'payment-terms', exists: (n) => store.paymentTerms.has(n), isRequired: true }, v);
  const projectNumber = numericRef(body, { path: ['project'], keyName: 'projectNumber', collection: 'projects', exists: (n) => store.projects.has(n) }, v);
  const dueDate = dateProp(body, ['dueDate'], v);
  const terms = paymentTermsNumber === undefined ? undefined : store.paymentTerms.get(paymentTermsNumber);
  if (terms?.paymentTermsType === 'dueDate' && dueDate === undefined && body.dueDate === undefined) required(v, ['dueDate']);

  let recipientName: string | undefined;
  let vatZoneNumber: number | undefined;
  const recipient = body.recipient;
  if (recipient === undefined) required(v, ['recipient']);
  else if (!isObject(recipient)) v.add(['recipient'], { message: 'Property recipient must be an object.', code: economicCodes.invalidValue });
  else {
    recipientName = stringProp(recipient, ['recipient', 'name'], v, { max: 250, isRequired: true });
    vatZoneNumber = numericRef(recipient, { path: ['recipient', 'vatZone'], keyName: 'vatZoneNumber', collection: 'vat-zones', exists: (n) => store.vatZones.has(n), isRequired: true }, v);
  }
  const recipientText = textBlock(body, 'recipient', { address: 250, city: 250, zip: 50, country: 50, ean: 13, publicEntryNumber: 40, nemHandelType: 40 }, v);
  const notes = textBlock(body, 'notes', { heading: 250, textLine1: 1000, textLine2: 1000 }, v);
  const references = textBlock(body, 'references', { other: 250 }, v);
  const delivery = textBlock(body, 'delivery', { address: 255, city: 50, zip: 30, country: 50, deliveryTerms: 100 }, v);
  if (isObject(body.delivery) && dateProp(body.delivery, ['delivery', 'deliveryDate'], v) !== undefined) delivery.deliveryDate = String(body.delivery.deliveryDate);

  const rawLines = body.lines ?? [];
  const lines: InvoiceLine[] = [];
  if (!Array.isArray(rawLines)) v.add(['lines'], { message: 'Property lines must be an array.', code: economicCodes.invalidValue });
  else rawLines.forEach((raw, i) => {
    const line = parseLine(store, raw, i, v);
    if (line) lines.push(line);
  });

  if (!v.isEmpty || currency === undefined || customerNumber === undefined || date === undefined || layoutNumber === undefined || terms === undefined || recipientName === undefined || vatZoneNumber === undefined) return undefined;
  const netAmount = lines.reduce((sum, line) => sum + line.totalNetAmount, 0n);
  const vatAmount = vatOf(netAmount, store.vatZones.get(vatZoneNumber)?.salesVatPercent ?? 0n);
  return {
    date,
    dueDate: dueDate ?? dueDateFor(date, terms),
    currency,
    customerNumber,
    paymentTermsNumber: terms.paymentTermsNumber,
    layoutNumber,
    ...(projectNumber === undefined ? {} : { projectNumber }),
    recipient: { name: recipientName, vatZoneNumber, text: recipientText },
    notes,
    ...(references.other === undefined ? {} : { referenceOther: references.other }),
    delivery,
    lines: lines.sort((a, b) => a.sortKey - b.sortKey),
    netAmount,
    vatAmount,
    grossAmount: netAmount + vatAmount,
  };
}
