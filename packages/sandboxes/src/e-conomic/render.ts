// The vendor's JSON for stored records: references as `{ <key>, self }` objects, booleans only
// when true, money as JSON numbers, and a `self` link on everything (vendor-apis.md §1.1).
import { AMOUNT_SCALE, toJsonNumber } from './money.js';
import type { Customer, Product, Project } from './model.js';
import type { EconomicStore } from './store.js';

export type Json = Record<string, unknown>;

/** Optional properties are left out rather than sent as null, as the vendor does. */
export function compact(obj: Json): Json {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== false));
}

const selfLinkCodes: readonly [string, string][] = [
  ['<', '_0_'], ['>', '_1_'], ['*', '_2_'], ['%', '_3_'], [':', '_4_'], ['&', '_5_'], ['/', '_6_'],
  ['\\', '_7_'], [' ', '_9_'], ['?', '_10_'], ['.', '_11_'], ['#', '_12_'], ['+', '_13_'],
];

/** e-conomic's self-link encoding for string keys (§1.2): `My Product_1` → `My_9_Product_8_1`. */
export function encodeKey(key: string): string {
  let out = key.replace(/_/g, '_8_');
  for (const [ch, code] of selfLinkCodes) out = out.split(ch).join(code);
  return encodeURIComponent(out);
}

/** The reverse, applied to an already URL-decoded path segment; a raw key passes unchanged. */
export function decodeKey(segment: string): string {
  const codes = new Map<string, string>([...selfLinkCodes.map(([ch, code]) => [code, ch] as [string, string]), ['_8_', '_']]);
  return segment.replace(/_(\d{1,2})_/g, (whole) => codes.get(whole) ?? whole);
}

export function ref(base: string, collection: string, keyName: string, key: number | string, extra: Json = {}): Json {
  const encoded = typeof key === 'string' ? encodeKey(key) : String(key);
  return { [keyName]: key, ...extra, self: `${base}/${collection}/${encoded}` };
}

export function renderCustomer(store: EconomicStore, base: string, c: Customer): Json {
  const balance = store.customerBalance(c.customerNumber);
  const self = `${base}/customers/${c.customerNumber}`;
  return compact({
    customerNumber: c.customerNumber,
    name: c.name,
    currency: c.currency,
    customerGroup: ref(base, 'customer-groups', 'customerGroupNumber', c.customerGroupNumber),
    paymentTerms: ref(base, 'payment-terms', 'paymentTermsNumber', c.paymentTermsNumber),
    vatZone: ref(base, 'vat-zones', 'vatZoneNumber', c.vatZoneNumber),
    layout: c.layoutNumber === undefined ? undefined : ref(base, 'layouts', 'layoutNumber', c.layoutNumber),
    ...c.text,
    creditLimit: c.creditLimit === undefined ? undefined : toJsonNumber(c.creditLimit),
    barred: c.barred,
    balance: toJsonNumber(balance),
    dueAmount: toJsonNumber(balance),
    lastUpdated: c.lastUpdated,
    invoices: { drafts: `${self}/invoices/drafts`, booked: `${self}/invoices/booked`, self: `${self}/invoices` },
    templates: { invoice: `${self}/templates/invoice`, self: `${self}/templates` },
    self,
  });
}

/** Product prices are held with 4 decimals (see model.ts). */
const PRICE_SCALE = 4;

export function renderProduct(store: EconomicStore, base: string, p: Product): Json {
  const unit = p.unitNumber === undefined ? undefined : store.units.get(p.unitNumber);
  const price = (v: bigint | undefined) => (v === undefined ? undefined : toJsonNumber(v, PRICE_SCALE));
  return compact({
    productNumber: p.productNumber,
    name: p.name,
    description: p.description,
    barCode: p.barCode,
    costPrice: price(p.costPrice),
    recommendedPrice: price(p.recommendedPrice),
    salesPrice: price(p.salesPrice),
    barred: p.barred,
    lastUpdated: p.lastUpdated,
    productGroup: ref(base, 'product-groups', 'productGroupNumber', p.productGroupNumber, { name: store.productGroups.get(p.productGroupNumber)?.name }),
    unit: unit ? ref(base, 'units', 'unitNumber', unit.unitNumber, { name: unit.name }) : undefined,
    self: `${base}/products/${encodeKey(p.productNumber)}`,
  });
}

export { PRICE_SCALE };

/** A Projects API project: flat numbers, no links, booleans always present (that API's style). */
export function renderProject(store: EconomicStore, p: Project): Json {
  let invoicedTotal = 0n;
  for (const invoice of store.booked.values()) if (invoice.projectNumber === p.number) invoicedTotal += invoice.netAmount;
  return Object.fromEntries(
    Object.entries({
      number: p.number,
      name: p.name,
      projectGroupNumber: p.projectGroupNumber,
      customerNumber: p.customerNumber,
      description: p.description,
      isMainProject: p.isMainProject,
      mainProjectNumber: p.mainProjectNumber,
      isBarred: p.isBarred,
      isClosed: p.isClosed,
      responsibleEmployeeNumber: p.responsibleEmployeeNumber,
      deliveryDate: p.deliveryDate,
      status: p.status,
      fixedPrice: p.fixedPrice === undefined ? undefined : toJsonNumber(p.fixedPrice, AMOUNT_SCALE),
      costPrice: 0,
      salesPrice: 0,
      invoicedTotal: toJsonNumber(invoicedTotal),
      objectVersion: p.objectVersion,
      lastUpdated: p.lastUpdated,
    }).filter(([, v]) => v !== undefined),
  );
}
