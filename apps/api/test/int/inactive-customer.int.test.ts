import type { EconomicStore, FortnoxStore, StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, connectFortnox, editInEconomic, fortnoxCall, type SandboxConnection } from '../erp-connections.js';
import { gql } from '../gql.js';
import { initialSyncDone, START_INITIAL } from '../reconcile-helpers.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, type AdminTenant, type RunResult } from '../transfer-helpers.js';

let app: TestApp;
const sandboxes: StartedSandbox<FortnoxStore | EconomicStore>[] = [];

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await app?.stop();
});

const ITEM_IDS = `query ($id: ID!) { transferRun(id: $id) { items { id outcome errorCode } } }`;
const RETRY = `mutation ($input: RetryTransferItemInput!) { retryTransferItem(input: $input) { retried run { id } errors { code message field } } }`;
const RUN_STATE = `query ($id: ID!) { transferRun(id: $id) { status error counts { transferred updated skipped failed } items { register direction outcome errorCode message externalId externalNumber recordId attempts } } }`;
const LAST_RUN = `query ($connectionId: ID!) { transferRuns(connectionId: $connectionId, first: 1) { id } }`;

async function fortnoxFor(t: AdminTenant): Promise<SandboxConnection<FortnoxStore>> {
  const connected = await connectFortnox(app, t);
  sandboxes.push(connected.sandbox);
  return connected;
}

/** Retries the one failed item of the connection's latest run, as the admin does from the log, and waits for the retry run. */
async function retryFailedItem(t: AdminTenant, connectionId: string): Promise<RunResult> {
  const runId = (await gql(app, LAST_RUN, { connectionId }, t.apiKey)).data.transferRuns[0].id;
  const failed = (await gql(app, ITEM_IDS, { id: runId }, t.apiKey)).data.transferRun.items.filter((i: { outcome: string }) => i.outcome === 'FAILED');
  expect(failed).toHaveLength(1);
  const retried = await gql(app, RETRY, { input: { itemId: failed[0].id } }, t.apiKey);
  expect(retried.data.retryTransferItem.errors).toEqual([]);
  const id = retried.data.retryTransferItem.run.id;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const run = (await gql(app, RUN_STATE, { id }, t.apiKey)).data?.transferRun as RunResult | undefined;
    if (run && ['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`retry run ${id} did not finish: ${JSON.stringify(run)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function fortnoxCustomersNumbered(sandbox: StartedSandbox<FortnoxStore>, number: string): unknown[] {
  return [...sandbox.store.customers.values()].filter((c) => c.fields['CustomerNumber'] === number);
}

describe('a customer inactive in one system and active in the other (SE-FX-18)', () => {
  it('should fail the push of a new customer whose number Fortnox holds as inactive, leave it inactive there, and transfer it on retry once activated (SE-FX-18)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await fortnoxFor(t);
    // the sandbox's seed holds customer 5 as inactive (Active: false)
    expect(sandbox.store.customers.get('5')?.fields['Active']).toBe(false);
    const customerId = await seedCustomer(app, t.apiKey, '5', 'Hemrenovering Väst HB');
    await seedInvoice(app, t.apiKey, customerId, { currency: 'SEK' });
    const before = sandbox.store.customers.size;

    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual([expect.objectContaining({
      register: 'customers', direction: 'PUSH', outcome: 'FAILED', errorCode: 'INACTIVE_IN_OTHER_SYSTEM', recordId: customerId,
      message: expect.stringMatching(/Customer 5 .*inactive .*Fortnox.*SE-FX-18.*Activate customer 5 in Fortnox/),
    })]);
    expect(sandbox.store.customers.get('5')?.fields['Active']).toBe(false);

    // the admin activates the customer in Fortnox and retries the item
    expect((await fortnoxCall(sandbox, 'PUT', '/3/customers/5', { Customer: { Active: true } })).status).toBe(200);
    const retry = await retryFailedItem(t, connectionId);
    expect(retry.items.filter((i) => i.direction === 'PUSH')).toEqual([expect.objectContaining({ outcome: 'TRANSFERRED', externalId: '5', recordId: customerId })]);
    expect(retry.counts.failed).toBe(0);
    expect(sandbox.store.customers.size).toBe(before);
    expect(fortnoxCustomersNumbered(sandbox, '5')).toHaveLength(1);
    expect(sandbox.store.customers.get('5')?.fields['Active']).toBe(true);
  });

  it('should fail the import of a Fortnox customer whose number is inactive here instead of linking it silently, and link it on retry once activated here (SE-FX-18)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await fortnoxFor(t);
    const created = await gql(app, `mutation { upsertCustomer(input: { number: "6801", name: "Vilande AB", isActive: false }) { customer { id } errors { message } } }`, {}, t.apiKey);
    const customerId = created.data.upsertCustomer.customer.id;
    // go-live: Fortnox's existing customers are remembered and not imported (SE-FX-22)
    const goLive = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(goLive.items.filter((i) => i.direction === 'PULL')).toEqual([]);
    expect(sandbox.store.customers.has('6801')).toBe(false);

    expect((await fortnoxCall(sandbox, 'POST', '/3/customers', { Customer: { CustomerNumber: '6801', Name: 'Vilande AB', Currency: 'SEK' } })).status).toBe(201);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items.filter((i) => i.direction === 'PULL')).toEqual([expect.objectContaining({
      register: 'customers', direction: 'PULL', outcome: 'FAILED', errorCode: 'INACTIVE_IN_OTHER_SYSTEM', externalId: '6801', recordId: customerId,
      message: expect.stringMatching(/Customer 6801 is inactive here but active in Fortnox.*SE-FX-18.*Activate customer 6801 here/),
    })]);
    const ours = async () => (await gql(app, `{ customers(first: 50, filter: { numbers: ["6801"] }) { nodes { id isActive } } }`, {}, t.apiKey)).data.customers.nodes;
    expect(await ours()).toEqual([{ id: customerId, isActive: false }]);

    // the admin activates the customer here and retries the item
    const activated = await gql(app, `mutation ($id: ID!) { upsertCustomer(input: { id: $id, isActive: true }) { errors { message } } }`, { id: customerId }, t.apiKey);
    expect(activated.data.upsertCustomer.errors).toEqual([]);
    const retry = await retryFailedItem(t, connectionId);
    expect(retry.counts.failed).toBe(0);
    // pushes run before pulls: ours, active now, goes to the Fortnox customer with its number and is linked to it
    expect(retry.items.filter((i) => i.externalId === '6801')).toEqual([expect.objectContaining({ direction: 'PUSH', outcome: 'TRANSFERRED', recordId: customerId })]);
    expect(await ours()).toEqual([{ id: customerId, isActive: true }]);
    expect(fortnoxCustomersNumbered(sandbox, '6801')).toHaveLength(1);
    // linked now: nothing is refused or imported again
    const quiet = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(quiet.counts).toMatchObject({ transferred: 0, failed: 0 });
  });
});

