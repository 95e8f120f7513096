import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, editInEconomic, setRegisterRules, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code message field } } }`;
const CUSTOMER = `query ($id: ID!) { customer(id: $id) { number name email phone } }`;
const UPSERT_CUSTOMER = `mutation ($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { customer { id number } errors { code message field } } }`;

async function readRegisterRules(t: AdminTenant): Promise<Record<string, unknown>> {
  return (await gql(app, `{ connections { rules } }`, {}, t.token)).data.connections[0].rules.registers;
}

describe('register rules through GraphQL', () => {
  it('should show e-conomic\'s defaults and refuse a bad register rule with a typed error naming the field (X-06, X-08, X-07)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    expect(await readRegisterRules(t)).toEqual({
      customerMaster: 'NONE', productMaster: 'NONE', customerNumbering: 'ERP', transferAllCustomers: false,
      pushNewCustomersAtFirstInvoice: false, transferProjects: true, closedProjects: 'DEACTIVATE', invoiceNumbering: 'ERP', pushLinkedChangesImmediately: false,
    });
    const bad = await gql(app, RULES, { input: { connectionId, rules: { registers: { customerMaster: 'BOTH', projectNumberLength: 0 } } } }, t.token);
    expect(bad.errors).toBeUndefined();
    expect(bad.data.updateTransferRules.errors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual(['rules.registers.customerMaster', 'rules.registers.projectNumberLength']);
    expect(bad.data.updateTransferRules.errors.every((e: { code: string }) => e.code !== 'INTERNAL_SERVER_ERROR')).toBe(true);
    // one rule changed, the others as they were
    await setRegisterRules(app, t, connectionId, { productMaster: 'ERP' });
    expect(await setRegisterRules(app, t, connectionId, { customerMaster: 'SOURCE' })).toMatchObject({ productMaster: 'ERP', customerMaster: 'SOURCE', customerNumbering: 'ERP' });
  });
});

describe('customer numbers and keys (X-08, X-09)', () => {
  it('should create a customer without a number in e-conomic and write back the number e-conomic gives it (PV-26, SE-VN-25, X-21)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const created = await gql(app, UPSERT_CUSTOMER, { input: { name: 'Uden Nummer ApS', email: 'bogholder@udennummer.dk' } }, t.apiKey);
    const customerId = created.data.upsertCustomer.customer.id;
    expect(created.data.upsertCustomer.customer.number).toBeNull();
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual([expect.objectContaining({ register: 'customers', outcome: 'TRANSFERRED', recordId: expect.any(String), externalNumber: expect.stringMatching(/^\d+$/) })]);
    const erpNumber = run.items[0]!.externalNumber!;
    expect(sandbox.store.customers.get(Number(erpNumber))?.name).toBe('Uden Nummer ApS');
    expect((await gql(app, CUSTOMER, { id: customerId }, t.apiKey)).data.customer.number).toBe(erpNumber);
    const quiet = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(quiet.counts).toMatchObject({ transferred: 0, updated: 0, failed: 0 });
    expect(sandbox.store.customers.size).toBe(1);
  });

  it('should fail a linked customer whose number changed, naming the rule, instead of creating a duplicate (SE-VN-15, PV-25)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '1101', 'Fast Nummer ApS');
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    // the API refuses to renumber a customer; a data fix straight in the database does not
    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    const updated = await db.query(`UPDATE customer SET number = '1102', name = 'Nyt Nummer ApS' WHERE number = '1101'`);
    await db.end();
    expect(updated.rowCount).toBe(1);
    expect((await gql(app, CUSTOMER, { id: customerId }, t.apiKey)).data.customer.number).toBe('1102');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual([expect.objectContaining({ outcome: 'FAILED', errorCode: 'KEY_CHANGED', message: expect.stringMatching(/changed from "1101" to "1102".*SE-VN-15/) })]);
    expect([...sandbox.store.customers.keys()]).toEqual([1101]);
    expect(sandbox.store.customers.get(1101)?.name).toBe('Fast Nummer ApS');
    // with no master our pending edit is not overwritten by the ERP's older name (ADR 0006)
    expect((await gql(app, CUSTOMER, { id: customerId }, t.apiKey)).data.customer.name).toBe('Nyt Nummer ApS');
  });
});

describe('master system for customers (X-06)', () => {
  it('should apply updates only from the master and follow a new master on the next run (SE-EE-13, SE-FX-36, SE-FX-39, SE-FX-41)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '1201', 'Original ApS');
    await runAndWait(app, t.apiKey, connectionId, ['customers']);

    await setRegisterRules(app, t, connectionId, { customerMaster: 'ERP' });
    await gql(app, UPSERT_CUSTOMER, { input: { id: customerId, name: 'Vores Navn ApS' } }, t.apiKey);
    await editInEconomic(sandbox, '/customers/1201', { email: 'erp@original.dk' });
    const erpMaster = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(erpMaster.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ direction: 'PUSH', outcome: 'SKIPPED', message: expect.stringContaining('X-06') }),
      expect.objectContaining({ direction: 'PULL', outcome: 'UPDATED' }),
    ]));
    expect(sandbox.store.customers.get(1201)?.name).toBe('Original ApS');
    // the master's version wins, our edit included
    expect((await gql(app, CUSTOMER, { id: customerId }, t.apiKey)).data.customer).toMatchObject({ name: 'Original ApS', email: 'erp@original.dk' });

    await setRegisterRules(app, t, connectionId, { customerMaster: 'SOURCE' });
    await gql(app, UPSERT_CUSTOMER, { input: { id: customerId, name: 'Kilde ApS' } }, t.apiKey);
    await editInEconomic(sandbox, '/customers/1201', { telephoneAndFaxNumber: '70 20 30 40' });
    const sourceMaster = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(sourceMaster.items).toEqual([expect.objectContaining({ direction: 'PUSH', outcome: 'UPDATED' })]);
    expect(sandbox.store.customers.get(1201)?.name).toBe('Kilde ApS');
    expect((await gql(app, CUSTOMER, { id: customerId }, t.apiKey)).data.customer).toMatchObject({ name: 'Kilde ApS', phone: null });
  });
});

describe('master system for products (X-06)', () => {
  it('should keep product edits made in e-conomic out while the source is master, and send ours (SE-FX-43, SE-EE-14)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    await gql(app, `mutation { upsertProduct(input: { number: "MS-1", name: "Timer", salesPrice: "100.00" }) { errors { message } } }`, {}, t.apiKey);
    await runAndWait(app, t.apiKey, connectionId, ['products']);
    await setRegisterRules(app, t, connectionId, { productMaster: 'SOURCE' });
    await editInEconomic(sandbox, '/products/MS-1', { name: 'Timer (ERP)' });
    const ignored = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(ignored.items.filter((i) => i.direction === 'PULL')).toEqual([]);
    const read = async () => (await gql(app, `{ products(filter: { numbers: ["MS-1"] }) { nodes { name salesPrice } } }`, {}, t.apiKey)).data.products.nodes[0];
    expect(await read()).toEqual({ name: 'Timer', salesPrice: '100.0000' });
    await gql(app, `mutation { upsertProduct(input: { number: "MS-1", salesPrice: "120.00" }) { errors { message } } }`, {}, t.apiKey);
    const sent = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(sent.items).toEqual([expect.objectContaining({ direction: 'PUSH', outcome: 'UPDATED' })]);
    expect(sandbox.store.products.get('MS-1')?.name).toBe('Timer');
  });
});

describe('customer eligibility (X-12)', () => {
  it('should send a prospect while "transfer all customers" is on, then turn the mode off by itself (SE-FX-37, SE-FX-40, SE-FX-14)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    await gql(app, UPSERT_CUSTOMER, { input: { number: '1301', name: 'Emne Et ApS', isProspect: true } }, t.apiKey);
    expect(await setRegisterRules(app, t, connectionId, { transferAllCustomers: true })).toMatchObject({ transferAllCustomers: true });
    const all = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(all.items).toEqual([expect.objectContaining({ outcome: 'TRANSFERRED', externalNumber: '1301' })]);
    expect(await readRegisterRules(t)).toMatchObject({ transferAllCustomers: false });
    await gql(app, UPSERT_CUSTOMER, { input: { number: '1302', name: 'Emne To ApS', isProspect: true } }, t.apiKey);
    const next = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    // the one sent stays linked (SE-FX-15); the new prospect waits under the normal rules again
    expect(next.items).toEqual([
      expect.objectContaining({ outcome: 'SKIPPED', externalId: '1301', message: 'Unchanged since the last transfer' }),
      expect.objectContaining({ outcome: 'SKIPPED', externalId: null, message: expect.stringContaining('SE-FX-14') }),
    ]);
    expect(sandbox.store.customers.has(1302)).toBe(false);
  });

  it('should hold a new customer back until its first invoice when the connection asks for it (PV-05, PV-23)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    await setRegisterRules(app, t, connectionId, { pushNewCustomersAtFirstInvoice: true });
    const customerId = await seedCustomer(app, t.apiKey, '1401', 'Ny Kontakt ApS');
    const waiting = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(waiting.items).toEqual([expect.objectContaining({ outcome: 'SKIPPED', message: expect.stringContaining('PV-05') })]);
    expect(sandbox.store.customers.has(1401)).toBe(false);
    await seedInvoice(app, t.apiKey, customerId);
    const invoiced = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(invoiced.items).toEqual([expect.objectContaining({ outcome: 'TRANSFERRED', externalNumber: '1401' })]);
  });
});

describe('number rules (X-15)', () => {
  it('should fail products breaking a number rule with the rule\'s code, send the rest, and show them in the pre-flight check (SE-VN-14, SE-EE-07, SE-VN-20)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    await setRegisterRules(app, t, connectionId, { productNumberLength: 4 });
    const ids: Record<string, string> = {};
    for (const n of ['AB12', 'AB123', 'ab-1', 'AB-1']) {
      const res = await gql(app, `mutation ($n: String!) { upsertProduct(input: { number: $n, name: "Vare", salesPrice: "10.00" }) { product { id } errors { message } } }`, { n }, t.apiKey);
      ids[n] = res.data.upsertProduct.product.id;
    }
    const run = await runAndWait(app, t.apiKey, connectionId, ['products']);
    const byRecord = new Map(run.items.filter((i) => i.direction === 'PUSH').map((i) => [i.recordId, i]));
    expect(byRecord.get(ids['AB12']!)).toMatchObject({ outcome: 'TRANSFERRED' });
    expect(byRecord.get(ids['AB123']!)).toMatchObject({ outcome: 'FAILED', errorCode: 'NUMBER_LENGTH', message: expect.stringContaining('SE-VN-14') });
    expect(byRecord.get(ids['ab-1']!)).toMatchObject({ outcome: 'FAILED', errorCode: 'NUMBER_NOT_UNIQUE' });
    expect(byRecord.get(ids['AB-1']!)).toMatchObject({ outcome: 'FAILED', errorCode: 'NUMBER_NOT_UNIQUE' });
    expect([...sandbox.store.products.keys()]).toEqual(['AB12']);
    const check = (await gql(app, `{ connections { preflight { isReady findings { code severity message examples } } } }`, {}, t.token)).data.connections[0].preflight;
    expect(check.isReady).toBe(false);
    expect(check.findings).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'NUMBER_RULE', severity: 'ERROR', message: expect.stringContaining('NUMBER_LENGTH'), examples: ['AB123'] }),
      expect.objectContaining({ code: 'NUMBER_RULE', severity: 'ERROR', message: expect.stringContaining('NUMBER_NOT_UNIQUE'), examples: expect.arrayContaining(['ab-1', 'AB-1']) }),
    ]));
  });
});

describe('projects (X-07)', () => {
  it('should set a project closed in the source inactive in e-conomic by default (SE-VN-29)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '1501');
    const project = await gql(app, `mutation ($c: ID!) { upsertProject(input: { number: "501", name: "Tagrender", customerId: $c }) { project { id } errors { message } } }`, { c: customerId }, t.apiKey);
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'projects']);
    expect(sandbox.store.projects.get(501)?.isBarred).toBe(false);
    await gql(app, `mutation ($id: ID!) { upsertProject(input: { id: $id, isActive: false }) { errors { message } } }`, { id: project.data.upsertProject.project.id }, t.apiKey);
    const run = await runAndWait(app, t.apiKey, connectionId, ['projects']);
    expect(run.items).toEqual([expect.objectContaining({ register: 'projects', outcome: 'UPDATED' })]);
    expect(sandbox.store.projects.get(501)?.isBarred).toBe(true);
  });
});
