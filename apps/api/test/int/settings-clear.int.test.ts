import { addDays } from '@ledgerbridge/domain';
import type { EconomicStore, StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic } from '../erp-connections.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
const sandboxes: StartedSandbox<EconomicStore>[] = [];

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await app?.stop();
});

const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code message field } } }`;
const SETTINGS = `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { connection { settings } errors { code message field } } }`;
const CLEAR = `mutation ($input: ClearCustomerInvoicingInput!) { clearCustomerInvoicing(input: $input) { customer { id invoiceCreationMode invoicingTime invoiceDelivery invoicing { creationMode invoicingTime delivery } } errors { code message field } } }`;
const UPSERT = `mutation ($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { customer { invoiceCreationMode invoicingTime invoiceDelivery } errors { code message field } } }`;
const CUSTOMER = `query ($id: ID!) { customer(id: $id) { invoiceCreationMode invoicingTime invoiceDelivery invoicing { creationMode invoicingTime delivery } } }`;

async function economicFor(t: AdminTenant) {
  const connected = await connectEconomic(app, t);
  sandboxes.push(connected.sandbox);
  return connected;
}

async function patchRules(t: AdminTenant, connectionId: string, rules: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await gql(app, RULES, { input: { connectionId, rules } }, t.token);
  expect(res.errors).toBeUndefined();
  expect(res.data.updateTransferRules.errors).toEqual([]);
  return res.data.updateTransferRules.connection.rules;
}

describe('clearing optional transfer rules through GraphQL (ADR 0024)', () => {
  it('should clear a number length with null, keep what the patch leaves out, and let the engine send what the rule refused (SE-VN-14, X-15)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await economicFor(t);
    await patchRules(t, connectionId, { registers: { productNumberLength: 4, projectNumberLength: 5, customerMaster: 'ERP' } });
    const product = await gql(app, `mutation { upsertProduct(input: { number: "AB123", name: "Vare", salesPrice: "10.00" }) { product { id } errors { message } } }`, {}, t.apiKey);
    const productId = product.data.upsertProduct.product.id;
    const refused = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(refused.items.find((i) => i.recordId === productId)).toMatchObject({ outcome: 'FAILED', errorCode: 'NUMBER_LENGTH' });

    // an absent key keeps the value: an empty group changes nothing
    expect((await patchRules(t, connectionId, { registers: {} }))['registers']).toMatchObject({ productNumberLength: 4, projectNumberLength: 5, customerMaster: 'ERP' });
    const cleared = (await patchRules(t, connectionId, { registers: { productNumberLength: null } }))['registers'] as Record<string, unknown>;
    expect(cleared).not.toHaveProperty('productNumberLength');
    expect(cleared).toMatchObject({ projectNumberLength: 5, customerMaster: 'ERP' });

    const sent = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(sent.items.find((i) => i.recordId === productId)).toMatchObject({ outcome: 'TRANSFERRED' });
    expect([...sandbox.store.products.keys()]).toContain('AB123');
  });

  it('should clear the default product and an OSS zone written as null literals in the document, not only in variables (X-16, RB-21)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    await patchRules(t, connectionId, { defaultProductNumber: 'P-1', projectNameLimit: 40, oneStopShopVat: { isEnabled: false, vatZoneNumber: '9' } });
    const inline = await gql(app, `mutation ($c: ID!) { updateTransferRules(input: { connectionId: $c, rules: { defaultProductNumber: null, oneStopShopVat: { vatZoneNumber: null } } }) { connection { rules } errors { code message field } } }`, { c: connectionId }, t.token);
    expect(inline.errors).toBeUndefined();
    expect(inline.data.updateTransferRules.errors).toEqual([]);
    const rules = inline.data.updateTransferRules.connection.rules;
    expect(rules).not.toHaveProperty('defaultProductNumber');
    expect(rules.projectNameLimit).toBe(40);
    expect(rules.oneStopShopVat).toEqual({ isEnabled: false });
    // and it stays cleared when read again
    const read = (await gql(app, `{ connections { rules } }`, {}, t.token)).data.connections[0].rules;
    expect(read).not.toHaveProperty('defaultProductNumber');
  });

  it('should put a defaulted rule or connector setting back to its default, clear an optional one, and refuse a bad value naming the field (PV-27, RB-13, X-16)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    const set = await gql(app, SETTINGS, { input: { connectionId, settings: { layoutNumber: 7, defaultProductNumber: 'X1' } } }, t.token);
    expect(set.data.updateConnectionSettings.errors).toEqual([]);
    expect(set.data.updateConnectionSettings.connection.settings).toMatchObject({ layoutNumber: 7, defaultProductNumber: 'X1' });
    const cleared = await gql(app, SETTINGS, { input: { connectionId, settings: { layoutNumber: null, defaultProductNumber: null } } }, t.token);
    expect(cleared.data.updateConnectionSettings.errors).toEqual([]);
    expect(cleared.data.updateConnectionSettings.connection.settings.layoutNumber).toBe(19);
    expect(cleared.data.updateConnectionSettings.connection.settings).not.toHaveProperty('defaultProductNumber');

    await patchRules(t, connectionId, { debtor: { markSentWhenBooked: true, emptyLineProductNumber: 'TEXT' } });
    const reset = await patchRules(t, connectionId, { debtor: { markSentWhenBooked: null, emptyLineProductNumber: null } });
    expect(reset['debtor']).toMatchObject({ markSentWhenBooked: false, isEnabled: true });
    expect(reset['debtor']).not.toHaveProperty('emptyLineProductNumber');

    const bad = await gql(app, RULES, { input: { connectionId, rules: { registers: { customerNumberLength: 'six', notARule: null } } } }, t.token);
    expect(bad.data.updateTransferRules.connection).toBeNull();
    expect(bad.data.updateTransferRules.errors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual(['rules.registers.customerNumberLength', 'rules.registers.notARule']);
  });

  it('should clear creditor accounts, the company country and the OSS zone sent as null, and keep those left out (RB-08..RB-10, RB-21)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    const CREDITOR = `mutation ($input: UpdateCreditorSettingsInput!) { updateCreditorSettings(input: $input) { creditorSettings { isEnabled companyCountry supplierControlAccount journalNumber fallbackAccount } errors { code message field } } }`;
    const OSS = `mutation ($input: UpdateOneStopShopVatInput!) { updateOneStopShopVat(input: $input) { oneStopShopVat { isEnabled vatZoneNumber companyCountry } errors { code message field } } }`;
    const set = await gql(app, CREDITOR, { input: { connectionId, isEnabled: false, companyCountry: 'DK', supplierControlAccount: '6800', journalNumber: '1', fallbackAccount: '5820', postingMatrix: [] } }, t.token);
    expect(set.data.updateCreditorSettings.errors).toEqual([]);
    const cleared = await gql(app, CREDITOR, { input: { connectionId, isEnabled: false, fallbackAccount: null, journalNumber: null, postingMatrix: [] } }, t.token);
    expect(cleared.data.updateCreditorSettings).toEqual({ creditorSettings: { isEnabled: false, companyCountry: 'DK', supplierControlAccount: '6800', journalNumber: null, fallbackAccount: null }, errors: [] });
    // clearing what an enabled integration needs is refused by name
    const refused = await gql(app, CREDITOR, { input: { connectionId, isEnabled: true, supplierControlAccount: null, journalNumber: '1', postingMatrix: [] } }, t.token);
    expect(refused.data.updateCreditorSettings.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: ['supplierControlAccount'] })]);

    expect((await gql(app, OSS, { input: { connectionId, isEnabled: true, vatZoneNumber: '9' } }, t.token)).data.updateOneStopShopVat.errors).toEqual([]);
    const oss = await gql(app, OSS, { input: { connectionId, isEnabled: false, vatZoneNumber: null } }, t.token);
    expect(oss.data.updateOneStopShopVat).toEqual({ oneStopShopVat: { isEnabled: false, vatZoneNumber: null, companyCountry: 'DK' }, errors: [] });
    const noCountry = await gql(app, OSS, { input: { connectionId, isEnabled: false, companyCountry: null } }, t.token);
    expect(noCountry.data.updateOneStopShopVat.oneStopShopVat).toEqual({ isEnabled: false, vatZoneNumber: null, companyCountry: null });
  });

  it('should leave clearing rules to admins: a partner app key cannot call it', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    await patchRules(t, connectionId, { defaultProductNumber: 'P-1' });
    const res = await gql(app, RULES, { input: { connectionId, rules: { defaultProductNumber: null } } }, t.apiKey);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(app, `{ connections { rules } }`, {}, t.token)).data.connections[0].rules.defaultProductNumber).toBe('P-1');
  });
});

describe('clearing a customer\'s own invoicing settings (PV-07, PV-15, ADR 0024)', () => {
  it('should keep own values on a partner\'s nulls, refuse the clear to a partner key, and let an admin fall back to the tenant\'s setting, which the engine then uses (PV-10, PV-11, PV-12)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    const saved = await gql(app, `mutation { saveInvoicingSettings(input: { creationMode: BOOKED, invoicingTime: ON_COMPLETION, delivery: NONE }) { errors { code message } } }`, {}, t.token);
    expect(saved.data.saveInvoicingSettings.errors).toEqual([]);
    const customerId = await seedCustomer(app, t.apiKey, '7301');
    const own = await gql(app, UPSERT, { input: { id: customerId, invoicingTime: 'BEFORE_WORKDAY', invoiceDelivery: 'EMAIL', email: 'ap@kunde.dk' } }, t.apiKey);
    expect(own.data.upsertCustomer.errors).toEqual([]);

    // partner apps send nulls for what they do not manage: that keeps the own values
    const partnerNulls = await gql(app, UPSERT, { input: { id: customerId, invoicingTime: null, invoiceDelivery: null, invoiceCreationMode: null } }, t.apiKey);
    expect(partnerNulls.data.upsertCustomer.customer).toEqual({ invoiceCreationMode: null, invoicingTime: 'BEFORE_WORKDAY', invoiceDelivery: 'EMAIL' });
    const forbidden = await gql(app, CLEAR, { input: { customerId } }, t.apiKey);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(app, CUSTOMER, { id: customerId }, t.apiKey)).data.customer.invoicingTime).toBe('BEFORE_WORKDAY');

    // held for the night while its own "before the job" applies
    const invoice = await seedInvoice(app, t.apiKey, customerId, { issueDate: addDays(new Date().toISOString().slice(0, 10), 30) });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const held = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(held.items.find((i) => i.register === 'invoices' && i.recordId === invoice.id)).toMatchObject({ outcome: 'SKIPPED', message: expect.stringContaining('PV-12') });

    const cleared = await gql(app, CLEAR, { input: { customerId, settings: ['INVOICING_TIME'] } }, t.token);
    expect(cleared.data.clearCustomerInvoicing).toEqual({
      customer: {
        id: customerId, invoiceCreationMode: null, invoicingTime: null, invoiceDelivery: 'EMAIL',
        invoicing: { creationMode: 'BOOKED', invoicingTime: 'ON_COMPLETION', delivery: 'EMAIL' },
      },
      errors: [],
    });
    const sent = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(sent.items.find((i) => i.register === 'invoices' && i.recordId === invoice.id)).toMatchObject({ outcome: 'TRANSFERRED' });

    // without a list every own value goes
    const all = await gql(app, CLEAR, { input: { customerId } }, t.token);
    expect(all.data.clearCustomerInvoicing.customer.invoicing).toEqual({ creationMode: 'BOOKED', invoicingTime: 'ON_COMPLETION', delivery: 'NONE' });
    expect((await gql(app, CUSTOMER, { id: customerId }, t.apiKey)).data.customer).toMatchObject({ invoiceCreationMode: null, invoicingTime: null, invoiceDelivery: null });
  });

  it('should refuse an empty list, an unknown id and another tenant\'s customer with typed errors naming the field', async () => {
    const t = await tenantWithAdmin(app);
    const other = await tenantWithAdmin(app);
    const customerId = await seedCustomer(app, t.apiKey, '7302');
    await gql(app, UPSERT, { input: { id: customerId, invoicingTime: 'BEFORE_WORKDAY' } }, t.apiKey);
    const empty = await gql(app, CLEAR, { input: { customerId, settings: [] } }, t.token);
    expect(empty.data.clearCustomerInvoicing).toEqual({ customer: null, errors: [expect.objectContaining({ code: 'REQUIRED', field: ['settings'] })] });
    const unknown = await gql(app, CLEAR, { input: { customerId: 'nonsense' } }, t.token);
    expect(unknown.data.clearCustomerInvoicing.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['customerId'] })]);
    const foreign = await gql(app, CLEAR, { input: { customerId } }, other.token);
    expect(foreign.data.clearCustomerInvoicing.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['customerId'] })]);
    expect((await gql(app, CUSTOMER, { id: customerId }, t.apiKey)).data.customer.invoicingTime).toBe('BEFORE_WORKDAY');
  });
});