describe('the initial sync links by number only where both agree on being active (SE-FX-18)', () => {
  it('should not link our active customer to the Fortnox customer with its number that is inactive there, and say so (SE-FX-18, SE-VN-24)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await fortnoxFor(t);
    const customerId = await seedCustomer(app, t.apiKey, '5', 'Hemrenovering Väst HB');
    const started = await gql(app, START_INITIAL, { input: { connectionId, startupImport: true } }, t.token);
    expect(started.data.startInitialSync.errors).toEqual([]);
    const sync = await initialSyncDone(app, t.token, connectionId);
    const items = (sync.run.items as { register: string; direction: string; outcome: string; errorCode: string | null; message: string | null; externalId: string | null; recordId: string | null }[])
      .filter((i) => i.register === 'customers' && (i.externalId === '5' || i.recordId === customerId));
    expect(items).toContainEqual(expect.objectContaining({
      direction: 'PULL', outcome: 'FAILED', errorCode: 'INACTIVE_IN_OTHER_SYSTEM', externalId: '5', recordId: customerId,
      message: expect.stringMatching(/Customer 5 is inactive in Fortnox but active here.*SE-FX-18.*Activate customer 5 in Fortnox, or inactivate it here/),
    }));
    expect(items.filter((i) => i.outcome === 'TRANSFERRED' || i.outcome === 'UPDATED')).toEqual([]);
    expect(sandbox.store.customers.get('5')?.fields['Active']).toBe(false);
  });
});

describe('a customer barred in e-conomic and active here (SE-FX-18)', () => {
  it('should fail the push of a new customer whose number e-conomic holds as barred, leave it barred, and transfer it on retry once unbarred (SE-FX-18)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    sandboxes.push(sandbox);
    sandbox.store.customers.set(2701, {
      customerNumber: 2701, name: 'Lukket Kunde ApS', currency: 'DKK', customerGroupNumber: 1, paymentTermsNumber: 1, vatZoneNumber: 1,
      text: { address: 'Vej 1', zip: '8000', city: 'Aarhus C', country: 'Danmark' }, barred: true, lastUpdated: sandbox.store.timestamp(),
    });
    const customerId = await seedCustomer(app, t.apiKey, '2701', 'Lukket Kunde ApS');
    await seedInvoice(app, t.apiKey, customerId, { currency: 'DKK' });

    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual([expect.objectContaining({
      register: 'customers', direction: 'PUSH', outcome: 'FAILED', errorCode: 'INACTIVE_IN_OTHER_SYSTEM', recordId: customerId,
      message: expect.stringMatching(/Customer 2701 .*inactive .*e-conomic.*SE-FX-18.*Activate customer 2701 in e-conomic/),
    })]);
    expect(sandbox.store.customers.get(2701)?.barred).toBe(true);

    await editInEconomic(sandbox, '/customers/2701', { barred: false });
    const retry = await retryFailedItem(t, connectionId);
    expect(retry.items).toEqual([expect.objectContaining({ direction: 'PUSH', outcome: 'TRANSFERRED', externalId: '2701', recordId: customerId })]);
    expect([...sandbox.store.customers.values()].filter((c) => c.customerNumber === 2701)).toHaveLength(1);
    expect(sandbox.store.customers.get(2701)?.barred).not.toBe(true);
  });
});
