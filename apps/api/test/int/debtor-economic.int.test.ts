import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, stopSandboxes } from '../erp-connections.js';
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

const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules ruleWarnings { code message field } } errors { code message field } } }`;
const PREFLIGHT = `{ connections { id preflight { isReady findings { code severity message examples } } } }`;
const READ_INVOICE = `query ($id: ID!) { invoice(id: $id) { number status { key } } }`;

async function preflightOf(t: AdminTenant, connectionId: string): Promise<{ preflight: { isReady: boolean; findings: { code: string; severity: string; message: string; examples: string[] }[] } }> {
  const res = await gql(app, PREFLIGHT, {}, t.token);
  expect(res.errors).toBeUndefined();
  return res.data.connections.find((c: { id: string }) => c.id === connectionId);
}

async function setRules(t: AdminTenant, connectionId: string, rules: Record<string, unknown>) {
  const res = await gql(app, RULES, { input: { connectionId, rules } }, t.token);
  expect(res.errors).toBeUndefined();
  return res.data.updateTransferRules as { connection: { rules: Record<string, any>; ruleWarnings: { code: string; field: string[] }[] } | null; errors: { code: string; field: string[]; message: string }[] };
}

async function upsertCustomer(t: AdminTenant, input: Record<string, unknown>): Promise<string> {
  const res = await gql(app, `mutation ($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { customer { id } errors { code message field } } }`, { input }, t.apiKey);
  expect(res.data.upsertCustomer.errors).toEqual([]);
  return res.data.upsertCustomer.customer.id;
}

describe('debtor settings through GraphQL (RB-13..RB-24)', () => {
  it('should read the defaults and change one setting without resetting the others', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    const first = await setRules(t, connectionId, { debtor: { useActualQuantity: false } });
    expect(first.errors).toEqual([]);
    const second = await setRules(t, connectionId, { debtor: { markSentWhenBooked: true } });
    expect(second.connection?.rules.debtor).toEqual({
      isEnabled: true, useActualQuantity: false, neverBookEanInvoices: false, markSentWhenBooked: true, useActualCostPrice: true, layoutMappings: [],
    });
  });

  it('should refuse invalid debtor settings with typed errors naming the field', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    const res = await setRules(t, connectionId, { debtor: { isEnabled: 'yes', layoutMappings: [{ sourceLayout: 'logo', erpLayoutNumber: 'twenty' }] } });
    expect(res.connection).toBeNull();
    expect(res.errors.map((e) => `${e.code} ${e.field.join('.')}`).sort()).toEqual(['INVALID_FORMAT rules.debtor.isEnabled', 'INVALID_FORMAT rules.debtor.layoutMappings.0.erpLayoutNumber']);
  });

  it('should warn that "never book EAN" has no effect while "book when booked" is off (RB-18)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    const alone = await setRules(t, connectionId, { debtor: { neverBookEanInvoices: true } });
    expect(alone.errors).toEqual([]);
    expect(alone.connection?.ruleWarnings).toEqual([{ code: 'NO_EFFECT', message: expect.stringContaining('RB-18'), field: ['rules', 'debtor', 'neverBookEanInvoices'] }]);
    const preflight = await preflightOf(t, connectionId);
    expect(preflight.preflight.findings).toContainEqual(expect.objectContaining({ code: 'RULES', severity: 'WARNING', message: expect.stringContaining('RB-18') }));
    const both = await setRules(t, connectionId, { debtor: { bookWhenBookedInSource: true } });
    expect(both.connection?.ruleWarnings).toEqual([]);
  });
});

describe('debtor integration against the e-conomic sandbox (RB-13..RB-24)', () => {
  it('should transfer no customers, invoices or payments while the debtor integration is off, and products still (RB-13)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    expect((await setRules(t, connectionId, { debtor: { isEnabled: false } })).errors).toEqual([]);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2101'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    await gql(app, `mutation { upsertProduct(input: { number: "RB13", name: "Vare", salesPrice: "10.00" }) { errors { message } } }`, {}, t.apiKey);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products', 'invoices', 'payments']);
    expect(run.items.filter((i) => i.register !== 'products')).toEqual(['customers', 'invoices', 'payments'].map((register) => expect.objectContaining({ register, outcome: 'SKIPPED', recordId: null, message: expect.stringContaining('RB-13') })));
    expect(run.items.filter((i) => i.register === 'products')).toEqual([expect.objectContaining({ outcome: 'TRANSFERRED' })]);
    expect(sandbox.store.customers.size).toBe(0);
    expect(sandbox.store.drafts.size + sandbox.store.booked.size).toBe(0);
    expect((await setRules(t, connectionId, { debtor: { isEnabled: true } })).errors).toEqual([]);
    const on = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(on.counts.failed).toBe(0);
    expect(sandbox.store.customers.has(2101)).toBe(true);
    expect(sandbox.store.drafts.size).toBe(1);
  });

  it('should fail, not round, a quantity with 3 decimals, warn in the pre-flight check, and send 1 × amount with actual quantity off (RB-14, RB-15)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2201'), { lines: [{ description: 'Kabel', quantity: '1.375', unitPrice: '100.00', vatRate: '25' }] });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const preflight = await preflightOf(t, connectionId);
    expect(preflight.preflight.findings).toContainEqual(expect.objectContaining({ code: 'QUANTITY_DECIMALS', severity: 'WARNING', examples: [expect.stringContaining('1.3750')] }));
    const refused = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(refused.items.filter((i) => i.register === 'invoices')).toEqual([expect.objectContaining({ outcome: 'FAILED', errorCode: 'QUANTITY_DECIMALS', message: expect.stringMatching(/1\.375.*RB-15/) })]);
    expect(sandbox.store.drafts.size).toBe(0);
    expect((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice.status.key).toBe('failed');

    expect((await setRules(t, connectionId, { debtor: { useActualQuantity: false } })).errors).toEqual([]);
    const quiet = await preflightOf(t, connectionId);
    expect(quiet.preflight.findings.map((f: { code: string }) => f.code)).not.toContain('QUANTITY_DECIMALS');
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const sent = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(sent.items).toEqual([expect.objectContaining({ outcome: 'TRANSFERRED' })]);
    const [draft] = [...sandbox.store.drafts.values()];
    expect(draft?.lines.map((l) => [l.quantity, l.unitNetPrice])).toEqual([[100n, 13750n]]); // 1 × 137.50, the exact line value
    expect(draft?.netAmount).toBe(13750n);
  });

  it('should book what is booked in the source, never an EAN invoice, and mark booked invoices sent (RB-16, RB-17, RB-19)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    expect((await setRules(t, connectionId, { debtor: { bookWhenBookedInSource: true, neverBookEanInvoices: true, markSentWhenBooked: true } })).errors).toEqual([]);
    const plain = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2301'));
    const ean = await seedInvoice(app, t.apiKey, await upsertCustomer(t, { number: '2302', name: 'Kommunen', ean: '5790000000012' }));
    await transition(app, t.apiKey, plain.id, 'send-to-erp');
    await transition(app, t.apiKey, ean.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.counts.failed).toBe(0);
    expect(run.items.find((i) => i.recordId === ean.id)?.message).toContain('RB-17');
    expect(run.items.find((i) => i.recordId === plain.id)?.message).toContain('marked sent (RB-19)');
    expect([...sandbox.store.booked.values()].map((b) => b.customerNumber)).toEqual([2301]);
    expect([...sandbox.store.drafts.values()].map((d) => d.customerNumber)).toEqual([2302]);
    const read = await gql(app, READ_INVOICE, { id: plain.id }, t.apiKey);
    expect(read.data.invoice).toEqual({ number: String([...sandbox.store.booked.keys()][0]), status: { key: 'sent' } });
    expect((await gql(app, READ_INVOICE, { id: ean.id }, t.apiKey)).data.invoice.status.key).toBe('send-to-erp');
  });

  it('should leave invoices booked in the source as drafts with "book when booked" off, whatever the connector setting says (RB-16, PV-08, X-18)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t, { bookInvoices: true });
    expect((await setRules(t, connectionId, { debtor: { bookWhenBookedInSource: false } })).errors).toEqual([]);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2401'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.find((i) => i.recordId === invoice.id)).toMatchObject({ outcome: 'TRANSFERRED', message: expect.stringContaining('RB-16') });
    expect(sandbox.store.booked.size).toBe(0);
    expect(sandbox.store.drafts.size).toBe(1);
  });

  it('should give new e-conomic products our cost price only with "use actual cost price" on (RB-22)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    expect((await setRules(t, connectionId, { debtor: { useActualCostPrice: false } })).errors).toEqual([]);
    const res = await gql(app, `mutation { upsertProduct(input: { number: "RB22", name: "Rør", salesPrice: "100.00", costPrice: "61.25", suggestedPurchasePrice: "58.00" }) { product { costPrice suggestedPurchasePrice } errors { message } } }`, {}, t.apiKey);
    expect(res.data.upsertProduct.product).toEqual({ costPrice: '61.2500', suggestedPurchasePrice: '58.0000' });
    await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(sandbox.store.products.get('RB22')?.costPrice).toBe(580000n);
    expect((await setRules(t, connectionId, { debtor: { useActualCostPrice: true } })).errors).toEqual([]);
    const again = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(again.items).toEqual([expect.objectContaining({ outcome: 'UPDATED' })]);
    expect(sandbox.store.products.get('RB22')?.costPrice).toBe(612500n);
  });

  it('should send the ERP layout mapped from the customer\'s layout, and fail a customer layout the mapping lacks (RB-23, RB-24, X-05)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    expect((await setRules(t, connectionId, { debtor: { layoutMappings: [{ sourceLayout: 'logo', erpLayoutNumber: '21' }] } })).errors).toEqual([]);
    const mapped = await seedInvoice(app, t.apiKey, await upsertCustomer(t, { number: '2501', name: 'Med logo', layout: 'logo' }));
    const plain = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2502'));
    const unknown = await seedInvoice(app, t.apiKey, await upsertCustomer(t, { number: '2503', name: 'Ukendt', layout: 'gammel' }));
    for (const i of [mapped, plain, unknown]) await transition(app, t.apiKey, i.id, 'send-to-erp');
    const preflight = await preflightOf(t, connectionId);
    expect(preflight.preflight.findings).toContainEqual(expect.objectContaining({ code: 'LAYOUTS', severity: 'WARNING', examples: ['2503: gammel'] }));
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.find((i) => i.recordId === unknown.id)).toMatchObject({ outcome: 'FAILED', errorCode: 'LAYOUT_NOT_MAPPED' });
    const layoutOf = new Map([...sandbox.store.drafts.values()].map((d) => [d.customerNumber, d.layoutNumber]));
    expect(layoutOf).toEqual(new Map([[2501, 21], [2502, 19]])); // 19 = the connection's default layout
    expect((await setRules(t, connectionId, { debtor: { layoutMappings: [{ sourceLayout: 'logo', erpLayoutNumber: '77' }] } })).errors).toEqual([]);
    const missing = await preflightOf(t, connectionId);
    expect(missing.preflight).toMatchObject({ isReady: false, findings: expect.arrayContaining([expect.objectContaining({ code: 'LAYOUTS', severity: 'ERROR', examples: ['logo → 77'] })]) });
  });

  it('should give ERP invoice lines without a product the configured product number where they are read back (RB-20)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2601'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    const LINES = `query ($id: ID!) { invoice(id: $id) { erpDocument { externalId lines { productNumber isProductFromSetting description quantity unitPrice } } } }`;
    const before = await gql(app, LINES, { id: invoice.id }, t.apiKey);
    expect(before.data.invoice.erpDocument.lines).toEqual([{ productNumber: null, isProductFromSetting: false, description: 'Service visit', quantity: '2', unitPrice: '450' }]);
    expect((await setRules(t, connectionId, { debtor: { emptyLineProductNumber: 'UDEN-LAGER' } })).errors).toEqual([]);
    const after = await gql(app, LINES, { id: invoice.id }, t.apiKey);
    expect(after.data.invoice.erpDocument.lines).toEqual([expect.objectContaining({ productNumber: 'UDEN-LAGER', isProductFromSetting: true })]);
  });

  it('should mark an invoice sent once e-conomic\'s users book the draft there, and not before (RB-19, SE-EE-20)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    expect((await setRules(t, connectionId, { debtor: { markSentWhenBooked: true } })).errors).toEqual([]);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2701'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice.status.key).toBe('send-to-erp');
    const [draftNumber] = [...sandbox.store.drafts.keys()];
    sandbox.store.bookDraft(draftNumber!);
    const back = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(back.items).toEqual([expect.objectContaining({ outcome: 'UPDATED', message: expect.stringContaining('marked sent (RB-19)') })]);
    expect((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice.status.key).toBe('sent');
  });
});
