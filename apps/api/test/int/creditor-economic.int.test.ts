import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../src/graphql/relay.js';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, connectFortnox, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const ERRORS = 'errors { code message field }';
const CREDITOR = 'isEnabled companyCountry supplierControlAccount journalNumber fallbackAccount postingMatrix { productGroup vatZone accountNumber } undecidedCells { productGroup vatZone }';
const UPDATE_CREDITOR = `mutation ($input: UpdateCreditorSettingsInput!) { updateCreditorSettings(input: $input) { creditorSettings { ${CREDITOR} } ${ERRORS} } }`;
const UPDATE_OSS = `mutation ($input: UpdateOneStopShopVatInput!) { updateOneStopShopVat(input: $input) { oneStopShopVat { isEnabled vatZoneNumber companyCountry } ${ERRORS} } }`;
type Err = { code: string; field: string[] | null };
const codes = (errors: Err[]): string[] => errors.map((e) => `${e.code}@${(e.field ?? []).join('.')}`).sort();

async function supplier(t: AdminTenant, number: string, countryCode: string): Promise<string> {
  const res = await gql(app, `mutation ($input: UpsertSupplierInput!) { upsertSupplier(input: $input) { supplier { id } ${ERRORS} } }`, {
    input: { number, name: `Supplier ${number}`, address: { line1: 'Vej 1', postalCode: '1000', city: 'By', countryCode } },
  }, t.apiKey);
  expect(res.data.upsertSupplier.errors).toEqual([]);
  return res.data.upsertSupplier.supplier.id;
}

async function supplierInvoice(t: AdminTenant, supplierId: string, invoiceNumber: string, lines: { productGroup: string; unitPrice: string }[]): Promise<string> {
  const res = await gql(app, `mutation ($input: CreateSupplierInvoiceInput!) { createSupplierInvoice(input: $input) { supplierInvoice { id } ${ERRORS} } }`, {
    input: {
      supplierId, invoiceNumber, currency: 'DKK', issueDate: `${new Date().getUTCFullYear()}-03-02`,
      lines: lines.map((l) => ({ ...l, description: `${l.productGroup} indkøb`, quantity: '1', vatRate: '25' })),
    },
  }, t.apiKey);
  expect(res.data.createSupplierInvoice.errors).toEqual([]);
  return res.data.createSupplierInvoice.supplierInvoice.id;
}

const matrix = [
  { productGroup: 'Rør', vatZone: 'DOMESTIC', accountNumber: '1320' },
  { productGroup: 'Rør', vatZone: 'EU', accountNumber: '1310' },
  { productGroup: 'Værktøj', vatZone: 'DOMESTIC', accountNumber: '1320' },
  { productGroup: 'Kørsel', vatZone: 'DOMESTIC', accountNumber: '9999' },
];
const ready = (connectionId: string, extra: Record<string, unknown> = {}) => ({
  connectionId, isEnabled: true, companyCountry: 'DK', supplierControlAccount: '6800', journalNumber: '2', fallbackAccount: '1310', postingMatrix: matrix, ...extra,
});

