import { startEconomicSandbox, type EconomicStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { RUN, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
let sandbox: StartedSandbox<EconomicStore>;

beforeAll(async () => {
  app = await createTestApp({ SCHEDULE_TICK_SECONDS: '1' });
  sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null });
});
afterAll(async () => {
  await sandbox?.stop();
  await app?.stop();
});

async function connected(t: AdminTenant): Promise<string> {
  const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
    input: { connectorId: 'e-conomic', name: 'e-conomic', credentials: sandbox.credentials, settings: { bookInvoices: true } },
  }, t.token);
  return res.data.connectSystem.connection.id;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const RUNS = `query ($c: ID) { transferRuns(connectionId: $c) { id status trigger registers startedAt finishedAt } }`;
type Run = { id: string; status: string; trigger: string; registers: string[]; startedAt: string | null; finishedAt: string | null };

describe('schedules and status-driven transfers', () => {
  it('should validate a schedule and then run it on time as a SCHEDULE run, every 5 minutes (X-26, SE-VN-13)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connected(t);
    const SAVE = `mutation ($input: SaveTransferScheduleInput!) { saveTransferSchedule(input: $input) { schedule { id name everyMinutes isEnabled registers } errors { code field } } }`;
    const bad = await gql(app, SAVE, { input: { connectionId, registers: [], everyMinutes: 0 } }, t.token);
    expect(bad.data.saveTransferSchedule.errors.map((e: { field: string[] }) => e.field[0]).sort()).toEqual(['everyMinutes', 'registers']);
    const saved = await gql(app, SAVE, { input: { connectionId, name: 'sync', registers: ['CUSTOMERS', 'PRODUCTS'], everyMinutes: 5 } }, t.token);
    expect(saved.data.saveTransferSchedule.schedule).toMatchObject({ name: 'sync', everyMinutes: 5, isEnabled: true, registers: ['customers', 'products'] });
    const run = await until('a scheduled run', async () => ((await gql(app, RUNS, { c: connectionId }, t.apiKey)).data.transferRuns as Run[]).find((r) => r.trigger === 'SCHEDULE'));
    expect(run.registers).toEqual(['customers', 'products']);
    const listed = await gql(app, `query ($c: ID) { transferSchedules(connectionId: $c) { name lastRunId nextRunAt } }`, { c: connectionId }, t.apiKey);
    expect(listed.data.transferSchedules[0].lastRunId).toBe(run.id);
    expect(new Date(listed.data.transferSchedules[0].nextRunAt).getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
    // another tenant sees none of it
    const other = await tenantWithAdmin(app);
    expect((await gql(app, `{ transferSchedules { id } }`, {}, other.apiKey)).data.transferSchedules).toEqual([]);
  });

  it('should keep contacts in step and book completed jobs\' invoices in the ERP without anyone starting a run while connected (PV-02)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connected(t);
    const customerId = await seedCustomer(app, t.apiKey, '6301', 'Automatisk ApS');
    const invoice = await seedInvoice(app, t.apiKey, customerId);
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const saved = await gql(app, `mutation ($input: SaveTransferScheduleInput!) { saveTransferSchedule(input: $input) { errors { code field } } }`,
      { input: { connectionId, name: 'contacts and invoices', registers: ['CUSTOMERS', 'INVOICES'], everyMinutes: 5 } }, t.token);
    expect(saved.data.saveTransferSchedule.errors).toEqual([]);
    const done = await until('the invoice booked in the ERP', async () => {
      const read = await gql(app, `query ($id: ID!) { invoice(id: $id) { number status { key } } }`, { id: invoice.id }, t.apiKey);
      return read.data.invoice.status.key === 'in-erp-send-to-customer' ? read.data.invoice : null;
    });
    expect(sandbox.store.customers.get(6301)?.name).toBe('Automatisk ApS');
    expect(sandbox.store.booked.get(Number(done.number))?.customerNumber).toBe(6301);
    const runs = (await gql(app, RUNS, { c: connectionId }, t.apiKey)).data.transferRuns as Run[];
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.trigger === 'SCHEDULE')).toBe(true);
  });

  it('should send an invoice as soon as it enters the transfer status when the connection says so (X-20, SE-FX-02)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connected(t);
    const on = await gql(app, `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { connection { autoTransferInvoices } errors { message } } }`,
      { input: { connectionId, settings: {}, autoTransferInvoices: true } }, t.token);
    expect(on.data.updateConnectionSettings.connection.autoTransferInvoices).toBe(true);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '6101'));
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const done = await until('the invoice in the ERP', async () => {
      const read = await gql(app, `query ($id: ID!) { invoice(id: $id) { number status { key } } }`, { id: invoice.id }, t.apiKey);
      return read.data.invoice.status.key === 'in-erp-send-to-customer' ? read.data.invoice : null;
    });
    expect(done.number).toMatch(/^\d+$/);
    const runs = (await gql(app, RUNS, { c: connectionId }, t.apiKey)).data.transferRuns as Run[];
    expect(runs.map((r) => r.trigger)).toContain('STATUS');
  });

  it('should run transfers of one connection one at a time', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connected(t);
    for (let i = 0; i < 5; i++) await seedCustomer(app, t.apiKey, `62${i}`);
    const ids: string[] = [];
    for (const registers of [['CUSTOMERS'], ['PRODUCTS'], ['CUSTOMERS', 'PRODUCTS']]) {
      ids.push((await gql(app, RUN, { input: { connectionId, registers } }, t.apiKey)).data.runTransfer.run.id);
    }
    const runs = await until('three finished runs', async () => {
      const all = ((await gql(app, RUNS, { c: connectionId }, t.apiKey)).data.transferRuns as Run[]).filter((r) => ids.includes(r.id));
      return all.length === 3 && all.every((r) => r.finishedAt) ? all : null;
    });
    const spans = runs.map((r) => [Date.parse(r.startedAt!), Date.parse(r.finishedAt!)] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  });

  it('should run a pre-flight check and keep a schedule off while it finds errors (X-09, PV-22, X-04)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connected(t);
    const PREFLIGHT = `{ connections { preflight { isReady findings { code severity message examples } } } }`;
    expect((await gql(app, PREFLIGHT, {}, t.token)).data.connections[0].preflight).toEqual({ isReady: true, findings: [] });
    await seedCustomer(app, t.apiKey, 'K-12');
    await gql(app, `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { errors { message } } }`, { input: { connectionId, settings: { paymentTermsNumber: 999 } } }, t.token);
    const check = (await gql(app, PREFLIGHT, {}, t.token)).data.connections[0].preflight;
    expect(check.isReady).toBe(false);
    expect(check.findings.map((f: { code: string }) => f.code).sort()).toEqual(['NUMBER_FORMAT', 'REFERENCE_DATA']);
    expect(check.findings.find((f: { code: string }) => f.code === 'NUMBER_FORMAT').examples).toEqual(['K-12']);
    const refused = await gql(app, `mutation ($input: SaveTransferScheduleInput!) { saveTransferSchedule(input: $input) { schedule { id } errors { code field message } } }`,
      { input: { connectionId, registers: ['CUSTOMERS'], everyMinutes: 5 } }, t.token);
    expect(refused.data.saveTransferSchedule.schedule).toBeNull();
    expect(refused.data.saveTransferSchedule.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: ['isEnabled'], message: expect.stringContaining('Pre-flight') })]));
    const off = await gql(app, `mutation ($input: SaveTransferScheduleInput!) { saveTransferSchedule(input: $input) { schedule { isEnabled } errors { message } } }`,
      { input: { connectionId, registers: ['CUSTOMERS'], everyMinutes: 5, isEnabled: false } }, t.token);
    expect(off.data.saveTransferSchedule).toEqual({ schedule: { isEnabled: false }, errors: [] });
  });
});
