import { startEconomicSandbox, startFortnoxSandbox, type EconomicStore, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

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

async function connect(t: AdminTenant, connectorId: string, sandbox: StartedSandbox<EconomicStore | FortnoxStore>, settings: Record<string, unknown>): Promise<string> {
  sandboxes.push(sandbox);
  const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { code message field } } }`, {
    input: { connectorId, name: connectorId, credentials: sandbox.credentials, settings },
  }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return res.data.connectSystem.connection.id;
}

const ITEMS = `query ($filter: TransferItemFilter) { transferItems(first: 20, filter: $filter) { nodes { register outcome externalNumber recordId response } } }`;
// the ERP echoes our invoice note back in its answer; a secret-looking pair in it must not reach the log
const NOTE = 'Portal login: password=hunter2-never-stored';

async function invoiceItem(t: AdminTenant, connectionId: string, invoiceId: string) {
  const items = await gql(app, ITEMS, { filter: { connectionId, outcomes: ['TRANSFERRED'] } }, t.token);
  const item = items.data.transferItems.nodes.find((i: { register: string; recordId: string }) => i.register === 'invoices' && i.recordId === invoiceId);
  expect(item, JSON.stringify(items)).toBeTruthy();
  return item;
}

async function registerItem(t: AdminTenant, connectionId: string, register: string) {
  const items = await gql(app, ITEMS, { filter: { connectionId, outcomes: ['TRANSFERRED'] } }, t.token);
  const found = items.data.transferItems.nodes.filter((i: { register: string }) => i.register === register);
  expect(found, JSON.stringify(items)).toHaveLength(1);
  return found[0];
}

describe('transfer item: the ERP\'s answer on successful items (issue #6 screen 6, ADR 0022)', () => {
  it('should keep e-conomic\'s booked invoice on the transferred item, its number included and the secret redacted (X-20, X-21, X-28)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connect(t, 'e-conomic', await startEconomicSandbox({ seedData: false, rateLimit: null }), { bookInvoices: true });
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '1501', 'Odense VVS ApS'), { notes: NOTE });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);

    const item = await invoiceItem(t, connectionId, invoice.id);
    expect(item.externalNumber).toMatch(/^\d+$/);
    // the booking's answer, not a second read: it is the booked document with the number e-conomic gave
    expect(item.response).toMatchObject({ httpStatus: 201, truncated: false, body: { bookedInvoiceNumber: Number(item.externalNumber), customer: { customerNumber: 1501 } } });
    expect(item.response.body.notes.textLine1).toBe('Portal login: password=[REDACTED]');
    expect(JSON.stringify(item)).not.toContain('hunter2');
    // master data keeps its answer the same way: the customer as e-conomic created it
    const customer = await registerItem(t, connectionId, 'customers');
    expect(customer.response).toMatchObject({ httpStatus: 201, truncated: false, body: { customerNumber: 1501, name: 'Odense VVS ApS' } });
  });

  it('should keep e-conomic\'s draft on the item when the invoice stays a draft (X-20)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connect(t, 'e-conomic', await startEconomicSandbox({ seedData: false, rateLimit: null }), {});
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '1502'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    const item = await invoiceItem(t, connectionId, invoice.id);
    expect(item.response).toMatchObject({ httpStatus: 201, truncated: false, body: { draftInvoiceNumber: expect.any(Number), references: { other: expect.stringMatching(/^[0-9a-f-]{36}$/) } } });
  });

  it('should keep Fortnox\'s booked invoice on the transferred item with the secret redacted (X-20, SE-FX-01)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connect(t, 'fortnox', await startFortnoxSandbox({ seedData: true, rateLimit: null }), { bookInvoices: true });
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '7501', 'Malmö Måleri AB'), { currency: 'SEK', notes: NOTE });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);

    const item = await invoiceItem(t, connectionId, invoice.id);
    expect(item.response).toMatchObject({ httpStatus: 200, truncated: false, body: { Invoice: { DocumentNumber: item.externalNumber, CustomerNumber: '7501', Booked: true } } });
    expect(item.response.body.Invoice.Remarks).toBe('Portal login: password=[REDACTED]');
    expect(JSON.stringify(item)).not.toContain('hunter2');
    const customer = await registerItem(t, connectionId, 'customers');
    expect(customer.response).toMatchObject({ httpStatus: 201, truncated: false, body: { Customer: { CustomerNumber: '7501', Name: 'Malmö Måleri AB' } } });
  });
});
