import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectFortnox, fortnoxCall, setRegisterRules, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice, seedProject } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const CUSTOMER_NUMBERS = `{ customers(first: 50) { nodes { number name } } }`;

async function ourCustomerNumbers(t: AdminTenant): Promise<string[]> {
  const res = await gql(app, CUSTOMER_NUMBERS, {}, t.apiKey);
  return res.data.customers.nodes.map((c: { number: string | null }) => c.number).sort();
}

describe('records created in Fortnox (X-06, X-12)', () => {
  it('should import customers and articles created in Fortnox after go-live, none from before, and skip non-numeric customer numbers (SE-FX-22, SE-FX-23, SE-FX-42, SE-FX-19, SE-EE-30)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '6101', 'Källan AB');
    await seedInvoice(app, t.apiKey, customerId, { currency: 'SEK' });
    const goLive = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products']);
    expect(goLive.items.filter((i) => i.direction === 'PULL')).toEqual([]);
    expect(await ourCustomerNumbers(t)).toEqual(['6101']);

    expect((await fortnoxCall(sandbox, 'POST', '/3/customers', { Customer: { CustomerNumber: '6201', Name: 'Ny i Fortnox AB', Currency: 'SEK' } })).status).toBe(201);
    expect((await fortnoxCall(sandbox, 'POST', '/3/customers', { Customer: { CustomerNumber: 'AB12', Name: 'Tredjepart AB', Currency: 'SEK' } })).status).toBe(201);
    expect((await fortnoxCall(sandbox, 'POST', '/3/articles', { Article: { ArticleNumber: 'NY-1', Description: 'Ny vara', Unit: 'st' } })).status).toBe(201);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products']);
    const pulled = run.items.filter((i) => i.direction === 'PULL');
    expect(pulled).toEqual(expect.arrayContaining([
      expect.objectContaining({ register: 'customers', outcome: 'TRANSFERRED', externalId: '6201' }),
      expect.objectContaining({ register: 'customers', outcome: 'SKIPPED', externalId: 'AB12', message: expect.stringMatching(/not numeric.*SE-FX-19/) }),
      expect.objectContaining({ register: 'products', outcome: 'TRANSFERRED', externalId: 'NY-1' }),
    ]));
    expect(pulled).toHaveLength(3);
    expect(await ourCustomerNumbers(t)).toEqual(['6101', '6201']);
    const products = await gql(app, `{ products(filter: { numbers: ["NY-1"] }) { nodes { name unit } } }`, {}, t.apiKey);
    expect(products.data.products.nodes).toEqual([{ name: 'Ny vara', unit: 'st' }]);

    // imported records are linked: nothing goes back, nothing is imported twice
    const quiet = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products']);
    expect(quiet.counts).toMatchObject({ transferred: 0, updated: 0, failed: 0 });
  });

  it('should import every active Fortnox customer with Fortnox as master and "transfer all customers" on, and send none of ours (SE-FX-37, SE-FX-38, SE-FX-40, SE-FX-12)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    // Fortnox is the master, so "all" copies Fortnox's customers here, not our prospect there
    await gql(app, `mutation { upsertCustomer(input: { number: "7777", name: "Emne AB", isProspect: true }) { errors { message } } }`, {}, t.apiKey);
    await setRegisterRules(app, t, connectionId, { customerMaster: 'ERP', transferAllCustomers: true });
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual(expect.arrayContaining([expect.objectContaining({ direction: 'PUSH', outcome: 'SKIPPED', message: expect.stringContaining('SE-FX-14') })]));
    expect(sandbox.store.customers.has('7777')).toBe(false);
    expect(run.items.filter((i) => i.outcome === 'TRANSFERRED').map((i) => i.externalId).sort()).toEqual(['1', '2', '3', '4']);
    expect(run.items).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'SKIPPED', externalId: '5', message: expect.stringContaining('inactive') })]));
    expect(await ourCustomerNumbers(t)).toEqual(['1', '2', '3', '4', '7777']);
    const rules = (await gql(app, `{ connections { rules } }`, {}, t.token)).data.connections[0].rules.registers;
    expect(rules).toMatchObject({ customerMaster: 'ERP', transferAllCustomers: false });
  });

  it('should not send a customer without a number where the source numbers customers (X-08)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    const before = sandbox.store.customers.size;
    await gql(app, `mutation { upsertCustomer(input: { name: "Utan Nummer AB" }) { errors { message } } }`, {}, t.apiKey);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual([expect.objectContaining({ outcome: 'SKIPPED', message: expect.stringContaining('numbers customers in the source (X-08)') })]);
    expect(sandbox.store.customers.size).toBe(before);
  });
});

describe('projects in Fortnox (X-07)', () => {
  it('should leave a project closed in the source as it is in Fortnox (SE-FX-30)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '6301');
    await seedInvoice(app, t.apiKey, customerId, { currency: 'SEK' });
    const projectId = await seedProject(app, t.apiKey, '9301', customerId);
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'projects']);
    expect(sandbox.store.projects.get('9301')?.fields['Status']).toBe('ONGOING');
    await gql(app, `mutation ($id: ID!) { upsertProject(input: { id: $id, isActive: false }) { errors { message } } }`, { id: projectId }, t.apiKey);
    const run = await runAndWait(app, t.apiKey, connectionId, ['projects']);
    expect(run.items).toEqual([expect.objectContaining({ register: 'projects', outcome: 'SKIPPED', message: expect.stringContaining('SE-FX-30') })]);
    expect(sandbox.store.projects.get('9301')?.fields['Status']).toBe('ONGOING');
  });

  it('should send no project when projects are not transferred, and invoices without their project (SE-FX-31)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    await setRegisterRules(app, t, connectionId, { transferProjects: false });
    const customerId = await seedCustomer(app, t.apiKey, '6401');
    const projectId = await seedProject(app, t.apiKey, '9401', customerId);
    const invoice = await seedInvoice(app, t.apiKey, customerId, { currency: 'SEK', projectId });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'projects', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(run.items).toEqual(expect.arrayContaining([expect.objectContaining({ register: 'projects', outcome: 'SKIPPED', message: expect.stringContaining('SE-FX-31') })]));
    expect(sandbox.store.projects.has('9401')).toBe(false);
    const number = (await gql(app, `query ($id: ID!) { invoice(id: $id) { number } }`, { id: invoice.id }, t.apiKey)).data.invoice.number;
    const sent = sandbox.store.invoices.get(Number(number));
    expect(sent?.header['CustomerNumber']).toBe('6401');
    expect(sent?.header['Project'] ?? '').toBe('');
  });
});
