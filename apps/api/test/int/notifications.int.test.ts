import { startEconomicSandbox, startSmtpSandbox, type EconomicStore, type StartedSandbox, type StartedSmtpSandbox } from '@ledgerbridge/sandboxes';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ShortTenantDb } from '../../src/db/tenant-db.js';
import { idOfType } from '../../src/graphql/relay.js';
import { createServices } from '../../src/modules/services.js';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer } from '../seed.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
let smtp: StartedSmtpSandbox;
const economics: StartedSandbox<EconomicStore>[] = [];

beforeAll(async () => {
  smtp = await startSmtpSandbox({ auth: { user: 'relay', password: 'relay-secret-pw' } });
  app = await createTestApp({ SMTP_URL: smtp.smtpUrl, MAIL_FROM: 'noreply@ledgerbridge.test', PUBLIC_URL: 'https://lb.example.dk' });
});
beforeEach(() => {
  smtp.store.clear();
  smtp.faults.update({ errorRate: 0 });
});
afterEach(async () => {
  await Promise.all(economics.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

const NOTIFICATIONS = `query ($filter: NotificationFilter) { notifications(filter: $filter) { id kind status reason recipients subject runId connectionId attempts } }`;
const SETTINGS = `query ($id: ID!) { failureNotificationSettings(connectionId: $id) { connectionId isEnabled includeAdmins extraRecipients isSaved } }`;
const SAVE = `mutation ($input: SaveFailureNotificationSettingsInput!) { saveFailureNotificationSettings(input: $input) { settings { isEnabled includeAdmins extraRecipients isSaved } errors { code message field } } }`;

/** An e-conomic connection whose customer group does not exist, so every customer fails (PV-22). */
async function failingConnection(target: TestApp, t: AdminTenant): Promise<string> {
  const sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null });
  economics.push(sandbox);
  const res = await gql(target, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
    input: { connectorId: 'e-conomic', name: 'Bogføring', credentials: sandbox.credentials, settings: { customerGroupNumber: 999 } },
  }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return res.data.connectSystem.connection.id;
}

/** The run's notification once its sender has finished with it (the worker records it after the run). */
async function settledNotification(target: TestApp, key: string, runId: string): Promise<Record<string, any>> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const list = (await gql(target, NOTIFICATIONS, { filter: { runId } }, key)).data?.notifications ?? [];
    if (list[0] && list[0].status !== 'PENDING') return list[0];
    if (Date.now() > deadline) throw new Error(`no settled notification for run ${runId}: ${JSON.stringify(list)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('failure notifications (X-29, SE-FX-52, X-30 row 30)', () => {
  it('should reject unauthenticated callers', async () => {
    const res = await gql(app, NOTIFICATIONS, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should default to on, to the admins, and validate recipients with typed errors (SE-FX-52)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await failingConnection(app, t);
    expect((await gql(app, SETTINGS, { id: connectionId }, t.token)).data.failureNotificationSettings)
      .toEqual({ connectionId, isEnabled: true, includeAdmins: true, extraRecipients: [], isSaved: false });
    const bad = await gql(app, SAVE, { input: { connectionId, extraRecipients: ['ok@firma.dk', 'not-an-address'] } }, t.token);
    expect(bad.data.saveFailureNotificationSettings.errors).toEqual([expect.objectContaining({ code: 'INVALID_FORMAT', field: ['extraRecipients', '1'] })]);
    const saved = await gql(app, SAVE, { input: { connectionId, extraRecipients: ['bogholderi@firma.dk'] } }, t.token);
    expect(saved.data.saveFailureNotificationSettings).toEqual({ settings: { isEnabled: true, includeAdmins: true, extraRecipients: ['bogholderi@firma.dk'], isSaved: true }, errors: [] });
    const missing = await gql(app, SAVE, { input: { connectionId: 'Q29ubmVjdGlvbjpub3BlCg', isEnabled: false } }, t.token);
    expect(missing.data.saveFailureNotificationSettings.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['connectionId'] })]);
  });

  it('should e-mail one summary per run by reason, with a link to the transfer log, over real SMTP (X-29, X-30 row 30)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await failingConnection(app, t);
    await gql(app, SAVE, { input: { connectionId, extraRecipients: ['bogholderi@firma.dk'] } }, t.token);
    await seedCustomer(app, t.apiKey, '7101');
    await seedCustomer(app, t.apiKey, '7102');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.counts.failed).toBe(2);
    const runId = await latestRunId(t.apiKey, connectionId);
    const note = await settledNotification(app, t.apiKey, runId);
    expect(note).toMatchObject({ kind: 'TRANSFER_FAILURES', status: 'SENT', reason: null, connectionId, attempts: 1 });
    const [mail] = await smtp.store.waitFor(1);
    expect(smtp.store.messages).toHaveLength(1);
    expect(mail!.to).toEqual([expect.stringMatching(/^admin\d+-\d+@example\.se$/), 'bogholderi@firma.dk']);
    expect(mail!.from).toBe('noreply@ledgerbridge.test');
    expect(mail!.authUser).toBe('relay');
    expect(mail!.subject).toMatch(/^2 records not transferred to Bogføring \(Transfer tenant \d+\)$/);
    expect(mail!.text).toMatch(/^REJECTED: 2$/m);
    expect(mail!.text).toMatch(/customers .*: .*(group|999)/i);
    expect(mail!.text).toContain(`Transfer log: https://lb.example.dk/admin/transfers/${encodeURIComponent(runId)}`);
    expect(mail!.html).toContain('<td>REJECTED</td><td align="right">2</td>');

    // a resumed or retried run finds the record and sends nothing again
    const tenantId = await tenantOfRun(runId);
    const again = await createServices(new ShortTenantDb(app.ds), app.serviceDeps).notifications.notifyRunFailures(tenantId, idOfType(runId, 'TransferRun')!);
    expect(again?.status).toBe('SENT');
    expect(smtp.store.messages).toHaveLength(1);
  });

  it('should record SKIPPED when turned off, and send nothing (SE-FX-52)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await failingConnection(app, t);
    await gql(app, SAVE, { input: { connectionId, isEnabled: false } }, t.token);
    await seedCustomer(app, t.apiKey, '7201');
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    const note = await settledNotification(app, t.apiKey, await latestRunId(t.apiKey, connectionId));
    expect(note).toMatchObject({ status: 'SKIPPED', reason: expect.stringMatching(/off/), attempts: 0 });
    expect(smtp.store.messages).toEqual([]);
  });

  it('should record FAILED with the relay\'s reason and still finish the run when SMTP refuses (X-29)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await failingConnection(app, t);
    smtp.faults.update({ errorRate: 1 });
    await seedCustomer(app, t.apiKey, '7301');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run).toMatchObject({ status: 'FAILED', error: null });
    const note = await settledNotification(app, t.apiKey, await latestRunId(t.apiKey, connectionId));
    expect(note).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/451/) });
    expect(note.reason).not.toContain('relay-secret-pw');
    expect(smtp.store.messages).toEqual([]);
  });

  it('should not show one tenant\'s notifications to another', async () => {
    const t = await tenantWithAdmin(app);
    const other = await tenantWithAdmin(app);
    const connectionId = await failingConnection(app, t);
    await seedCustomer(app, t.apiKey, '7401');
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    await settledNotification(app, t.apiKey, await latestRunId(t.apiKey, connectionId));
    expect((await gql(app, NOTIFICATIONS, {}, other.apiKey)).data.notifications).toEqual([]);
    expect((await gql(app, SETTINGS, { id: connectionId }, other.apiKey)).data.failureNotificationSettings).toBeNull();
  });
});

