// /customers and /products (vendor-apis.md §1.6, §1.7): POST creates (201 + full document), PUT
// replaces the whole document, DELETE answers 204. The URL key is immutable.
import type { Router, SandboxResponse } from '../core/router.js';
import { collectionResponse } from './collection.js';
import { changed, created, endpoint, intParam, objectBody } from './http.js';
import { decodeKey, renderCustomer, renderProduct } from './render.js';
import { parseCustomer, parseProduct } from './rules-records.js';
import { Violations } from './rules.js';
import { economicCodes, economicError, notFound } from './style.js';
import type { EconomicStore } from './store.js';

const customerFilterable = [
  'customerNumber', 'name', 'currency', 'email', 'corporateIdentificationNumber', 'vatNumber', 'ean', 'city', 'zip', 'country',
  'telephoneAndFaxNumber', 'mobilePhone', 'barred', 'lastUpdated', 'customerGroup.customerGroupNumber', 'vatZone.vatZoneNumber',
];
const productFilterable = ['productNumber', 'name', 'description', 'barCode', 'salesPrice', 'costPrice', 'barred', 'lastUpdated', 'productGroup.productGroupNumber'];

function keyConflict(path: string, message: string, inputValue: unknown, code: string): SandboxResponse {
  const v = new Violations();
  v.add([path], { message, code, inputValue });
  return v.response();
}

function inUse(what: string): SandboxResponse {
  return economicError({ status: 400, message: `${what} is in use and cannot be deleted.`, errorCode: economicCodes.invalidValue, developerHint: 'Bar the record instead of deleting it.' });
}

export function mountRecordRoutes(router: Router, store: EconomicStore): void {
  router.on('GET', '/customers', endpoint(store, (req, { base }) =>
    collectionResponse(req, base, [...store.customers.values()].sort((a, b) => a.customerNumber - b.customerNumber).map((c) => renderCustomer(store, base, c)), { path: '/customers', filterable: customerFilterable }),
  ));

  router.on('POST', '/customers', endpoint(store, (req, { base }) => {
    const parsed = objectBody(req);
    if ('refused' in parsed) return parsed.refused;
    const v = new Violations();
    const input = parseCustomer(store, parsed.body, v);
    if (!input) return v.response();
    if (input.customerNumber !== undefined && store.customers.has(input.customerNumber)) {
      return keyConflict('customerNumber', `Customer number ${input.customerNumber} is already in use.`, input.customerNumber, economicCodes.alreadyInUse);
    }
    // Left out, the number is assigned by e-conomic (PV-26).
    const customer = { ...input, customerNumber: input.customerNumber ?? store.nextCustomerNumber(), lastUpdated: store.timestamp() };
    store.customers.set(customer.customerNumber, customer);
    return created(renderCustomer(store, base, customer));
  }));

  router.on('GET', '/customers/:customerNumber', endpoint(store, (req, { base }) => {
    const customer = store.customers.get(intParam(req, 'customerNumber') ?? -1);
    return customer ? { status: 200, body: renderCustomer(store, base, customer) } : notFound(`Customer '${req.params.customerNumber ?? ''}'`);
  }));

  router.on('PUT', '/customers/:customerNumber', endpoint(store, (req, { base }) => {
    const number = intParam(req, 'customerNumber') ?? -1;
    if (!store.customers.has(number)) return notFound(`Customer '${req.params.customerNumber ?? ''}'`);
    const parsed = objectBody(req);
    if ('refused' in parsed) return parsed.refused;
    const v = new Violations();
    const input = parseCustomer(store, parsed.body, v);
    if (!input) return v.response();
    // The number is the resource's key; e-conomic cannot renumber a customer (PV-25).
    if (input.customerNumber !== undefined && input.customerNumber !== number) {
      return keyConflict('customerNumber', 'The customer number cannot be changed.', input.customerNumber, economicCodes.immutable);
    }
    const customer = { ...input, customerNumber: number, lastUpdated: store.timestamp() };
    store.customers.set(number, customer);
    return changed(renderCustomer(store, base, customer));
  }));

  router.on('DELETE', '/customers/:customerNumber', endpoint(store, (req) => {
    const number = intParam(req, 'customerNumber') ?? -1;
    if (!store.customers.has(number)) return notFound(`Customer '${req.params.customerNumber ?? ''}'`);
    const documents = [...store.drafts.values(), ...store.booked.values()];
    if (documents.some((d) => d.customerNumber === number)) return inUse(`Customer ${number}`);
    store.customers.delete(number);
    return changed(undefined, 204);
  }));

  router.on('GET', '/products', endpoint(store, (req, { base }) =>
    collectionResponse(req, base, [...store.products.values()].sort((a, b) => (a.productNumber < b.productNumber ? -1 : 1)).map((p) => renderProduct(store, base, p)), { path: '/products', filterable: productFilterable }),
  ));

  router.on('POST', '/products', endpoint(store, (req, { base }) => {
    const parsed = objectBody(req);
    if ('refused' in parsed) return parsed.refused;
    const v = new Violations();
    const input = parseProduct(store, parsed.body, v, true);
    if (!input?.productNumber) return v.response();
    if (store.products.has(input.productNumber)) {
      return keyConflict('productNumber', `Product number '${input.productNumber}' is already in use.`, input.productNumber, economicCodes.alreadyInUse);
    }
    const product = { ...input, productNumber: input.productNumber, lastUpdated: store.timestamp() };
    store.products.set(product.productNumber, product);
    return created(renderProduct(store, base, product));
  }));

  const productKey = (param: string | undefined): string => decodeKey(param ?? '');

  router.on('GET', '/products/:productNumber', endpoint(store, (req, { base }) => {
    const product = store.products.get(productKey(req.params.productNumber));
    return product ? { status: 200, body: renderProduct(store, base, product) } : notFound(`Product '${productKey(req.params.productNumber)}'`);
  }));

  router.on('PUT', '/products/:productNumber', endpoint(store, (req, { base }) => {
    const key = productKey(req.params.productNumber);
    if (!store.products.has(key)) return notFound(`Product '${key}'`);
    const parsed = objectBody(req);
    if ('refused' in parsed) return parsed.refused;
    const v = new Violations();
    const input = parseProduct(store, parsed.body, v, false);
    if (!input) return v.response();
    if (input.productNumber !== undefined && input.productNumber !== key) {
      return keyConflict('productNumber', 'The product number cannot be changed.', input.productNumber, economicCodes.immutable);
    }
    const product = { ...input, productNumber: key, lastUpdated: store.timestamp() };
    store.products.set(key, product);
    return changed(renderProduct(store, base, product));
  }));

  router.on('DELETE', '/products/:productNumber', endpoint(store, (req) => {
    const key = productKey(req.params.productNumber);
    if (!store.products.has(key)) return notFound(`Product '${key}'`);
    const documents = [...store.drafts.values(), ...store.booked.values()];
    if (documents.some((d) => d.lines.some((l) => l.productNumber === key))) return inUse(`Product '${key}'`);
    store.products.delete(key);
    return changed(undefined, 204);
  }));
}
