import { addDays, localDateHour } from '@ledgerbridge/domain';
import { startEconomicSandbox, type EconomicStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nightlyInvoicingTick } from '../../src/jobs/nightly-invoicing.job.js';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
const economics: StartedSandbox<EconomicStore>[] = [];

beforeAll(async () => {
  // the real-clock tick stays out of the way: these tests drive the night with their own clock
  app = await createTestApp({ SCHEDULE_TICK_SECONDS: '3600' });
});
afterEach(async () => {
  await Promise.all(economics.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await app?.stop();
});

const TZ = 'Europe/Copenhagen';
const SETTINGS = `{ nightlyInvoicing { hour timeZone isSaved lastRunDay openedThrough } }`;
const SAVE = `mutation ($input: SaveNightlyInvoicingInput!) { saveNightlyInvoicing(input: $input) { settings { hour timeZone isSaved } errors { code message field } } }`;
const READ = `query ($id: ID!) { invoice(id: $id) { number status { key } } }`;

/** The instant that is `hour`:10 on `date` in Copenhagen, whatever daylight saving says. */
function copenhagen(date: string, hour: number): Date {
  for (let offset = -3; offset <= 3; offset++) {
    const candidate = new Date(`${date}T${String(hour).padStart(2, '0')}:10:00Z`);
    candidate.setUTCHours(candidate.getUTCHours() - offset);
    const local = localDateHour(candidate, TZ);
    if (local.date === date && local.hour === hour) return candidate;
  }
  throw new Error(`no instant for ${date} ${hour}:10 in ${TZ}`);
}

/** A Monday at least a week after the real today, so the real clock never opens its jobs. */
function comingMonday(): string {
  let day = addDays(localDateHour(new Date(), TZ).date, 8);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 1) day = addDays(day, 1);
  return day;
}

async function tick(at: Date): Promise<{ day: string; horizon: string }[]> {
  const started = await nightlyInvoicingTick({ ds: app.ds, serviceDeps: app.serviceDeps, logger: app.serviceDeps.logger, now: () => at });
  return started.map(({ day, horizon }) => ({ day, horizon }));
}

/** Waits for every run of the connection to finish (the nightly one is queued for the worker). */
async function settled(t: AdminTenant, connectionId: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const runs = (await gql(app, `query ($c: ID) { transferRuns(connectionId: $c, first: 20) { status } }`, { c: connectionId }, t.apiKey)).data.transferRuns as { status: string }[];
    if (runs.length > 0 && runs.every((r) => !['QUEUED', 'RUNNING'].includes(r.status))) return;
    if (Date.now() > deadline) throw new Error(`runs did not finish: ${JSON.stringify(runs)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('nightly invoicing settings (PV-12)', () => {
  it('should default to 02:00 Europe/Copenhagen and refuse a bad hour or zone with typed errors', async () => {
    const t = await tenantWithAdmin(app);
    expect((await gql(app, SETTINGS, {}, t.apiKey)).data.nightlyInvoicing).toEqual({ hour: 2, timeZone: TZ, isSaved: false, lastRunDay: null, openedThrough: null });
    const bad = await gql(app, SAVE, { input: { hour: 24, timeZone: 'Mars/Olympus' } }, t.token);
    expect(bad.data.saveNightlyInvoicing.errors).toEqual([
      expect.objectContaining({ code: 'TOO_LARGE', field: ['hour'] }), expect.objectContaining({ code: 'INVALID_VALUE', field: ['timeZone'] }),
    ]);
    const good = await gql(app, SAVE, { input: { hour: 3 } }, t.token);
    expect(good.data.saveNightlyInvoicing).toEqual({ settings: { hour: 3, timeZone: TZ, isSaved: true }, errors: [] });
    expect((await gql(app, SAVE, { input: { hour: 1 } }, t.apiKey)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(app, SETTINGS, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await tenantWithAdmin(app);
    expect((await gql(app, SETTINGS, {}, other.apiKey)).data.nightlyInvoicing.isSaved).toBe(false);
  });
});

describe('invoicing before the job is completed (PV-10, PV-11, PV-12, X-26)', () => {
  it('should hold invoices until the night before their job day, skip weekends, and let Friday cover the weekend', async () => {
    const t = await tenantWithAdmin(app);
    const sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null });
    economics.push(sandbox);
    const connected = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
      input: { connectorId: 'e-conomic', name: 'e-conomic', credentials: sandbox.credentials },
    }, t.token);
    const connectionId = connected.data.connectSystem.connection.id;
    const saved = await gql(app, `mutation { saveInvoicingSettings(input: { creationMode: BOOKED, invoicingTime: BEFORE_WORKDAY }) { errors { code message } } }`, {}, t.token);
    expect(saved.data.saveInvoicingSettings.errors).toEqual([]);

    const monday = comingMonday();
    const [tuesday, friday, saturday] = [addDays(monday, 1), addDays(monday, 4), addDays(monday, 5)];
    const beforeJob = await seedCustomer(app, t.apiKey, '9101');
    const onCompletion = await seedCustomer(app, t.apiKey, '9102');
    await gql(app, `mutation ($id: ID!) { upsertCustomer(input: { id: $id, invoicingTime: ON_COMPLETION }) { errors { message } } }`, { id: onCompletion }, t.apiKey);
    const invoices: Record<string, string> = {};
    for (const [name, customerId, issueDate] of [['mon', beforeJob, monday], ['tue', beforeJob, tuesday], ['sat', beforeJob, saturday], ['completed', onCompletion, tuesday]] as const) {
      const inv = await seedInvoice(app, t.apiKey, customerId, { issueDate });
      await transition(app, t.apiKey, inv.id, 'send-to-erp');
      invoices[name] = inv.id;
    }
    const status = async (name: string): Promise<string> => (await gql(app, READ, { id: invoices[name] }, t.apiKey)).data.invoice.status.key;

    // an ordinary run sends the invoice made on completion (PV-11) and holds the others (PV-12)
    const day = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    const item = (name: string) => day.items.find((i) => i.register === 'invoices' && i.recordId === invoices[name]);
    expect(item('completed')).toMatchObject({ outcome: 'TRANSFERRED' });
    for (const name of ['mon', 'tue', 'sat']) expect(item(name)).toMatchObject({ outcome: 'SKIPPED', message: expect.stringContaining('PV-12') });

    await gql(app, `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { errors { message } } }`, { input: { connectionId, settings: {}, autoTransferInvoices: true } }, t.token);
    expect(await tick(copenhagen(addDays(monday, -1), 3))).toEqual([]); // Sunday: no run
    expect(await tick(copenhagen(monday, 1))).toEqual([]); // before the hour
    expect(await tick(copenhagen(monday, 2))).toEqual([{ day: monday, horizon: monday }]);
    expect(await tick(copenhagen(monday, 4))).toEqual([]); // once a night
    await settled(t, connectionId);
    expect(await status('mon')).toBe('in-erp-send-to-customer');
    expect(await status('tue')).toBe('send-to-erp');
    expect(await status('sat')).toBe('send-to-erp');

    expect(await tick(copenhagen(friday, 2))).toEqual([{ day: friday, horizon: addDays(friday, 2) }]);
    await settled(t, connectionId);
    expect(await status('tue')).toBe('in-erp-send-to-customer');
    expect(await status('sat')).toBe('in-erp-send-to-customer');
    expect(sandbox.store.booked.size).toBe(4);
    expect((await gql(app, SETTINGS, {}, t.apiKey)).data.nightlyInvoicing).toMatchObject({ lastRunDay: friday, openedThrough: addDays(friday, 2) });
  });
});
