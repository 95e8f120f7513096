import type { EconomicStore, StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inventoryValueTick } from '../../src/jobs/post-inventory-value.job.js';
import { toGlobalId } from '../../src/graphql/relay.js';
import { createLogger } from '../../src/logging/logger.js';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  // the worker's own tick runs every second, as it would in production every SCHEDULE_TICK_SECONDS
  app = await createTestApp({ SCHEDULE_TICK_SECONDS: '1' });
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code message field } } }`;
const POSTINGS = `{ connections { id inventoryValuePostings { periodKey frequency inventoryValue amount journalNumber status externalId error } } }`;
const settings = { isEnabled: true, frequency: 'DAILY', journalNumber: '1', inventoryAccountNumber: '5500', offsetAccountNumber: '1310' };

async function setInventoryValue(t: AdminTenant, connectionId: string, inventoryValue: Record<string, unknown>) {
  const res = await gql(app, RULES, { input: { connectionId, rules: { inventoryValue } } }, t.token);
  expect(res.errors).toBeUndefined();
  return res.data.updateTransferRules as { connection: { rules: Record<string, any> } | null; errors: { code: string; message: string; field: string[] }[] };
}

async function product(t: AdminTenant, number: string, stockOnHand: string, costPrice: string): Promise<void> {
  const res = await gql(app, `mutation ($input: UpsertProductInput!) { upsertProduct(input: $input) { errors { message } } }`, { input: { number, name: `Vare ${number}`, salesPrice: '100.00', costPrice, stockOnHand } }, t.apiKey);
  expect(res.data.upsertProduct.errors).toEqual([]);
}

type Posting = { periodKey: string; inventoryValue: string; amount: string; status: string; externalId: string | null };
async function postings(t: AdminTenant, connectionId: string): Promise<Posting[]> {
  const res = await gql(app, POSTINGS, {}, t.token);
  expect(res.errors).toBeUndefined();
  return res.data.connections.find((c: { id: string }) => c.id === connectionId).inventoryValuePostings;
}

async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const financeEntries = (sandbox: StartedSandbox<EconomicStore>) => sandbox.store.vouchers.flatMap((v) => v.entries.filter((e) => e.entryType === 'financeVoucher').map((e) => ({ journal: v.journalNumber, ...e })));
/** One tick as the worker runs it, at a chosen time; the outcome for this test's connection (tests share the database). */
async function tick(connectionId: string, now: Date): Promise<string | undefined> {
  const outcomes = await inventoryValueTick({ ds: app.ds, serviceDeps: app.serviceDeps, logger: createLogger('silent'), now });
  return outcomes.find((o) => toGlobalId('Connection', o.connectionId) === connectionId)?.outcome;
}
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);

describe('inventory value settings (RB-25..RB-28)', () => {
  it('should require frequency, journal and both accounts once enabled (RB-25, RB-26)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    const res = await setInventoryValue(t, connectionId, { isEnabled: true });
    expect(res.connection).toBeNull();
    expect(res.errors.map((e) => `${e.code} ${e.field.join('.')}`).sort()).toEqual([
      'REQUIRED rules.inventoryValue.frequency', 'REQUIRED rules.inventoryValue.inventoryAccountNumber', 'REQUIRED rules.inventoryValue.journalNumber', 'REQUIRED rules.inventoryValue.offsetAccountNumber',
    ]);
    const hourly = await setInventoryValue(t, connectionId, { ...settings, frequency: 'HOURLY' });
    expect(hourly.errors.map((e) => e.field.join('.'))).toEqual(['rules.inventoryValue.frequency']);
  });

  it('should refuse a journal that cannot take financial vouchers and an account the ERP lacks, as e-conomic reports them (RB-27, RB-28)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    const res = await setInventoryValue(t, connectionId, { ...settings, journalNumber: '2', offsetAccountNumber: '4444' });
    expect(res.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', field: ['rules', 'inventoryValue', 'journalNumber'], message: expect.stringContaining('RB-27') }),
      expect.objectContaining({ code: 'NOT_FOUND', field: ['rules', 'inventoryValue', 'offsetAccountNumber'] }),
    ]);
    const pick = await gql(app, `{ connections { referenceData(kind: JOURNALS) { items { externalId name entryTypes } problem { message } } } }`, {}, t.token);
    expect(pick.data.connections[0].referenceData.items).toEqual([
      { externalId: '1', name: 'Kassekladde', entryTypes: null },
      { externalId: '2', name: 'Leverandørfakturaer', entryTypes: ['supplierInvoice'] },
      { externalId: '3', name: 'Indbetalinger', entryTypes: ['customerPayment'] },
    ]);
    const saved = await setInventoryValue(t, connectionId, { ...settings, isEnabled: false });
    expect(saved.connection?.rules.inventoryValue).toEqual({ ...settings, isEnabled: false });
  });
});

describe('inventory value vouchers against the e-conomic sandbox (RB-25..RB-29)', () => {
  it('should post the value once per period from the worker\'s tick, then only the change, never twice (RB-25, RB-26, RB-29)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    await product(t, 'LAGER-1', '10', '61.25');
    await product(t, 'LAGER-2', '2.5', '100.00');
    await product(t, 'YDELSE', '0', '500.00');
    expect((await setInventoryValue(t, connectionId, settings)).errors).toEqual([]);

    // the worker's scheduled job posts today's voucher on its own
    const today = await waitFor(() => postings(t, connectionId), (p) => p.some((x) => x.status === 'DONE'));
    expect(today).toEqual([expect.objectContaining({ periodKey: new Date().toISOString().slice(0, 10), inventoryValue: '862.50', amount: '862.50', status: 'DONE' })]);
    expect(financeEntries(sandbox)).toEqual([expect.objectContaining({ journal: 1, accountNumber: 5500, contraAccountNumber: 1310, amount: 86250n })]);

    // the same period again: nothing new, whoever ticks
    expect(await tick(connectionId, new Date())).toBe('ALREADY_POSTED');
    expect(financeEntries(sandbox)).toHaveLength(1);

    // stock falls: tomorrow's voucher credits inventory with the change only
    await product(t, 'LAGER-1', '4', '61.25');
    expect(await tick(connectionId, day(1))).toBe('POSTED');
    const entries = financeEntries(sandbox);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ accountNumber: 5500, contraAccountNumber: 1310, amount: -36750n, text: expect.stringContaining(`Lagerværdi ${day(1).toISOString().slice(0, 10)}`) });
    expect((await postings(t, connectionId))[0]).toMatchObject({ inventoryValue: '495.00', amount: '-367.50', status: 'DONE' });

    // unchanged the day after: recorded, nothing sent
    expect(await tick(connectionId, day(2))).toBe('NOTHING_TO_POST');
    expect(financeEntries(sandbox)).toHaveLength(2);

    // the ledger is the tenant's own: no session, nothing; another tenant, neither rows nor settings
    expect((await gql(app, POSTINGS, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await tenantWithAdmin(app);
    expect((await gql(app, POSTINGS, {}, other.token)).data.connections).toEqual([]);
    const foreign = await gql(app, RULES, { input: { connectionId, rules: { inventoryValue: { isEnabled: false } } } }, other.token);
    expect(foreign.data.updateTransferRules.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['connectionId'] })]);
  });

  it('should resolve a lost answer by looking the voucher up, not by posting it again (RB-29, ADR 0005)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    await product(t, 'LAGER-9', '3', '10.00');
    // a monthly period after today's, so the worker's own tick never touches it
    expect((await setInventoryValue(t, connectionId, { ...settings, frequency: 'MONTHLY' })).errors).toEqual([]);
    await waitFor(() => postings(t, connectionId), (p) => p.some((x) => x.status === 'DONE'));
    const later = day(40);
    await product(t, 'LAGER-9', '5', '10.00');
    sandbox.faults.update({ dropAfterCommitRate: 1 });
    expect(await tick(connectionId, later)).toBe('PENDING');
    const filed = financeEntries(sandbox).length;
    expect((await postings(t, connectionId))[0]).toMatchObject({ status: 'OPEN', amount: '20.00' });
    sandbox.faults.update({ dropAfterCommitRate: 0 });
    expect(await tick(connectionId, later)).toBe('POSTED');
    expect(financeEntries(sandbox)).toHaveLength(filed);
    expect(financeEntries(sandbox).filter((e) => e.amount === 2000n)).toHaveLength(1);
    expect((await postings(t, connectionId))[0]).toMatchObject({ status: 'DONE', externalId: expect.stringMatching(/^voucher:1:/) });
  });
});
