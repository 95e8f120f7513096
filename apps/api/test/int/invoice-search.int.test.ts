import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { createTenant, gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const SEARCH = `query ($search: String!) { invoices(first: 50, filter: { search: $search }) { nodes { id sourceNumber customer { name } } } }`;

async function search(key: string, term: string): Promise<{ id: string; sourceNumber: string | null; customer: { name: string } }[]> {
  const res = await gql(app, SEARCH, { search: term }, key);
  expect(res.errors).toBeUndefined();
  return res.data.invoices.nodes;
}

describe('invoices search filter: number, source number, reference, customer name (issue #6 dry-run sample)', () => {
  it('should find invoices by the customer\'s name and by the source number, only the tenant\'s own', async () => {
    const a = await createTenant(app);
    const b = await createTenant(app);
    const aarhus = await seedInvoice(app, a.apiKey, await seedCustomer(app, a.apiKey, '2001', 'Aarhus Tømrer ApS'));
    const odense = await seedInvoice(app, a.apiKey, await seedCustomer(app, a.apiKey, '2002', 'Odense VVS'), { sourceNumber: 'SRC-4711' });
    // the same customer name and source number in another tenant must never show up
    await seedInvoice(app, b.apiKey, await seedCustomer(app, b.apiKey, '2001', 'Aarhus Tømrer ApS'), { sourceNumber: 'SRC-4711' });

    expect((await search(a.apiKey, 'tømrer')).map((i) => i.id)).toEqual([aarhus.id]);
    expect((await search(a.apiKey, 'SRC-47')).map((i) => i.id)).toEqual([odense.id]);
    expect((await search(a.apiKey, '  odense ')).map((i) => i.customer.name)).toEqual(['Odense VVS']);
    expect(await search(a.apiKey, 'no such thing')).toEqual([]);
    // LIKE wildcards typed by the user are plain characters
    expect(await search(a.apiKey, '%')).toEqual([]);
    expect((await search(b.apiKey, 'Aarhus')).map((i) => i.id)).not.toContain(aarhus.id);
    expect(await search(b.apiKey, 'Odense')).toEqual([]);
  });
});
