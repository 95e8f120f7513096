import { startEconomicSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, stopAfterEach, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const READ_INVOICE = `query ($id: ID!) { invoice(id: $id) { number grossAmount status { key } payments { amount } } }`;

describe('e-conomic end to end over real HTTP', () => {
  it('should refuse a grant token e-conomic rejects, without storing it (PV-20, X-01)', async () => {
    const t = await tenantWithAdmin(app);
    const sandbox = stopAfterEach(await startEconomicSandbox({ seedData: false }));
    const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { code field message } } }`, {
      input: { connectorId: 'e-conomic', name: 'x', credentials: { ...sandbox.credentials, agreementGrantToken: 'wrong-token' } },
    }, t.token);
    expect(res.data.connectSystem.errors).toEqual([expect.objectContaining({ field: ['credentials'] })]);
    expect((await gql(app, `{ connections { id } }`, {}, t.token)).data.connections).toEqual([]);
  });

  it('should transfer every register, book the invoice and bring its number back, then send nothing unchanged (PV-01, RB-01)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t, { bookInvoices: true });
    const customerId = await seedCustomer(app, t.apiKey, '1101', 'Aarhus Tømrer ApS');
    const product = await gql(app, `mutation { upsertProduct(input: { number: "TIME-1", name: "Tømrertime", unit: "timer", salesPrice: "550.00", vatRate: "25" }) { product { id } errors { message } } }`, {}, t.apiKey);
    const project = await gql(app, `mutation ($c: ID!) { upsertProject(input: { number: "301", name: "Tagudskiftning", customerId: $c }) { project { id } errors { message } } }`, { c: customerId }, t.apiKey);
    const invoice = await seedInvoice(app, t.apiKey, customerId, {
      projectId: project.data.upsertProject.project.id, lines: [{ productId: product.data.upsertProduct.product.id, quantity: '2.5' }],
    });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products', 'projects', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(run.counts.transferred).toBe(4);
    expect(sandbox.store.customers.get(1101)?.name).toBe('Aarhus Tømrer ApS');
    expect(sandbox.store.products.get('TIME-1')).toBeTruthy();
    const read = await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey);
    const booked = sandbox.store.booked.get(Number(read.data.invoice.number));
    expect(booked?.grossAmount).toBe(171875n); // 2.5 × 550 + 25 % VAT = 1718.75 DKK, in øre
    expect(read.data.invoice.status.key).toBe('in-erp-send-to-customer');
    expect(sandbox.store.drafts.size).toBe(0);
    const again = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products', 'projects', 'invoices']);
    expect(again.counts).toMatchObject({ transferred: 0, updated: 0, failed: 0 });
  });

  it('should send only changed records on a manual run of one register (UPDATED for the changed one) (SE-EE-23)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    for (const n of ['P-1', 'P-2', 'P-3']) await gql(app, `mutation ($n: String!) { upsertProduct(input: { number: $n, name: "Vare", salesPrice: "10.00" }) { errors { message } } }`, { n }, t.apiKey);
    await runAndWait(app, t.apiKey, connectionId, ['products']);
    await gql(app, `mutation { upsertProduct(input: { number: "P-2", salesPrice: "12.50" }) { errors { message } } }`, {}, t.apiKey);
    const run = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(run.counts).toMatchObject({ transferred: 0, updated: 1, skipped: 2, failed: 0 });
  });

  it('should leave a draft for the ERP\'s users and bring the number back once they book it: the ERP numbers invoices (SE-VN-33)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '1201'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(sandbox.store.drafts.size).toBe(1);
    const waiting = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(waiting.items).toEqual([expect.objectContaining({ outcome: 'SKIPPED' })]);
    const [draftNumber] = [...sandbox.store.drafts.keys()];
    sandbox.store.bookDraft(draftNumber!);
    const back = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(back.items).toEqual([expect.objectContaining({ outcome: 'UPDATED' })]);
    const read = await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey);
    expect(read.data.invoice.number).toBe(String([...sandbox.store.booked.keys()][0]));
    expect(read.data.invoice.status.key).toBe('in-erp-send-to-customer');
  });

  it('should mark the invoice partially paid, then paid, as payments entered in e-conomic come back (SE-VN-03, SE-EE-21, X-21)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t, { bookInvoices: true });
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '1301'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    const number = Number((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice.number);
    sandbox.store.registerPayment(number, '500.00');
    await runAndWait(app, t.apiKey, connectionId, ['payments']);
    expect((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice).toMatchObject({ status: { key: 'partially-paid' }, payments: [{ amount: '500.00' }] });
    sandbox.store.registerPayment(number, '625.00');
    await runAndWait(app, t.apiKey, connectionId, ['payments']);
    expect((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice).toMatchObject({ status: { key: 'paid' }, payments: [{ amount: '500.00' }, { amount: '625.00' }] });
  });

  it('should report a missing customer group as e-conomic reports it (PV-22)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t, { customerGroupNumber: 999 });
    const customerId = await seedCustomer(app, t.apiKey, '1401');
    await seedInvoice(app, t.apiKey, customerId);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual([expect.objectContaining({ outcome: 'FAILED', errorCode: 'REJECTED', message: expect.stringMatching(/customerGroup|group/i) })]);
  });
});

describe('e-conomic edits coming back', () => {
  it('should bring customer and product edits made in e-conomic back, and not send them back (PV-03)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '1501', 'Gammelt Navn ApS');
    await seedInvoice(app, t.apiKey, customerId);
    await gql(app, `mutation { upsertProduct(input: { number: "ED-1", name: "Gammel vare", salesPrice: "100.00" }) { errors { message } } }`, {}, t.apiKey);
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'products']);
    const headers = { 'x-appsecrettoken': sandbox.credentials['appSecretToken']!, 'x-agreementgranttoken': sandbox.credentials['agreementGrantToken']!, 'content-type': 'application/json' };
    const customer = (await (await fetch(`${sandbox.baseUrl}/customers/1501`, { headers })).json()) as Record<string, unknown>;
    expect((await fetch(`${sandbox.baseUrl}/customers/1501`, { method: 'PUT', headers, body: JSON.stringify({ ...customer, name: 'Nyt Navn ApS' }) })).status).toBe(200);
    const product = (await (await fetch(`${sandbox.baseUrl}/products/ED-1`, { headers })).json()) as Record<string, unknown>;
    expect((await fetch(`${sandbox.baseUrl}/products/ED-1`, { method: 'PUT', headers, body: JSON.stringify({ ...product, salesPrice: 125.5 }) })).status).toBe(200);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products']);
    expect(run.items.filter((i) => i.direction === 'PULL' && i.outcome === 'UPDATED').map((i) => i.register).sort()).toEqual(['customers', 'products']);
    const read = await gql(app, `query ($id: ID!) { customer(id: $id) { name } products(filter: { numbers: ["ED-1"] }) { nodes { salesPrice } } }`, { id: customerId }, t.apiKey);
    expect(read.data.customer.name).toBe('Nyt Navn ApS');
    expect(read.data.products.nodes[0].salesPrice).toBe('125.5000');
    const quiet = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products']);
    expect(quiet.counts).toMatchObject({ transferred: 0, updated: 0, failed: 0 });
  });
});

describe('e-conomic credit notes and project costs', () => {
  it('should transfer a credit note as a draft with negative lines and book it (SE-VN-45, SE-VN-32)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t, { bookInvoices: true });
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '1601'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    const credit = await gql(app, `mutation ($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id } errors { message } } }`, { input: { invoiceId: invoice.id, issueDate: '2026-11-21' } }, t.apiKey);
    const run = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(run.items).toEqual([expect.objectContaining({ register: 'creditNotes', outcome: 'TRANSFERRED' })]);
    const read = await gql(app, READ_INVOICE, { id: credit.data.createCreditNote.invoice.id }, t.apiKey);
    const booked = sandbox.store.booked.get(Number(read.data.invoice.number));
    expect(booked?.grossAmount).toBe(-112500n);
    expect(read.data.invoice.status.key).toBe('in-erp-send-to-customer');
  });

  it('should bring supplier invoices booked on a project back as project costs, once (RB-07, X-24)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '1701');
    await gql(app, `mutation ($c: ID!) { upsertProject(input: { number: "401", name: "Badeværelse", customerId: $c }) { errors { message } } }`, { c: customerId }, t.apiKey);
    await seedInvoice(app, t.apiKey, customerId);
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'projects']);
    const headers = { 'X-AppSecretToken': sandbox.credentials['appSecretToken']!, 'X-AgreementGrantToken': sandbox.credentials['agreementGrantToken']!, 'content-type': 'application/json' };
    const year = String(new Date().getUTCFullYear());
    const voucher = await fetch(`${sandbox.baseUrl}/journals/2/vouchers`, {
      method: 'POST', headers,
      body: JSON.stringify({ accountingYear: { year }, journal: { journalNumber: 2 }, entries: { supplierInvoices: [{
        supplier: { supplierNumber: 5001 }, supplierInvoiceNumber: 'S-1', date: `${year}-03-02`, dueDate: `${year}-04-01`, amount: 800, currency: { code: 'DKK' },
        contraAccount: { accountNumber: 1310 }, contraVatAccount: { vatCode: 'I25' }, text: 'Fliser', project: { projectNumber: 401 },
      }] } }),
    });
    expect(voucher.status).toBe(201);
    const run = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(run.items.filter((i) => i.outcome === 'TRANSFERRED')).toHaveLength(1);
    const costs = await gql(app, `{ projectCosts { nodes { description costAmount project { number } } } }`, {}, t.apiKey);
    expect(costs.data.projectCosts.nodes).toEqual([{ description: 'Fliser', costAmount: '800.00', project: { number: '401' } }]);
    const again = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(again.items.filter((i) => i.outcome === 'TRANSFERRED')).toEqual([]);
  });
});

describe('retrying failed items', () => {
  it('should list a run\'s failures with their reasons in the transfer log, then retry them once the cause is fixed, invoice back through the transfer status (SE-VN-37, X-20, SE-EE-51, SE-FX-53, SE-VN-61)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t, { customerGroupNumber: 999, bookInvoices: true });
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '1801'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const failed = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(failed.items.map((i) => `${i.register}:${i.outcome}`).sort()).toEqual(['customers:FAILED', 'invoices:FAILED']);
    expect((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice.status.key).toBe('failed');
    const runs = await gql(app, `query ($c: ID) { transferRuns(connectionId: $c) { id } }`, { c: connectionId }, t.apiKey);
    const runId = runs.data.transferRuns[0].id;

    // the log filters and the error summary show what broke
    const log = await gql(app, `query ($c: ID) { transferItems(first: 10, filter: { connectionId: $c, outcomes: ["FAILED"], search: "group" }) { totalCount nodes { register outcome message } } }`, { c: connectionId }, t.apiKey);
    expect(log.errors).toBeUndefined();
    expect(log.data.transferItems.nodes.map((n: { register: string }) => n.register)).toContain('customers');
    const summary = await gql(app, `query ($c: ID) { transferErrorSummary(connectionId: $c) { errorCode register count lastMessage } }`, { c: connectionId }, t.apiKey);
    expect(summary.errors).toBeUndefined();
    expect(summary.data.transferErrorSummary).toEqual(expect.arrayContaining([expect.objectContaining({ register: 'customers', errorCode: 'REJECTED', count: 1 })]));
    const other = await tenantWithAdmin(app);
    expect((await gql(app, `{ transferItems { totalCount } transferErrorSummary { count } }`, {}, other.apiKey)).data).toEqual({ transferItems: { totalCount: 0 }, transferErrorSummary: [] });

    const notFailed = await gql(app, `mutation ($input: RetryTransferItemsInput!) { retryTransferItems(input: $input) { retried errors { code field } } }`, { input: { runId, itemIds: ['nonsense'] } }, t.apiKey);
    expect(notFailed.data.retryTransferItems.errors).toEqual([{ code: 'INVALID_VALUE', field: ['itemIds'] }]);

    await gql(app, `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { errors { message } } }`, { input: { connectionId, settings: { customerGroupNumber: 1 } } }, t.token);
    const retry = await gql(app, `mutation ($input: RetryTransferItemsInput!) { retryTransferItems(input: $input) { run { id registers } retried errors { message } } }`, { input: { runId } }, t.apiKey);
    expect(retry.data.retryTransferItems).toMatchObject({ retried: 2, errors: [], run: { registers: ['customers', 'invoices'] } });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const read = await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey);
      if (read.data.invoice.status.key === 'in-erp-send-to-customer') break;
      if (Date.now() > deadline) throw new Error(`retry did not finish: ${JSON.stringify(read.data)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });
});

