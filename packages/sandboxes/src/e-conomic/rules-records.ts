// Customer and product rules (vendor-apis.md §1.6, §1.7).
import { AMOUNT_SCALE } from './money.js';
import { customerTextFields, type Customer, type CustomerTextField, type Product } from './model.js';
import { PRICE_SCALE } from './render.js';
import {
  booleanProp,
  decimalProp,
  integerProp,
  numericRef,
  rejectNulls,
  stringProp,
  type JsonBody,
  type Violations,
} from './rules.js';
import { economicCodes, listHint } from './style.js';
import type { EconomicStore } from './store.js';

export type CustomerInput = Omit<Customer, 'customerNumber' | 'lastUpdated'> & { readonly customerNumber?: number };

/**
 * Validates a customer document (POST or the full document of a PUT). Read-only properties a
 * client echoes back from a GET (`self`, `balance`, `lastUpdated`, …) are ignored, as the
 * vendor does, so GET → modify → PUT works.
 */
export function parseCustomer(store: EconomicStore, body: JsonBody, v: Violations): CustomerInput | undefined {
  rejectNulls(body, v);
  const customerNumber = integerProp(body, ['customerNumber'], v, { min: 1, max: 999_999_999 });
  const name = stringProp(body, ['name'], v, { max: 255, isRequired: true });
  const currency = stringProp(body, ['currency'], v, { max: 3, isRequired: true });
  if (currency !== undefined && !store.currencies.has(currency)) {
    v.add(['currency'], { message: 'currency does not exist.', code: economicCodes.doesNotExist, inputValue: currency, hint: listHint('currencies') });
  }
  const customerGroupNumber = numericRef(body, {
    path: ['customerGroup'],
    keyName: 'customerGroupNumber',
    collection: 'customer-groups',
    exists: (n) => store.customerGroups.has(n),
    isRequired: true,
    // The captured vendor body for exactly this case (vendor-apis.md §1.3).
    notFound: (n) => ({ message: `CustomerGroup '${n}' not found.`, code: economicCodes.customerGroupNotFound, inputValue: n, hint: listHint('customer-groups') }),
  }, v);
  const paymentTermsNumber = numericRef(body, { path: ['paymentTerms'], keyName: 'paymentTermsNumber', collection: 'payment-terms', exists: (n) => store.paymentTerms.has(n), isRequired: true }, v);
  const vatZoneNumber = numericRef(body, { path: ['vatZone'], keyName: 'vatZoneNumber', collection: 'vat-zones', exists: (n) => store.vatZones.get(n)?.enabledForCustomer === true, isRequired: true }, v);
  const layoutNumber = numericRef(body, { path: ['layout'], keyName: 'layoutNumber', collection: 'layouts', exists: (n) => store.layouts.has(n) }, v);
  const text: Partial<Record<CustomerTextField, string>> = {};
  for (const [field, max] of Object.entries(customerTextFields) as [CustomerTextField, number][]) {
    const value = stringProp(body, [field], v, { max });
    if (value !== undefined && value !== '') text[field] = value;
  }
  if (text.pNumber !== undefined && text.pNumber.length !== 10) {
    v.add(['pNumber'], { message: 'Property pNumber must be exactly 10 characters long.', code: economicCodes.invalidValue, inputValue: text.pNumber });
  }
  const creditLimit = decimalProp(body, ['creditLimit'], v, AMOUNT_SCALE);
  const barred = booleanProp(body, ['barred'], v);
  if (!v.isEmpty || name === undefined || currency === undefined || customerGroupNumber === undefined || paymentTermsNumber === undefined || vatZoneNumber === undefined) return undefined;
  return {
    ...(customerNumber === undefined ? {} : { customerNumber }),
    name,
    currency,
    customerGroupNumber,
    paymentTermsNumber,
    vatZoneNumber,
    ...(layoutNumber === undefined ? {} : { layoutNumber }),
    text,
    ...(creditLimit === undefined ? {} : { creditLimit }),
    barred: barred ?? false,
  };
}

export type ProductInput = Omit<Product, 'lastUpdated' | 'productNumber'> & { readonly productNumber?: string };

/** Validates a product document; `productNumber` is required on POST only (the PUT has it in the URL). */
export function parseProduct(store: EconomicStore, body: JsonBody, v: Violations, isCreate: boolean): ProductInput | undefined {
  rejectNulls(body, v);
  const productNumber = stringProp(body, ['productNumber'], v, { max: 25, isRequired: isCreate });
  const name = stringProp(body, ['name'], v, { max: 300, isRequired: true });
  const productGroupNumber = numericRef(body, { path: ['productGroup'], keyName: 'productGroupNumber', collection: 'product-groups', exists: (n) => store.productGroups.has(n), isRequired: true }, v);
  const description = stringProp(body, ['description'], v, { max: 500 });
  const barCode = stringProp(body, ['barCode'], v, { max: 50 });
  const salesPrice = decimalProp(body, ['salesPrice'], v, PRICE_SCALE);
  const costPrice = decimalProp(body, ['costPrice'], v, PRICE_SCALE);
  const recommendedPrice = decimalProp(body, ['recommendedPrice'], v, PRICE_SCALE);
  const unitNumber = numericRef(body, { path: ['unit'], keyName: 'unitNumber', collection: 'units', exists: (n) => store.units.has(n) }, v);
  const barred = booleanProp(body, ['barred'], v);
  if (!v.isEmpty || name === undefined || productGroupNumber === undefined) return undefined;
  const optional = { productNumber, description, barCode, salesPrice, costPrice, recommendedPrice, unitNumber };
  return {
    ...(Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined && value !== '')) as Partial<ProductInput>),
    name,
    productGroupNumber,
    barred: barred ?? false,
  };
}