describe('creditor settings (RB-07..RB-12)', () => {
  it('should keep unauthenticated callers and partner keys out of the settings', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    expect((await gql(app, UPDATE_CREDITOR, { input: ready(connectionId) })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(app, UPDATE_CREDITOR, { input: ready(connectionId) }, t.apiKey)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await tenantWithAdmin(app);
    const foreign = await gql(app, UPDATE_CREDITOR, { input: ready(connectionId) }, other.token);
    expect(codes(foreign.data.updateCreditorSettings.errors)).toEqual(['NOT_FOUND@connectionId']);
  });

  it('should start off with every cell of every product group undecided, and refuse an incomplete activation with typed errors (RB-07, RB-08, RB-09, RB-12)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    await gql(app, `mutation { upsertProduct(input: { number: "R-1", name: "Rør", salesPrice: "10", productGroup: "Rør" }) { ${ERRORS} } }`, {}, t.apiKey);
    const initial = await gql(app, `{ connections { creditorSettings { ${CREDITOR} } oneStopShopVat { isEnabled vatZoneNumber } } }`, {}, t.token);
    expect(initial.data.connections[0]).toEqual({
      creditorSettings: {
        isEnabled: false, companyCountry: null, supplierControlAccount: null, journalNumber: null, fallbackAccount: null, postingMatrix: [],
        undecidedCells: [{ productGroup: 'Rør', vatZone: 'DOMESTIC' }, { productGroup: 'Rør', vatZone: 'EU' }, { productGroup: 'Rør', vatZone: 'ABROAD' }],
      },
      oneStopShopVat: { isEnabled: false, vatZoneNumber: null },
    });
    const refused = await gql(app, UPDATE_CREDITOR, { input: { connectionId, isEnabled: true, postingMatrix: [matrix[0], { ...matrix[0], accountNumber: '1310' }] } }, t.token);
    expect(refused.errors).toBeUndefined();
    expect(codes(refused.data.updateCreditorSettings.errors)).toEqual(['CONFLICT@postingMatrix.1', 'REQUIRED@companyCountry', 'REQUIRED@journalNumber', 'REQUIRED@supplierControlAccount']);
    const badZone = await gql(app, UPDATE_CREDITOR, { input: ready(connectionId, { postingMatrix: [{ productGroup: 'Rør', vatZone: 'MARS', accountNumber: '1' }] }) }, t.token);
    expect(badZone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const saved = await gql(app, UPDATE_CREDITOR, { input: ready(connectionId) }, t.token);
    expect(saved.data.updateCreditorSettings.errors).toEqual([]);
    expect(saved.data.updateCreditorSettings.creditorSettings).toMatchObject({ isEnabled: true, companyCountry: 'DK', supplierControlAccount: '6800', journalNumber: '2', fallbackAccount: '1310' });
    const reread = await gql(app, `{ connections { creditorSettings { postingMatrix { productGroup vatZone accountNumber } undecidedCells { productGroup vatZone } } } }`, {}, t.token);
    expect(reread.data.connections[0].creditorSettings).toEqual({ postingMatrix: matrix, undecidedCells: [{ productGroup: 'Rør', vatZone: 'ABROAD' }] });
  });

  it('should list undecided cells, an unknown journal and unknown or blocked accounts in the pre-flight check (RB-08..RB-12)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    await gql(app, `mutation { upsertProduct(input: { number: "R-1", name: "Rør", salesPrice: "10", productGroup: "Rør" }) { ${ERRORS} } }`, {}, t.apiKey);
    const saved = await gql(app, UPDATE_CREDITOR, {
      input: ready(connectionId, { supplierControlAccount: '9999', journalNumber: '42', fallbackAccount: null, postingMatrix: [{ productGroup: 'Rør', vatZone: 'DOMESTIC', accountNumber: '7777' }] }),
    }, t.token);
    expect(saved.data.updateCreditorSettings.errors).toEqual([]);
    const pre = (await gql(app, `{ connections { preflight { isReady findings { code severity message examples } } } }`, {}, t.token)).data.connections[0].preflight;
    expect(pre.isReady).toBe(false);
    expect(pre.findings).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'POSTING_MATRIX', severity: 'ERROR', examples: ['Rør × EU', 'Rør × ABROAD'] }),
      expect.objectContaining({ code: 'REFERENCE_DATA', severity: 'ERROR', message: expect.stringContaining('control account (RB-08) 9999 is blocked') }),
      expect.objectContaining({ code: 'REFERENCE_DATA', severity: 'ERROR', examples: ['7777'], message: expect.stringContaining('no usable fallback') }),
      expect.objectContaining({ code: 'REFERENCE_DATA', severity: 'ERROR', message: expect.stringContaining('Journal 42') }),
    ]));
    expect(pre.findings).toHaveLength(4);
  });
});

