import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import { startEconomicSandbox } from './index.js';
import type { EconomicStore } from './store.js';
import { testClient } from './testing/test-client.js';

let sandbox: StartedSandbox<EconomicStore>;
let clock = new Date('2024-05-01T10:00:00Z');
beforeEach(async () => {
  clock = new Date('2024-05-01T10:00:00Z');
  sandbox = await startEconomicSandbox({ now: () => clock });
});
afterEach(async () => {
  await sandbox.stop();
});

type Page = { collection: Record<string, unknown>[]; pagination: Record<string, unknown>; self: string };
const page = (body: unknown) => body as Page;

describe('e-conomic sandbox collections', () => {
  it('should page with 0-based skippages and link first, next and last pages', async () => {
    const reply = await testClient(sandbox).get('/customers?skippages=1&pagesize=2');
    const { collection, pagination, self } = page(reply.body);
    expect(collection.map((c) => c.customerNumber)).toEqual([103, 104]);
    expect(pagination).toMatchObject({ maxPageSizeAllowed: 1000, skipPages: 1, pageSize: 2, results: 5, resultsWithoutFilter: 5 });
    expect(pagination.firstPage).toBe(`${sandbox.baseUrl}/customers?skippages=0&pagesize=2`);
    expect(pagination.nextPage).toBe(`${sandbox.baseUrl}/customers?skippages=2&pagesize=2`);
    expect(pagination.previousPage).toBe(`${sandbox.baseUrl}/customers?skippages=0&pagesize=2`);
    expect(pagination.lastPage).toBe(`${sandbox.baseUrl}/customers?skippages=2&pagesize=2`);
    expect(self).toBe(`${sandbox.baseUrl}/customers?skippages=1&pagesize=2`);
  });

  it('should leave nextPage out on the last page and previousPage out on the first', async () => {
    const last = page((await testClient(sandbox).get('/customers?skippages=2&pagesize=2')).body).pagination;
    expect(last).not.toHaveProperty('nextPage');
    const first = page((await testClient(sandbox).get('/customers')).body).pagination;
    expect(first).not.toHaveProperty('previousPage');
    expect(first.pageSize).toBe(20);
  });

  it('should give every item a self link that answers', async () => {
    const { collection } = page((await testClient(sandbox).get('/products')).body);
    const hour = collection.find((p) => p.productNumber === 'HOUR');
    expect(hour?.self).toBe(`${sandbox.baseUrl}/products/HOUR`);
    const single = await testClient(sandbox).get(String(hour?.self).replace(sandbox.baseUrl, ''));
    expect(single.body).toMatchObject({ productNumber: 'HOUR', salesPrice: 650, costPrice: 300, unit: { unitNumber: 2, name: 'timer' } });
  });

  it('should refuse a pagesize over 1000 and a negative skippages', async () => {
    const over = await testClient(sandbox).get('/customers?pagesize=1001');
    expect(over.status).toBe(400);
    expect(over.body.httpStatusCode).toBe(400);
    expect((await testClient(sandbox).get('/customers?skippages=-1')).status).toBe(400);
  });

  it('should filter with $eq case-insensitively and keep the filter in the links', async () => {
    const reply = await testClient(sandbox).get(`/customers?filter=${encodeURIComponent('name$eq:brdr. olsen i/s')}&pagesize=1`);
    const { collection, pagination } = page(reply.body);
    expect(collection.map((c) => c.customerNumber)).toEqual([105]);
    expect(pagination).toMatchObject({ results: 1, resultsWithoutFilter: 5 });
    expect(String(pagination.firstPage)).toContain('filter=name%24eq%3Abrdr.+olsen+i%2Fs');
  });

  it('should filter on lastUpdated with $gt and $gte for incremental sync', async () => {
    clock = new Date('2024-06-01T08:00:00Z');
    await testClient(sandbox).put('/customers/102', { name: 'Vestergaard Ejendomme A/S', currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 4 }, vatZone: { vatZoneNumber: 1 } });
    const gt = page((await testClient(sandbox).get(`/customers?filter=${encodeURIComponent('lastUpdated$gt:2024-05-01T10:00:00Z')}`)).body);
    expect(gt.collection.map((c) => c.customerNumber)).toEqual([102]);
    const gte = page((await testClient(sandbox).get(`/customers?filter=${encodeURIComponent('lastUpdated$gte:2024-05-01T10:00:00Z')}`)).body);
    expect(gte.collection).toHaveLength(5);
  });

  it('should combine predicates with $and: and $or:, and honour parentheses', async () => {
    const and = page((await testClient(sandbox).get(`/customers?filter=${encodeURIComponent('currency$eq:DKK$and:customerGroup.customerGroupNumber$eq:1$and:city$like:aarhus*')}`)).body);
    expect(and.collection.map((c) => c.customerNumber)).toEqual([101]);
    const or = page((await testClient(sandbox).get(`/customers?filter=${encodeURIComponent('currency$eq:EUR$or:(customerNumber$in:[101,105]$and:city$like:odense)')}`)).body);
    expect(or.collection.map((c) => c.customerNumber)).toEqual([104, 105]);
  });

  it('should refuse a filter on a property that is not filterable', async () => {
    const reply = await testClient(sandbox).get(`/customers?filter=${encodeURIComponent('balance$gt:0')}`);
    expect(reply.status).toBe(400);
    expect(String(reply.body.message)).toContain('balance');
  });

  it('should sort descending with a minus prefix', async () => {
    const { collection } = page((await testClient(sandbox).get('/customers?sort=-customerNumber&pagesize=2')).body);
    expect(collection.map((c) => c.customerNumber)).toEqual([105, 104]);
  });

  it('should list the reference data a writer needs', async () => {
    const client = testClient(sandbox);
    for (const [path, key] of [['/customer-groups', 'customerGroupNumber'], ['/vat-zones', 'vatZoneNumber'], ['/payment-terms', 'paymentTermsNumber'], ['/layouts', 'layoutNumber'], ['/product-groups', 'productGroupNumber'], ['/units', 'unitNumber']] as const) {
      const { collection } = page((await client.get(path)).body);
      expect(collection.length, path).toBeGreaterThan(0);
      expect(collection[0], path).toHaveProperty(key);
      expect(String(collection[0]?.self), path).toContain(`${path}/`);
    }
    const zones = page((await client.get('/vat-zones')).body).collection.map((z) => z.name);
    expect(zones).toEqual(['Domestic', 'EU', 'Abroad', 'Domestic exempt']);
  });
});