describe('failure notifications without SMTP_URL (X-29: nothing lost silently)', () => {
  it('should record NOT_CONFIGURED for the run', async () => {
    const bare = await createTestApp();
    try {
      const t = await tenantWithAdmin(bare);
      const connectionId = await failingConnection(bare, t);
      await seedCustomer(bare, t.apiKey, '7501');
      await runAndWait(bare, t.apiKey, connectionId, ['customers']);
      const note = await settledNotification(bare, t.apiKey, await latestRunId(t.apiKey, connectionId, bare));
      expect(note).toMatchObject({ kind: 'TRANSFER_FAILURES', status: 'NOT_CONFIGURED', reason: expect.stringMatching(/SMTP_URL/), recipients: [expect.stringMatching(/@example\.se$/)] });
    } finally {
      await bare.stop();
    }
  });
});

async function latestRunId(key: string, connectionId: string, target: TestApp = app): Promise<string> {
  const res = await gql(target, `query ($c: ID) { transferRuns(connectionId: $c, first: 1) { id } }`, { c: connectionId }, key);
  const id = res.data?.transferRuns?.[0]?.id;
  if (!id) throw new Error(`no run: ${JSON.stringify(res)}`);
  return id;
}

async function tenantOfRun(runGlobalId: string): Promise<string> {
  // as the owner: the app role sees no rows without a tenant, which is the point of RLS
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const rows = await client.query<{ tenant_id: string }>('SELECT tenant_id FROM transfer_run WHERE id = $1', [idOfType(runGlobalId, 'TransferRun')]);
    return rows.rows[0]!.tenant_id;
  } finally {
    await client.end();
  }
}
