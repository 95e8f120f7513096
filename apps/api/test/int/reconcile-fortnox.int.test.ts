import { startFortnoxSandbox, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { compareAll, DECIDE, INITIAL, initialSyncDone, START_INITIAL, type Row } from '../reconcile-helpers.js';
import { RUN, runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
let fortnox: StartedSandbox<FortnoxStore>;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await fortnox?.stop();
});
afterAll(async () => {
  await app?.stop();
});

/**
 * A Fortnox company of its own per test (imports and pushes change it): the demo company with
 * customers 1-5 (5, Hemrenovering Väst HB, inactive); articles MONT, PROJL, RESA, ROR15, FIKA,
 * HANDBOK; units st, tim, km, kg, dag.
 */
async function connect(t: AdminTenant): Promise<string> {
  fortnox = await startFortnoxSandbox({ seedData: true, rateLimit: null });
  const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id status } errors { code message } } }`, {
    input: { connectorId: 'fortnox', name: 'Fortnox AB', credentials: fortnox.credentials, settings: {} },
  }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return res.data.connectSystem.connection.id;
}

async function upsert(t: AdminTenant, kind: 'Customer' | 'Product', input: Record<string, unknown>): Promise<string> {
  const field = `upsert${kind}`;
  const res = await gql(app, `mutation ($input: Upsert${kind}Input!) { ${field}(input: $input) { ${kind.toLowerCase()} { id } errors { code message } } }`, { input }, t.apiKey);
  const id = res.data?.[field]?.[kind.toLowerCase()]?.id;
  if (!id) throw new Error(JSON.stringify(res));
  return id;
}

const byOurs = (rows: Row[], number: string) => rows.find((r) => r.ours?.number === number);

describe('register comparison against Fortnox over real HTTP (SE-FX-09, SE-FX-10, X-10)', () => {
  it('should link articles only when number and name agree, and customers by organisation number and name', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connect(t);
    await upsert(t, 'Product', { number: 'MONT', name: 'Montör, arbetstimme', unit: 'tim', salesPrice: '650.00' });
    await upsert(t, 'Product', { number: 'PROJL', name: 'Projektstyrning', unit: 'tim', salesPrice: '950.00' });
    const products = await compareAll(app, t.token, connectionId, 'PRODUCTS', 4);
    expect(byOurs(products, 'MONT')).toMatchObject({ theirs: { id: 'MONT' }, basis: 'NUMBER', score: 1, predictedAction: 'LINK' });
    // same number, another name: the integration would not link it (SE-FX-10), so the report says so
    expect(byOurs(products, 'PROJL')?.basis).not.toBe('NUMBER');
    expect(byOurs(products, 'PROJL')?.score).toBeLessThan(1);

    await upsert(t, 'Customer', { number: '7002', name: 'Nordvik Fastigheter', organizationNumber: '556234-5678' });
    const customers = await compareAll(app, t.token, connectionId, 'CUSTOMERS', 10);
    expect(byOurs(customers, '7002')).toMatchObject({ theirs: { id: '2', name: 'Nordvik Fastigheter AB' }, basis: 'SIMILARITY', predictedAction: 'LINK' });
    expect(customers.find((r) => r.theirs?.id === '5')).toMatchObject({ ours: null, predictedAction: 'IGNORE', theirs: { isActive: false } });
  }, 120_000);
});

describe('initial synchronisation with Fortnox (X-11, SE-FX-22, SE-VN-24, SE-VN-60, RB-05)', () => {
  it('should not transfer pre-existing articles without a counterpart either way, and not import the inactive customer (SE-FX-22, SE-VN-24)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connect(t);
    const mont = await upsert(t, 'Product', { number: 'MONT', name: 'Montör, arbetstimme', unit: 'tim', salesPrice: '650.00' });
    const projl = await upsert(t, 'Product', { number: 'PROJL', name: 'Projektstyrning', unit: 'tim', salesPrice: '900.00' });
    const malning = await upsert(t, 'Product', { number: 'MALNING', name: 'Målning, timme', unit: 'tim', salesPrice: '720.00' });
    const started = await gql(app, START_INITIAL, { input: { connectionId, startupImport: true } }, t.token);
    expect(started.data.startInitialSync.errors).toEqual([]);
    const sync = await initialSyncDone(app, t.token, connectionId);
    expect(sync.errors).toEqual([]);
    const items = sync.run.items as { register: string; direction: string; outcome: string; message: string | null; externalId: string | null; recordId: string | null }[];
    // MONT links by number and name and is sent as an update; PROJL's names differ, so neither side moves
    expect(items).toContainEqual(expect.objectContaining({ register: 'products', direction: 'PULL', outcome: 'UPDATED', recordId: mont, externalId: 'MONT' }));
    expect(items).toContainEqual(expect.objectContaining({ register: 'products', direction: 'PULL', outcome: 'SKIPPED', recordId: projl, message: expect.stringContaining('SE-FX-21') }));
    expect(items).toContainEqual(expect.objectContaining({ register: 'products', direction: 'PUSH', outcome: 'SKIPPED', recordId: projl, message: expect.stringContaining('SE-FX-22') }));
    expect(items).toContainEqual(expect.objectContaining({ register: 'products', direction: 'PUSH', outcome: 'SKIPPED', recordId: malning, message: expect.stringContaining('SE-FX-22') }));
    expect(fortnox.store.articles.has('MALNING')).toBe(false);
    expect(fortnox.store.articles.get('PROJL')?.fields['Description']).toBe('Projektledning, timme');
    // the start-up import brought the other articles and the active customers in (RB-05), not customer 5 (SE-VN-24)
    expect(items).toContainEqual(expect.objectContaining({ register: 'customers', outcome: 'SKIPPED', externalId: '5', message: expect.stringContaining('SE-VN-24') }));
    const ours = await gql(app, `{ customers(first: 50) { nodes { number name } } products(first: 50) { nodes { number name } } }`, {}, t.apiKey);
    expect(ours.data.customers.nodes.map((c: { number: string }) => c.number).sort()).toEqual(['1', '2', '3', '4']);
    expect(ours.data.products.nodes.map((p: { number: string }) => p.number).sort()).toEqual(['FIKA', 'HANDBOK', 'MALNING', 'MONT', 'PROJL', 'RESA', 'ROR15']);
    expect(ours.data.products.nodes.find((p: { number: string }) => p.number === 'PROJL').name).toBe('Projektstyrning');
  }, 120_000);

  it('should block the next sync until the failed record is fixed and its retry goes through (SE-VN-60)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connect(t);
    // Fortnox has no unit "timmar": the article is refused until the unit is fixed
    const product = await upsert(t, 'Product', { number: 'EL-INST', name: 'Elinstallation', unit: 'timmar', salesPrice: '780.00' });
    const decided = await gql(app, DECIDE, { input: { connectionId, register: 'PRODUCTS', decisions: [{ action: 'CREATE', recordId: product }] } }, t.token);
    expect(decided.data.decideRegisterRecords.errors).toEqual([]);
    await gql(app, START_INITIAL, { input: { connectionId } }, t.token);
    const sync = await initialSyncDone(app, t.token, connectionId);
    expect(sync.errors).toEqual([expect.objectContaining({ register: 'products', recordId: product, message: expect.stringContaining('timmar') })]);
    expect(sync.isBlockingNextSync).toBe(true);
    const refused = await gql(app, RUN, { input: { connectionId, registers: ['PRODUCTS'] } }, t.apiKey);
    expect(refused.data.runTransfer.errors).toEqual([expect.objectContaining({ code: 'BLOCKED', field: ['connectionId'] })]);

    await upsert(t, 'Product', { number: 'EL-INST', unit: 'tim' });
    const retry = await gql(app, `mutation ($input: RetryTransferItemsInput!) { retryTransferItems(input: $input) { run { id } retried errors { code message } } }`, { input: { runId: sync.run.id } }, t.apiKey);
    expect(retry.data.retryTransferItems.errors).toEqual([]);
    const deadline = Date.now() + 60_000;
    let state = (await gql(app, INITIAL, { c: connectionId }, t.token)).data.initialSync;
    while (state.isBlockingNextSync && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      state = (await gql(app, INITIAL, { c: connectionId }, t.token)).data.initialSync;
    }
    expect(state).toMatchObject({ openErrorCount: 0, isBlockingNextSync: false, errorsAcknowledgedAt: null });
    expect(fortnox.store.articles.get('EL-INST')?.fields['Unit']).toBe('tim');
    const run = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(run.counts.failed).toBe(0);
  }, 120_000);
});