describe('invoicing settings (PV-06..08, PV-14)', () => {
  const SAVE = `mutation ($input: SaveInvoicingSettingsInput!) { saveInvoicingSettings(input: $input) { settings { creationMode delivery isSaved } errors { code field } } }`;

  it('should follow the company setting, a customer\'s own override, and never book an EAN customer (X-05, X-18)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const saved = await gql(app, SAVE, { input: { creationMode: 'BOOKED' } }, t.token);
    expect(saved.data.saveInvoicingSettings.settings).toEqual({ creationMode: 'BOOKED', delivery: 'NONE', isSaved: true });
    const plain = await seedCustomer(app, t.apiKey, '1901');
    const none = await seedCustomer(app, t.apiKey, '1902');
    const ean = await seedCustomer(app, t.apiKey, '1903');
    await gql(app, `mutation ($id: ID!) { upsertCustomer(input: { id: $id, invoiceCreationMode: NONE }) { errors { message } } }`, { id: none }, t.apiKey);
    await gql(app, `mutation ($id: ID!) { upsertCustomer(input: { id: $id, ean: "5790000000005" }) { errors { message } } }`, { id: ean }, t.apiKey);
    const ids: Record<string, string> = {};
    for (const [name, customerId] of Object.entries({ plain, none, ean })) {
      const inv = await seedInvoice(app, t.apiKey, customerId);
      await transition(app, t.apiKey, inv.id, 'send-to-erp');
      ids[name] = inv.id;
    }
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    const byInvoice = (id: string) => run.items.find((i) => i.register === 'invoices' && i.recordId === id);
    expect(byInvoice(ids['plain']!)).toMatchObject({ outcome: 'TRANSFERRED', message: 'Booked in the ERP' });
    expect(byInvoice(ids['none']!)).toMatchObject({ outcome: 'SKIPPED', message: expect.stringContaining('PV-08') });
    expect(byInvoice(ids['ean']!)).toMatchObject({ outcome: 'TRANSFERRED', message: expect.stringContaining('PV-14') });
    expect(sandbox.store.booked.size).toBe(1);
    expect(sandbox.store.drafts.size).toBe(1);
  });

  it('should refuse a creation mode outside the three with a typed error', async () => {
    const t = await tenantWithAdmin(app);
    const res = await gql(app, SAVE, { input: { creationMode: 'SOMETIMES' } }, t.token);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const viewer = await gql(app, SAVE, { input: { creationMode: 'NONE' } }, t.apiKey);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
