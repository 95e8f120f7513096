import { startEconomicSandbox, startFortnoxSandbox, type EconomicStore, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
const sandboxes: StartedSandbox<EconomicStore | FortnoxStore>[] = [];

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await app?.stop();
});

const CONNECT = `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { code message field } } }`;
// the query the admin's connector settings form sends for a pick-list
const PICK_LIST = `query ($id: ID!) { node(id: $id) { ... on Connection { referenceData(kind: CUSTOMER_GROUPS) { items { externalId code name isBlocked } problem { code message } } } } }`;
const SETTINGS = `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { connection { settings } errors { code message field } } }`;

async function connect(t: AdminTenant, connectorId: 'e-conomic' | 'fortnox'): Promise<{ sandbox: StartedSandbox<EconomicStore | FortnoxStore>; connectionId: string }> {
  const sandbox = connectorId === 'e-conomic' ? await startEconomicSandbox({ seedData: true, rateLimit: null }) : await startFortnoxSandbox({ seedData: true, rateLimit: null });
  sandboxes.push(sandbox);
  const res = await gql(app, CONNECT, { input: { connectorId, name: connectorId, credentials: sandbox.credentials } }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return { sandbox, connectionId: res.data.connectSystem.connection.id };
}

describe('customer groups as a settings pick-list (PV-24, X-04)', () => {
  it('should reject unauthenticated callers and show another tenant nothing', async () => {
    const owner = await tenantWithAdmin(app);
    const { connectionId } = await connect(owner, 'e-conomic');
    expect((await gql(app, PICK_LIST, { id: connectionId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await tenantWithAdmin(app);
    const res = await gql(app, PICK_LIST, { id: connectionId }, other.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toBeNull();
  });

  it('should read e-conomic\'s customer groups live, and put new customers into the group the admin picks from it', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connect(t, 'e-conomic');
    const store = sandbox.store as EconomicStore;
    store.customerGroups.set(7, { customerGroupNumber: 7, name: 'Grossister', accountNumber: 5600 });
    const res = await gql(app, PICK_LIST, { id: connectionId }, t.token);
    expect(res.data.node.referenceData.problem).toBeNull();
    expect(res.data.node.referenceData.items).toEqual([
      { externalId: '1', code: null, name: 'Indenlandske kunder', isBlocked: false },
      { externalId: '2', code: null, name: 'Udenlandske kunder', isBlocked: false },
      { externalId: '3', code: null, name: 'Offentlige kunder (EAN)', isBlocked: false },
      { externalId: '7', code: null, name: 'Grossister', isBlocked: false },
    ]);

    const picked = await gql(app, SETTINGS, { input: { connectionId, settings: { customerGroupNumber: 7 } } }, t.token);
    expect(picked.data.updateConnectionSettings).toMatchObject({ errors: [], connection: { settings: { customerGroupNumber: 7 } } });
    const customerId = await seedCustomer(app, t.apiKey, '5101', 'Grossist ApS');
    await seedInvoice(app, t.apiKey, customerId);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(store.customers.get(5101)).toMatchObject({ name: 'Grossist ApS', customerGroupNumber: 7 });
  });

  it('should say Fortnox has no customer-group list instead of failing the query', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connect(t, 'fortnox');
    const res = await gql(app, PICK_LIST, { id: connectionId }, t.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.node.referenceData).toMatchObject({ items: [], problem: { code: 'UNSUPPORTED' } });
  });
});
