import { startEconomicSandbox, startFortnoxSandbox, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer } from '../seed.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
const sandboxes: StartedSandbox<FortnoxStore>[] = [];

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await app?.stop();
});

const CONNECT = `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id status } errors { code message field } } }`;
const REAUTHORIZE = `mutation ($input: ReauthorizeConnectionInput!) { reauthorizeConnection(input: $input) { connection { id status } authorizeUrl errors { code message field } } }`;
const CONNECTIONS = `{ connections { id name status statusReason tokenExpiresAt rules } }`;
const RENAME = `mutation ($id: ID!, $name: String!) { upsertCustomer(input: { id: $id, name: $name }) { errors { message } } }`;

/** A Fortnox sandbox of its own per test: revoking its tokens must not reach other tests. */
async function sandbox(): Promise<StartedSandbox<FortnoxStore>> {
  const started = await startFortnoxSandbox({ seedData: true, rateLimit: null });
  sandboxes.push(started);
  return started;
}

function clientOf(fortnox: StartedSandbox<FortnoxStore>): Record<string, string> {
  const { clientId, clientSecret, baseUrl, tokenUrl, authorizeUrl } = fortnox.credentials;
  return { clientId: clientId!, clientSecret: clientSecret!, baseUrl: baseUrl!, tokenUrl: tokenUrl!, authorizeUrl: authorizeUrl! };
}

async function connectFortnox(t: AdminTenant, fortnox: StartedSandbox<FortnoxStore>): Promise<string> {
  const res = await gql(app, CONNECT, { input: { connectorId: 'fortnox', name: 'Fortnox AB', credentials: fortnox.credentials } }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return res.data.connectSystem.connection.id;
}

/** The admin's part on Fortnox's page: allow (or deny) and follow the redirect back to our callback. */
async function decideAtFortnox(authorizeUrl: string, decision: 'allow' | 'deny'): Promise<URL> {
  const authorize = new URL(authorizeUrl);
  const page = await fetch(authorize);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('action="/oauth-v1/auth/approve"');
  const approve = await fetch(new URL('/oauth-v1/auth/approve', authorize), {
    method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...Object.fromEntries(authorize.searchParams), decision }),
  });
  expect(approve.status).toBe(302);
  const callback = new URL(approve.headers.get('location')!);
  expect(callback.origin + callback.pathname).toBe(`${app.url}/oauth/callback`);
  return callback;
}

async function ownerQuery<T>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const rowIdOf = (globalId: string): string => Buffer.from(globalId, 'base64url').toString('utf8').replace(/^Connection:/, '');

async function storedCredentials(connectionId: string): Promise<Buffer | null> {
  const rows = await ownerQuery<{ credentials: Buffer | null }>('SELECT credentials FROM connection WHERE id = $1', [rowIdOf(connectionId)]);
  return rows[0]!.credentials;
}

async function onlyConnection(t: AdminTenant) {
  const list = (await gql(app, CONNECTIONS, {}, t.token)).data.connections;
  expect(list).toHaveLength(1);
  return list[0];
}

