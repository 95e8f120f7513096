import type { EconomicStore, StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, connectFortnox, economicCall, setRegisterRules, stopSandboxes, type SandboxConnection } from '../erp-connections.js';
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

const READ_INVOICE = `query ($id: ID!) { invoice(id: $id) { number sourceNumber status { key } } }`;
const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code message field } } }`;
const CREDIT = `mutation ($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id sourceNumber } errors { code message field } } }`;
const PREFLIGHT = `{ connections { preflight { isReady findings { code severity message examples } } } }`;

/** e-conomic booking what we send (numbers come from booking, so the transfer must book). */
function economicFor(t: AdminTenant, bookInvoices = true): Promise<SandboxConnection<EconomicStore>> {
  return connectEconomic(app, t, { bookInvoices });
}

describe('invoice numbering owner: the source (X-08)', () => {
  it('SE-FX-32 SE-VN-44: books the invoice and its credit note in e-conomic under the numbers the source gave them', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await economicFor(t);
    expect(await setRegisterRules(app, t, connectionId, { invoiceNumbering: 'SOURCE' })).toMatchObject({ invoiceNumbering: 'SOURCE' });
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2101'), { sourceNumber: '7001' });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.register === 'invoices')).toEqual([expect.objectContaining({ outcome: 'TRANSFERRED', externalNumber: '7001' })]);
    expect([...sandbox.store.booked.keys()]).toEqual([7001]);
    expect((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice).toEqual({ number: '7001', sourceNumber: '7001', status: { key: 'in-erp-send-to-customer' } });

    const credit = await gql(app, CREDIT, { input: { invoiceId: invoice.id, issueDate: '2026-11-21', sourceNumber: '7002' } }, t.apiKey);
    expect(credit.data.createCreditNote.errors).toEqual([]);
    const credited = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(credited.items).toEqual([expect.objectContaining({ register: 'creditNotes', outcome: 'TRANSFERRED', externalNumber: '7002' })]);
    expect(sandbox.store.booked.get(7002)?.grossAmount).toBeLessThan(0n);
    expect((await gql(app, READ_INVOICE, { id: credit.data.createCreditNote.invoice.id }, t.apiKey)).data.invoice.number).toBe('7002');
  });

  it('SE-FX-32: an invoice without a number fails with the reason and is never sent', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await economicFor(t);
    await setRegisterRules(app, t, connectionId, { invoiceNumbering: 'SOURCE' });
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2201'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const check = (await gql(app, PREFLIGHT, {}, t.token)).data.connections[0].preflight;
    expect(check.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'INVOICE_NUMBER_REQUIRED', severity: 'ERROR', examples: [expect.any(String)] })]));
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.register === 'invoices')).toEqual([
      expect.objectContaining({ outcome: 'FAILED', errorCode: 'INVOICE_NUMBER_REQUIRED', message: expect.stringMatching(/has no number.*SE-FX-32/) }),
    ]);
    expect(sandbox.store.drafts.size + sandbox.store.booked.size).toBe(0);
    expect((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice).toMatchObject({ number: null, status: { key: 'failed' } });
  });

  it('SE-FX-32: an invoice that would be left as a draft fails before anything is created, as e-conomic gives a draft its own number when booked there', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await economicFor(t, false);
    await setRegisterRules(app, t, connectionId, { invoiceNumbering: 'SOURCE' });
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2251'), { sourceNumber: '7051' });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.register === 'invoices')).toEqual([expect.objectContaining({ outcome: 'FAILED', errorCode: 'INVOICE_NUMBER_REQUIRES_BOOKING' })]);
    expect(sandbox.store.drafts.size + sandbox.store.booked.size).toBe(0);
  });

  it('SE-FX-33: the pre-flight check warns when our next numbers are already used in e-conomic, and e-conomic refuses them', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await economicFor(t);
    await setRegisterRules(app, t, connectionId, { invoiceNumbering: 'SOURCE' });
    const customerId = await seedCustomer(app, t.apiKey, '2301');
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    const ours = await seedInvoice(app, t.apiKey, customerId, { sourceNumber: '7101' });
    await seedInvoice(app, t.apiKey, customerId, { sourceNumber: '7201' });
    const before = (await gql(app, PREFLIGHT, {}, t.token)).data.connections[0].preflight;
    expect(before.findings.filter((f: { code: string }) => f.code === 'INVOICE_NUMBER_SERIES')).toEqual([]);
    // e-conomic's users book an invoice of their own as 7101: the two series now overlap
    await bookInEconomic(sandbox, 2301, 7101);
    const check = (await gql(app, PREFLIGHT, {}, t.token)).data.connections[0].preflight;
    expect(check.findings).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'INVOICE_NUMBER_SERIES', severity: 'WARNING', examples: ['7101'], message: expect.stringContaining('SE-FX-33') }),
    ]));
    await transition(app, t.apiKey, ours.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(run.items).toEqual([expect.objectContaining({ outcome: 'FAILED', message: expect.stringMatching(/7101.*already in use/) })]);
    expect([...sandbox.store.booked.keys()]).toEqual([7101]);
  });
});

describe('customer number series (X-08)', () => {
  it('SE-EE-06: the pre-flight check warns when our unlinked customers\' numbers belong to other customers in e-conomic', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox } = await economicFor(t);
    const erpCustomer = (customerNumber: number, name: string) => sandbox.store.customers.set(customerNumber, {
      customerNumber, name, currency: 'DKK', customerGroupNumber: 1, paymentTermsNumber: 1, vatZoneNumber: 1,
      text: { address: 'Vej 1', zip: '8000', city: 'Aarhus C', country: 'Danmark' }, barred: false, lastUpdated: sandbox.store.timestamp(),
    });
    const clean = (await gql(app, PREFLIGHT, {}, t.token)).data.connections[0].preflight;
    expect(clean.findings.filter((f: { code: string }) => f.code === 'CUSTOMER_NUMBER_SERIES')).toEqual([]);
    erpCustomer(2601, 'Anden Kunde A/S');
    erpCustomer(2602, 'Samme Kunde ApS');
    await seedCustomer(app, t.apiKey, '2601', 'Vores Kunde ApS');
    await seedCustomer(app, t.apiKey, '2602', 'Samme Kunde ApS');
    await seedCustomer(app, t.apiKey, '2603', 'Ny Kunde ApS');
    const check = (await gql(app, PREFLIGHT, {}, t.token)).data.connections[0].preflight;
    expect(check.findings.filter((f: { code: string }) => f.code === 'CUSTOMER_NUMBER_SERIES')).toEqual([
      expect.objectContaining({ severity: 'WARNING', examples: ['2601'], message: expect.stringContaining('SE-EE-06') }),
    ]);
  });
});

describe('invoice numbering owner: the ERP (X-08)', () => {
  it('SE-VN-33: by default e-conomic numbers the invoice, whatever number the source has, and its number is written back', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await economicFor(t);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '2401'), { sourceNumber: '9001' });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    const [erpNumber] = [...sandbox.store.booked.keys()];
    expect(erpNumber).not.toBe(9001);
    expect((await gql(app, READ_INVOICE, { id: invoice.id }, t.apiKey)).data.invoice).toMatchObject({ number: String(erpNumber), sourceNumber: '9001' });
  });

  it('X-08 SE-VN-44: Fortnox numbers invoices and credit notes itself, so choosing the source there is refused naming the field', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    const refused = await gql(app, RULES, { input: { connectionId, rules: { registers: { invoiceNumbering: 'SOURCE' } } } }, t.token);
    expect(refused.data.updateTransferRules.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', field: ['rules', 'registers', 'invoiceNumbering'], message: expect.stringContaining('Fortnox') }),
    ]);
    expect((await gql(app, `{ connections { rules } }`, {}, t.token)).data.connections[0].rules.registers.invoiceNumbering).toBe('ERP');
  });

  it('X-08: one source number names one invoice per tenant', async () => {
    const t = await tenantWithAdmin(app);
    const customerId = await seedCustomer(app, t.apiKey, '2501');
    await seedInvoice(app, t.apiKey, customerId, { sourceNumber: '8001' });
    const twice = await gql(app, `mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } errors { code field } } }`, {
      input: { customerId, currency: 'DKK', issueDate: '2026-11-02', sourceNumber: ' 8001 ', lines: [{ description: 'x', quantity: '1', unitPrice: '1.00', vatRate: '25' }] },
    }, t.apiKey);
    expect(twice.data.createInvoice.errors).toEqual([{ code: 'CONFLICT', field: ['sourceNumber'] }]);
  });
});

/** A draft made and booked by e-conomic's own users under `number`. */
async function bookInEconomic(sandbox: StartedSandbox<EconomicStore>, customerNumber: number, number: number): Promise<void> {
  const draft = await economicCall(sandbox, 'POST', '/invoices/drafts', {
    date: '2026-11-01', currency: 'DKK', customer: { customerNumber },
    recipient: { name: 'Egen kunde', vatZone: { vatZoneNumber: 1 } }, paymentTerms: { paymentTermsNumber: 1 }, layout: { layoutNumber: 19 },
    lines: [{ lineNumber: 1, description: 'Fra e-conomic', quantity: 1, unitNetPrice: 100 }],
  });
  expect(draft.status, await draft.clone().text()).toBe(201);
  const { draftInvoiceNumber } = (await draft.json()) as { draftInvoiceNumber: number };
  const booked = await economicCall(sandbox, 'POST', '/invoices/booked', { draftInvoice: { draftInvoiceNumber }, bookWithNumber: number });
  expect(booked.status, await booked.clone().text()).toBe(201);
}