describe('supplier invoices to an e-conomic journal over real HTTP (RB-07, RB-09..RB-11)', () => {
  it('should book each invoice as one voucher with matrix accounts by the supplier\'s zone, fall back only for a blocked account, fail the undecided one with its reason, and never file twice', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const dk = await supplier(t, '5001', 'DK');
    const de = await supplier(t, '5003', 'DE');
    const domestic = await supplierInvoice(t, dk, 'DK-1', [{ productGroup: 'Rør', unitPrice: '100.00' }, { productGroup: 'Værktøj', unitPrice: '20.00' }]);
    const eu = await supplierInvoice(t, de, 'DE-1', [{ productGroup: 'Rør', unitPrice: '80.00' }]);
    const blocked = await supplierInvoice(t, dk, 'DK-2', [{ productGroup: 'Kørsel', unitPrice: '40.00' }]);
    const undecided = await supplierInvoice(t, de, 'DE-2', [{ productGroup: 'Værktøj', unitPrice: '10.00' }]);
    expect((await gql(app, UPDATE_CREDITOR, { input: ready(connectionId) }, t.token)).data.updateCreditorSettings.errors).toEqual([]);

    const run = await runAndWait(app, t.apiKey, connectionId, ['supplierInvoices']);
    expect(run.status).toBe('PARTIAL');
    const byRecord = new Map(run.items.map((i) => [i.recordId, i]));
    expect(byRecord.get(undecided)).toMatchObject({ outcome: 'FAILED', errorCode: 'REJECTED', message: expect.stringContaining('"Værktøj" × EU') });
    expect(byRecord.get(blocked)).toMatchObject({ outcome: 'TRANSFERRED', message: expect.stringContaining('account 9999 cannot be used, booked on the fallback account 1310 (RB-10)') });
    expect(run.counts).toMatchObject({ transferred: 3, failed: 1 });

    const entriesOf = (externalId: string | null) => {
      const [journal, id] = (externalId ?? '').split('/');
      const voucher = sandbox.store.vouchers.find((v) => String(v.journalNumber) === journal && `${v.accountingYear}-${v.voucherNumber}` === id);
      return voucher?.entries.map((e) => [e.supplierNumber, e.supplierInvoiceNumber, e.contraAccountNumber, e.amount]);
    };
    // 100 + 20 net at 25 % on one account: 150.00 DKK gross, in øre
    expect(entriesOf(byRecord.get(domestic)!.externalId)).toEqual([[5001, 'DK-1', 1320, 15000n]]);
    expect(entriesOf(byRecord.get(eu)!.externalId)).toEqual([[5003, 'DE-1', 1310, 10000n]]);
    expect(entriesOf(byRecord.get(blocked)!.externalId)).toEqual([[5001, 'DK-2', 1310, 5000n]]);
    expect(sandbox.store.vouchers.filter((v) => v.journalNumber === 2)).toHaveLength(3);

    const filed = await gql(app, `query ($id: ID!) { supplierInvoice(id: $id) { erpVouchers { connectionId externalId voucherNumber } } }`, { id: domestic }, t.apiKey);
    expect(filed.data.supplierInvoice.erpVouchers).toEqual([{ connectionId, externalId: byRecord.get(domestic)!.externalId, voucherNumber: byRecord.get(domestic)!.externalNumber }]);
    const notFiled = await gql(app, `query ($id: ID!) { supplierInvoice(id: $id) { erpVouchers { externalId } } }`, { id: undecided }, t.apiKey);
    expect(notFiled.data.supplierInvoice.erpVouchers).toEqual([]);

    const again = await runAndWait(app, t.apiKey, connectionId, ['supplierInvoices']);
    expect(again.counts).toMatchObject({ transferred: 0, failed: 1 });
    expect(sandbox.store.vouchers.filter((v) => v.journalNumber === 2)).toHaveLength(3);
  });

  it('should file exactly one voucher when e-conomic commits it but the answer is lost (ADR 0005)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const dk = await supplier(t, '5001', 'DK');
    const id = await supplierInvoice(t, dk, 'DK-9', [{ productGroup: 'Rør', unitPrice: '100.00' }]);
    expect((await gql(app, UPDATE_CREDITOR, { input: ready(connectionId) }, t.token)).data.updateCreditorSettings.errors).toEqual([]);
    const faults = await fetch(`${sandbox.baseUrl}/__sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ dropAfterCommitRate: 1 }) });
    expect(faults.ok).toBe(true);
    const run = await runAndWait(app, t.apiKey, connectionId, ['supplierInvoices']);
    expect(run.items).toEqual([expect.objectContaining({ recordId: id, outcome: 'TRANSFERRED' })]);
    expect(sandbox.store.vouchers.filter((v) => v.journalNumber === 2)).toHaveLength(1);
  });

  it('should show the planned voucher and the blocking reasons in a dry run without filing anything (RB-10, RB-11)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const dk = await supplier(t, '5001', 'DK');
    const good = await supplierInvoice(t, dk, 'DK-1', [{ productGroup: 'Kørsel', unitPrice: '40.00' }]);
    const bad = await supplierInvoice(t, dk, 'DK-2', [{ productGroup: 'Ukendt', unitPrice: '10.00' }]);
    expect((await gql(app, UPDATE_CREDITOR, { input: ready(connectionId) }, t.token)).data.updateCreditorSettings.errors).toEqual([]);
    const res = await gql(app, `mutation ($input: RunTransferInput!) { runTransfer(input: $input) { plan { recordId action payload errors } ${ERRORS} } }`, {
      input: { connectionId, registers: ['SUPPLIER_INVOICES'], dryRun: true },
    }, t.apiKey);
    expect(res.data.runTransfer.errors).toEqual([]);
    const plan = new Map(res.data.runTransfer.plan.map((p: { recordId: string }) => [p.recordId, p]));
    // a dry run reports row ids
    expect(plan.get(fromGlobalId(good)!.id)).toMatchObject({ action: 'CREATE', errors: [], payload: { journalNumber: '2', supplierNumber: '5001', entries: [{ accountNumber: '1310', grossAmount: '50.00' }] } });
    expect(plan.get(fromGlobalId(bad)!.id)).toMatchObject({ action: 'CREATE', payload: null, errors: [expect.stringContaining('"Ukendt" × DOMESTIC')] });
    expect(sandbox.store.vouchers).toHaveLength(0);
  });

  it('should send nothing while the creditor integration is off (RB-07)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    await supplierInvoice(t, await supplier(t, '5001', 'DK'), 'DK-1', [{ productGroup: 'Rør', unitPrice: '100.00' }]);
    const run = await runAndWait(app, t.apiKey, connectionId, ['supplierInvoices']);
    expect(run.items).toEqual([expect.objectContaining({ outcome: 'SKIPPED', message: expect.stringContaining('RB-07') })]);
    expect(sandbox.store.vouchers).toHaveLength(0);
  });

  it('should fail each supplier invoice as UNSUPPORTED on Fortnox', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectFortnox(app, t);
    const id = await supplierInvoice(t, await supplier(t, '77', 'SE'), 'SE-1', [{ productGroup: 'Rör', unitPrice: '100.00' }]);
    expect((await gql(app, UPDATE_CREDITOR, { input: ready(connectionId, { companyCountry: 'SE' }) }, t.token)).data.updateCreditorSettings.errors).toEqual([]);
    const run = await runAndWait(app, t.apiKey, connectionId, ['supplierInvoices']);
    expect(run.items).toEqual([expect.objectContaining({ recordId: id, outcome: 'FAILED', errorCode: 'UNSUPPORTED' })]);
  });
});

describe('One Stop Shop VAT (RB-21, X-17)', () => {
  it('should create EU consumers in the OSS VAT zone only while OSS is on; businesses with a VAT number and domestic customers keep their zone', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customer = (number: string, countryCode: string, vatNumber?: string) => gql(app, `mutation ($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { ${ERRORS} } }`, {
      input: { number, name: `Kunde ${number}`, ...(vatNumber ? { vatNumber } : {}), billingAddress: { line1: 'Str. 1', postalCode: '10115', city: 'By', countryCode } },
    }, t.apiKey);
    for (const [n, c, v] of [['201', 'DE', undefined], ['202', 'DE', 'DE812345678'], ['203', 'DK', undefined]] as const) {
      expect((await customer(n, c, v)).data.upsertCustomer.errors).toEqual([]);
    }
    const refused = await gql(app, UPDATE_OSS, { input: { connectionId, isEnabled: true } }, t.token);
    expect(codes(refused.data.updateOneStopShopVat.errors)).toEqual(['REQUIRED@companyCountry', 'REQUIRED@vatZoneNumber']);
    // an agreement set up for OSS has its own VAT zone for EU consumer sales
    sandbox.store.vatZones.set(5, { vatZoneNumber: 5, name: 'EU OSS', enabledForCustomer: true, enabledForSupplier: false, salesVatPercent: 19n });
    const on = await gql(app, UPDATE_OSS, { input: { connectionId, isEnabled: true, vatZoneNumber: '5', companyCountry: 'DK' } }, t.token);
    expect(on.data.updateOneStopShopVat).toEqual({ oneStopShopVat: { isEnabled: true, vatZoneNumber: '5', companyCountry: 'DK' }, errors: [] });
    await makeEligible(t, ['201', '202', '203']);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect([201, 202, 203].map((n) => sandbox.store.customers.get(n)?.vatZoneNumber)).toEqual([5, 2, 1]);

    const off = await gql(app, UPDATE_OSS, { input: { connectionId, isEnabled: false } }, t.token);
    expect(off.data.updateOneStopShopVat.errors).toEqual([]);
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(sandbox.store.customers.get(201)?.vatZoneNumber).toBe(2);
  });
});

/** Customers go to the ERP once they have an invoice or active project (SE-FX-14); an active project is the lighter way. */
async function makeEligible(t: AdminTenant, numbers: readonly string[]): Promise<void> {
  for (const number of numbers) {
    const found = await gql(app, `query ($n: [String!]) { customers(filter: { numbers: $n }) { edges { node { id } } } }`, { n: [number] }, t.apiKey);
    const customerId = found.data.customers.edges[0].node.id;
    const res = await gql(app, `mutation ($c: ID!, $n: String!) { upsertProject(input: { number: $n, name: "Projekt", customerId: $c }) { ${ERRORS} } }`, { c: customerId, n: `P${number}` }, t.apiKey);
    expect(res.data.upsertProject.errors).toEqual([]);
  }
}