describe('reauthorizing an OAuth connection in place (issue #6)', () => {
  it('should bring a revoked Fortnox connection back as the same connection, with its links and rules, and transfer again (X-02, SE-FX-35, PV-19, X-03)', async () => {
    const fortnox = await sandbox();
    const t = await tenantWithAdmin(app);
    const connectionId = await connectFortnox(t, fortnox);
    const rules = await gql(app, `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { errors { code } } }`, {
      input: { connectionId, rules: { projectCostMultiplierPercent: '150' } },
    }, t.token);
    expect(rules.data.updateTransferRules.errors).toEqual([]);
    const customerId = await seedCustomer(app, t.apiKey, '7101', 'Reconnect Bygg AB');
    expect((await runAndWait(app, t.apiKey, connectionId, ['customers'])).counts).toMatchObject({ transferred: 1, failed: 0 });
    const customersInFortnox = fortnox.store.customers.size;

    // the tenant removes the integration in Fortnox: every token stops working
    const revoked = await fetch(`${fortnox.baseUrl}/__sandbox/oauth/revoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect((await revoked.json() as { revoked: number }).revoked).toBeGreaterThan(0);
    await gql(app, RENAME, { id: customerId, name: 'Reconnect Bygg AB (renamed)' }, t.apiKey);
    const refused = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(refused.items).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'FAILED', errorCode: 'AUTH_INVALID' })]));
    expect(await onlyConnection(t)).toMatchObject({ id: connectionId, status: 'NEEDS_RECONNECT' });

    // only the tenant's admin may start it, and only for the tenant's own connections
    const viewer = await gql(app, REAUTHORIZE, { input: { connectionId } }, t.apiKey);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await tenantWithAdmin(app);
    const foreign = await gql(app, REAUTHORIZE, { input: { connectionId } }, other.token);
    expect(foreign.data.reauthorizeConnection).toEqual({ connection: null, authorizeUrl: null, errors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['connectionId'] })] });

    // the stored client is reused: no credentials needed while the connection still holds them
    const started = await gql(app, REAUTHORIZE, { input: { connectionId } }, t.token);
    expect(started.data.reauthorizeConnection.errors).toEqual([]);
    expect(started.data.reauthorizeConnection.connection).toEqual({ id: connectionId, status: 'NEEDS_RECONNECT' });
    expect(new URL(started.data.reauthorizeConnection.authorizeUrl).origin).toBe(fortnox.baseUrl);
    const callback = await decideAtFortnox(started.data.reauthorizeConnection.authorizeUrl, 'allow');
    const done = await fetch(callback, { redirect: 'manual' });
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe(`/admin/connections?connected=${encodeURIComponent(connectionId)}`);

    const after = await onlyConnection(t);
    expect(after).toMatchObject({ id: connectionId, name: 'Fortnox AB', status: 'ACTIVE', statusReason: null });
    expect(Date.parse(after.tokenExpiresAt)).toBeGreaterThan(Date.now());
    expect(after.rules).toMatchObject({ projectCostMultiplierPercent: '150' });

    // the link to customer 7101 survived: the rename updates it instead of creating a second one
    const again = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(again.items).toEqual([expect.objectContaining({ outcome: 'UPDATED', recordId: customerId })]);
    expect(fortnox.store.customers.size).toBe(customersInFortnox);
    const history = await gql(app, `query ($c: ID) { transferRuns(connectionId: $c) { id } }`, { c: connectionId }, t.token);
    expect(history.data.transferRuns).toHaveLength(3);
  });

  it('should require the client again after a disconnect, typed per field, then reconnect the same connection with its schedules still stopped (X-02, X-04)', async () => {
    const fortnox = await sandbox();
    const t = await tenantWithAdmin(app);
    const connectionId = await connectFortnox(t, fortnox);
    await seedCustomer(app, t.apiKey, '7201', 'Frånkopplad AB');
    expect((await runAndWait(app, t.apiKey, connectionId, ['customers'])).counts).toMatchObject({ transferred: 1 });
    const schedule = await gql(app, `mutation ($input: SaveTransferScheduleInput!) { saveTransferSchedule(input: $input) { errors { code } } }`, {
      input: { connectionId, name: 'hourly', registers: ['CUSTOMERS'], everyMinutes: 60 },
    }, t.token);
    expect(schedule.data.saveTransferSchedule.errors).toEqual([]);
    const disconnected = await gql(app, `mutation ($input: DisconnectSystemInput!) { disconnectSystem(input: $input) { errors { code } } }`, { input: { connectionId } }, t.token);
    expect(disconnected.data.disconnectSystem.errors).toEqual([]);

    const missing = await gql(app, REAUTHORIZE, { input: { connectionId } }, t.token);
    expect(missing.data.reauthorizeConnection).toMatchObject({ connection: null, authorizeUrl: null });
    expect(missing.data.reauthorizeConnection.errors.map((e: { code: string; field: string[] }) => [e.code, e.field.join('.')])).toEqual([
      ['REQUIRED', 'credentials.clientId'],
      ['REQUIRED', 'credentials.clientSecret'],
    ]);
    const malformed = await gql(app, REAUTHORIZE, { input: { connectionId, credentials: { ...clientOf(fortnox), tokenUrl: 'not a url' } } }, t.token);
    expect(malformed.data.reauthorizeConnection.errors).toEqual([expect.objectContaining({ field: ['credentials', 'tokenUrl'] })]);

    const started = await gql(app, REAUTHORIZE, { input: { connectionId, credentials: clientOf(fortnox) } }, t.token);
    expect(started.data.reauthorizeConnection.errors).toEqual([]);
    // until the callback succeeds the connection stays disconnected, without credentials;
    // the client waits sealed in the state row, its secret not readable there
    expect(await storedCredentials(connectionId)).toBeNull();
    expect((await onlyConnection(t)).status).toBe('DISCONNECTED');
    const pending = await ownerQuery<{ purpose: string; client_credentials: Buffer }>('SELECT purpose, client_credentials FROM oauth_state WHERE connection_id = $1', [rowIdOf(connectionId)]);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.purpose).toBe('REAUTHORIZE');
    expect(pending[0]!.client_credentials.toString('latin1')).not.toContain(fortnox.credentials.clientSecret);

    const callback = await decideAtFortnox(started.data.reauthorizeConnection.authorizeUrl, 'allow');
    expect((await fetch(callback, { redirect: 'manual' })).status).toBe(302);
    expect(await onlyConnection(t)).toMatchObject({ id: connectionId, status: 'ACTIVE', statusReason: null });
    expect(await storedCredentials(connectionId)).not.toBeNull();
    // ADR 0019: the reason for disconnecting is unknown, so schedules wait for the admin
    const schedules = await gql(app, `query ($c: ID) { transferSchedules(connectionId: $c) { name isEnabled } }`, { c: connectionId }, t.token);
    expect(schedules.data.transferSchedules).toEqual([{ name: 'hourly', isEnabled: false }]);
    const after = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(after.counts).toMatchObject({ transferred: 0, skipped: 1, failed: 0 });
  });

  it('should refuse a token system (it takes new credentials through reconnectSystem) and an id that names no connection (X-01)', async () => {
    const economic = await startEconomicSandbox({ seedData: false, rateLimit: null });
    try {
      const t = await tenantWithAdmin(app);
      const res = await gql(app, CONNECT, { input: { connectorId: 'e-conomic', name: 'e-conomic', credentials: economic.credentials, settings: { layoutNumber: 21 } } }, t.token);
      expect(res.data.connectSystem.errors).toEqual([]);
      const refused = await gql(app, REAUTHORIZE, { input: { connectionId: res.data.connectSystem.connection.id } }, t.token);
      expect(refused.data.reauthorizeConnection).toEqual({ connection: null, authorizeUrl: null, errors: [expect.objectContaining({ code: 'INVALID_VALUE', field: ['connectionId'] })] });
      const malformed = await gql(app, REAUTHORIZE, { input: { connectionId: 'not-an-id' } }, t.token);
      expect(malformed.data.reauthorizeConnection.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['connectionId'] })]);
      expect(await ownerQuery('SELECT state FROM oauth_state WHERE tenant_id = (SELECT tenant_id FROM connection WHERE id = $1)', [rowIdOf(res.data.connectSystem.connection.id)])).toEqual([]);
    } finally {
      await economic.stop();
    }
  });

  it('should leave the connection as it was when the authorization is refused, abandoned, expired or its code fails (X-02)', async () => {
    const fortnox = await sandbox();
    const t = await tenantWithAdmin(app);
    const connectionId = await connectFortnox(t, fortnox);
    const before = await storedCredentials(connectionId);
    const snapshot = await onlyConnection(t);
    const start = async (): Promise<string> => {
      const res = await gql(app, REAUTHORIZE, { input: { connectionId } }, t.token);
      expect(res.data.reauthorizeConnection.errors).toEqual([]);
      return res.data.reauthorizeConnection.authorizeUrl;
    };
    const unchanged = async () => {
      expect(await onlyConnection(t)).toEqual(snapshot);
      expect((await storedCredentials(connectionId))!.equals(before!)).toBe(true);
    };

    // refused at Fortnox: the existing error page, nothing changed
    const denied = await fetch(await decideAtFortnox(await start(), 'deny'), { redirect: 'manual' });
    expect(denied.status).toBe(400);
    expect(await denied.text()).toContain('Authorization was not completed');
    await unchanged();

    // abandoned: a newer start replaces the link, so the abandoned one no longer completes
    const abandoned = await start();
    const current = await start();
    const stale = await fetch(await decideAtFortnox(abandoned, 'allow'), { redirect: 'manual' });
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain('expired or was already used');
    await unchanged();

    // a code Fortnox does not accept: the working tokens are kept, not marked for reconnecting
    const state = new URL(current).searchParams.get('state')!;
    const badCode = await fetch(`${app.url}/oauth/callback?code=not-a-code&state=${encodeURIComponent(state)}`, { redirect: 'manual' });
    expect(badCode.status).toBe(400);
    await unchanged();

    // expired while the admin was away
    const late = await start();
    await ownerQuery(`UPDATE oauth_state SET expires_at = now() - interval '1 second' WHERE connection_id = $1`, [rowIdOf(connectionId)]);
    const expired = await fetch(await decideAtFortnox(late, 'allow'), { redirect: 'manual' });
    expect(expired.status).toBe(400);
    await unchanged();

    await seedCustomer(app, t.apiKey, '7301', 'Orörd AB');
    expect((await runAndWait(app, t.apiKey, connectionId, ['customers'])).counts).toMatchObject({ transferred: 1, failed: 0 });
  });
});
