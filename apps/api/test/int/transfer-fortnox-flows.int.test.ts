import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectFortnox, fortnoxCall, stopSandboxes } from '../erp-connections.js';
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

async function transferredInvoice(t: AdminTenant, connectionId: string, customerNumber: string, lines?: unknown[]): Promise<{ id: string; number: string }> {
  const customerId = await seedCustomer(app, t.apiKey, customerNumber);
  const invoice = await seedInvoice(app, t.apiKey, customerId, { currency: 'SEK', ...(lines ? { lines } : {}) });
  await transition(app, t.apiKey, invoice.id, 'send-to-erp');
  const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
  expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
  const read = await gql(app, `query ($id: ID!) { invoice(id: $id) { number } }`, { id: invoice.id }, t.apiKey);
  return { id: invoice.id, number: read.data.invoice.number };
}

describe('Fortnox flows', () => {
  it('should bring a payment registered in Fortnox back and mark the invoice paid (SE-EE-27, SE-VN-54)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t, { bookInvoices: true });
    const invoice = await transferredInvoice(t, connectionId, '8101');
    const paid = await fortnoxCall(sandbox, 'POST', '/3/invoicepayments', { InvoicePayment: { InvoiceNumber: Number(invoice.number), Amount: 1125, PaymentDate: '2026-11-20' } });
    expect(paid.status).toBe(201);
    const run = await runAndWait(app, t.apiKey, connectionId, ['payments']);
    expect(run.items).toEqual([expect.objectContaining({ register: 'payments', direction: 'PULL', outcome: 'UPDATED' })]);
    const read = await gql(app, `query ($id: ID!) { invoice(id: $id) { status { key } payments { amount } } }`, { id: invoice.id }, t.apiKey);
    expect(read.data.invoice).toEqual({ status: { key: 'paid' }, payments: [{ amount: '1125.00' }] });
    const again = await runAndWait(app, t.apiKey, connectionId, ['payments']);
    expect(again.items).toEqual([]);
  });

  it('should bring a customer edited in Fortnox back into the graph (PV-03, SE-FX-01)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '8201', 'Old Name AB');
    await gql(app, `mutation ($id: ID!) { upsertCustomer(input: { id: $id, isProspect: false }) { errors { message } } }`, { id: customerId }, t.apiKey);
    await seedInvoice(app, t.apiKey, customerId, { currency: 'SEK' });
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    const edited = await fortnoxCall(sandbox, 'PUT', '/3/customers/8201', { Customer: { Name: 'New Name AB', Email: 'ekonomi@newname.se' } });
    expect(edited.status).toBe(200);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual(expect.arrayContaining([expect.objectContaining({ direction: 'PULL', outcome: 'UPDATED' })]));
    const read = await gql(app, `query ($id: ID!) { customer(id: $id) { name email } }`, { id: customerId }, t.apiKey);
    expect(read.data.customer).toEqual({ name: 'New Name AB', email: 'ekonomi@newname.se' });
    // and the change is not pushed back as an edit of ours
    const quiet = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(quiet.counts).toMatchObject({ transferred: 0, updated: 0, failed: 0 });
  });

  it('should transfer a credit note as Fortnox\'s credit of the original invoice', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t, { bookInvoices: true });
    const invoice = await transferredInvoice(t, connectionId, '8301');
    const credit = await gql(app, `mutation ($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id status { key } } errors { message } } }`, { input: { invoiceId: invoice.id, issueDate: '2026-11-21' } }, t.apiKey);
    expect(credit.data.createCreditNote.invoice.status.key).toBe('send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(run.items).toEqual([expect.objectContaining({ register: 'creditNotes', outcome: 'TRANSFERRED' })]);
    const credits = [...sandbox.store.invoices.values()].filter((i) => i.credit);
    expect(credits).toHaveLength(1);
    expect(credits[0]?.creditInvoiceReference ?? credits[0]?.invoiceReference).toBe(Number(invoice.number));
  });

  it('should report an article Fortnox rejects as Fortnox reports it: the unit must exist (SE-FX-25)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectFortnox(app, t);
    await gql(app, `mutation { upsertProduct(input: { number: "BOX-1", name: "Kartong", unit: "kartong", salesPrice: "10.00" }) { errors { message } } }`, {}, t.apiKey);
    // the pre-flight check names the unit before any transfer is tried
    const pre = await gql(app, `{ connections { preflight { isReady findings { code examples } } } }`, {}, t.token);
    expect(pre.data.connections[0].preflight).toEqual({ isReady: false, findings: [{ code: 'UNITS', examples: ['kartong'] }] });
    const run = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(run.status).toBe('FAILED');
    expect(run.items).toEqual([expect.objectContaining({ outcome: 'FAILED', errorCode: 'REJECTED', message: expect.stringMatching(/unit|enhet/i) })]);
  });

  it('should finish a run under a tight rate limit without a single item failed by 429', { timeout: 120_000 }, async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectFortnox(app, t, undefined, { rateLimit: { limit: 3, windowMs: 1000 } });
    for (let i = 0; i < 6; i++) await gql(app, `mutation ($n: String!) { upsertProduct(input: { number: $n, name: "Vara", unit: "st", salesPrice: "5.00" }) { errors { message } } }`, { n: `RL-${i}` }, t.apiKey);
    const run = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(run.counts.transferred).toBe(6);
  });

  it('should bring supplier-invoice lines on a project back as project costs, once (SE-FX-47, X-24, SE-FX-01)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectFortnox(app, t, {});
    const customerId = await seedCustomer(app, t.apiKey, '8401');
    await gql(app, `mutation ($c: ID!) { upsertProject(input: { number: "P100", name: "Kontorsbygge", customerId: $c }) { errors { message } } }`, { c: customerId }, t.apiKey);
    const run = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(run.items.filter((i) => i.outcome === 'TRANSFERRED')).toHaveLength(1);
    const costs = await gql(app, `{ projectCosts { totalCount nodes { description costAmount priceAmount isBillable project { number } } } }`, {}, t.apiKey);
    expect(costs.data.projectCosts.totalCount).toBe(1);
    // billable at cost until the tenant sets a markup (the multiplier settings arrive with the engine rules)
    expect(costs.data.projectCosts.nodes[0]).toMatchObject({ costAmount: '1000.00', priceAmount: '1000.00', isBillable: true, project: { number: 'P100' } });
    const again = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(again.items.filter((i) => i.outcome === 'TRANSFERRED')).toEqual([]);
  });

  it('should price project costs by the connection\'s rules: 150 % → 1.5 × cost with the default product, costs only → 0.00 (SE-VN-59, SE-FX-48)', async () => {
    const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code field } } }`;
    const priced = async (rules: Record<string, unknown>) => {
      const t = await tenantWithAdmin(app);
      const { connectionId } = await connectFortnox(app, t);
      const bad = await gql(app, RULES, { input: { connectionId, rules: { projectCostMultiplierPercent: 150 } } }, t.token);
      expect(bad.data.updateTransferRules.errors).toEqual([expect.objectContaining({ field: ['rules', 'projectCostMultiplierPercent'] })]);
      const set = await gql(app, RULES, { input: { connectionId, rules } }, t.token);
      expect(set.data.updateTransferRules.errors).toEqual([]);
      await gql(app, `mutation { upsertProduct(input: { number: "KOST", name: "Projektkostnad", unit: "st", salesPrice: "0.00" }) { errors { message } } }`, {}, t.apiKey);
      const customerId = await seedCustomer(app, t.apiKey, '8501');
      await gql(app, `mutation ($c: ID!) { upsertProject(input: { number: "P100", name: "Kontorsbygge", customerId: $c }) { errors { message } } }`, { c: customerId }, t.apiKey);
      await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
      return (await gql(app, `{ projectCosts { nodes { costAmount priceAmount isBillable product { number } } } }`, {}, t.apiKey)).data.projectCosts.nodes[0];
    };
    expect(await priced({ projectCostMultiplierPercent: '150', projectCostProductNumber: 'KOST' })).toEqual({ costAmount: '1000.00', priceAmount: '1500.00', isBillable: true, product: { number: 'KOST' } });
    expect(await priced({ projectCostMode: 'COSTS_ONLY' })).toMatchObject({ priceAmount: '0.00', isBillable: false });
  });
});
