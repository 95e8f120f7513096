import { startEconomicSandbox, type EconomicStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition } from '../transfer-helpers.js';

let app: TestApp;
let sandbox: StartedSandbox<EconomicStore>;

beforeAll(async () => {
  // a request that hangs counts as a timeout after a second here (30 s in production)
  app = await createTestApp({ CONNECTOR_TIMEOUT_MS: '1000' });
  // 10 % of requests go wrong: 5xx before doing anything, no answer at all, or the connection dropped after the write committed
  sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null, seed: 42 });
});
afterAll(async () => {
  await sandbox?.stop();
  await app?.stop();
});

const INVOICES = 200;

describe('transfers under vendor faults', () => {
  it('should end every invoice TRANSFERRED or FAILED with a reason, and never create a duplicate in the ERP', { timeout: 240_000 }, async () => {
    const t = await tenantWithAdmin(app);
    const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
      input: { connectorId: 'e-conomic', name: 'faulty', credentials: sandbox.credentials, settings: { bookInvoices: true } },
    }, t.token);
    const connectionId = res.data.connectSystem.connection.id;
    const customerId = await seedCustomer(app, t.apiKey, '9001');
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    const ids: string[] = [];
    for (let i = 0; i < INVOICES; i++) {
      const inv = await seedInvoice(app, t.apiKey, customerId, { reference: `F-${i}` });
      await transition(app, t.apiKey, inv.id, 'send-to-erp');
      ids.push(inv.id);
    }
    await fetch(`${sandbox.baseUrl}/__sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorRate: 0.04, timeoutRate: 0.03, dropAfterCommitRate: 0.03 }) });
    const run = await runAndWait(app, t.apiKey, connectionId, ['invoices'], 200_000);
    await fetch(`${sandbox.baseUrl}/__sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorRate: 0, timeoutRate: 0, dropAfterCommitRate: 0 }) });

    const invoiceItems = run.items.filter((i) => i.register === 'invoices');
    expect(invoiceItems).toHaveLength(INVOICES);
    for (const item of invoiceItems) {
      expect(['TRANSFERRED', 'FAILED']).toContain(item.outcome);
      if (item.outcome === 'FAILED') expect(item.message?.length).toBeGreaterThan(0);
    }
    // the ERP holds at most one document per invoice: drafts and booked ones, by our reference
    const refs = [...sandbox.store.drafts.values(), ...sandbox.store.booked.values()].map((d) => d.referenceOther ?? JSON.stringify(d.notes));
    expect(new Set(refs).size).toBe(refs.length);
    const transferred = invoiceItems.filter((i) => i.outcome === 'TRANSFERRED').length;
    expect(sandbox.store.booked.size + sandbox.store.drafts.size).toBeGreaterThanOrEqual(transferred);
    expect(transferred).toBeGreaterThan(INVOICES / 2);

    // failed invoices went to the failed status; putting them back retries them, still without duplicates
    const failed = await gql(app, `{ invoices(first: 100, filter: { statusKeys: ["failed"] }) { totalCount nodes { id } } }`, {}, t.apiKey);
    for (const node of failed.data.invoices.nodes as { id: string }[]) await transition(app, t.apiKey, node.id, 'send-to-erp');
    const retry = await runAndWait(app, t.apiKey, connectionId, ['invoices'], 200_000);
    expect(retry.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const after = [...sandbox.store.drafts.values(), ...sandbox.store.booked.values()].map((d) => d.referenceOther ?? JSON.stringify(d.notes));
    expect(new Set(after).size).toBe(after.length);
    expect(sandbox.store.booked.size).toBe(INVOICES);
    expect(sandbox.store.drafts.size).toBe(0);
  });
});
