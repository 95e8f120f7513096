import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { seedCustomer } from '../seed.js';
import { runAndWait, tenantWithAdmin } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const DISCONNECT = `mutation ($input: DisconnectSystemInput!) { disconnectSystem(input: $input) { connection { id status statusReason settings } errors { code field message } } }`;
const RECONNECT = `mutation ($input: ReconnectSystemInput!) { reconnectSystem(input: $input) { connection { id status } errors { code field message } } }`;
const RUN = `mutation ($input: RunTransferInput!) { runTransfer(input: $input) { run { id } errors { code field message } } }`;
const SCHEDULES = `query ($c: ID) { transferSchedules(connectionId: $c) { name isEnabled } }`;

async function storedCredentials(connectionId: string): Promise<Buffer | null> {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const rowId = Buffer.from(connectionId, 'base64url').toString('utf8').replace(/^Connection:/, '');
    const rows = await client.query('SELECT credentials FROM connection WHERE id = $1', [rowId]);
    return (rows.rows[0] as { credentials: Buffer | null }).credentials;
  } finally {
    await client.end();
  }
}

describe('disconnecting a connection (issue #6 screen 2)', () => {
  it('should delete the credentials, stop the schedules, refuse runs, keep history and links, and reconnect later (X-02, X-04)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t, { layoutNumber: 21 });
    await seedCustomer(app, t.apiKey, '3101');
    const first = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(first.counts).toMatchObject({ transferred: 1, failed: 0 });
    const saved = await gql(app, `mutation ($input: SaveTransferScheduleInput!) { saveTransferSchedule(input: $input) { errors { code } } }`, {
      input: { connectionId, name: 'nightly', registers: ['CUSTOMERS'], everyMinutes: 60 },
    }, t.token);
    expect(saved.data.saveTransferSchedule.errors).toEqual([]);

    const viewer = await gql(app, DISCONNECT, { input: { connectionId } }, t.apiKey);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await tenantWithAdmin(app);
    const foreign = await gql(app, DISCONNECT, { input: { connectionId } }, other.token);
    expect(foreign.data.disconnectSystem).toEqual({ connection: null, errors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['connectionId'] })] });
    expect(await storedCredentials(connectionId)).not.toBeNull();

    const done = await gql(app, DISCONNECT, { input: { connectionId } }, t.token);
    expect(done.data.disconnectSystem.errors).toEqual([]);
    expect(done.data.disconnectSystem.connection).toMatchObject({ id: connectionId, status: 'DISCONNECTED', settings: { layoutNumber: 21 } });
    expect(await storedCredentials(connectionId)).toBeNull();
    expect((await gql(app, SCHEDULES, { c: connectionId }, t.token)).data.transferSchedules).toEqual([{ name: 'nightly', isEnabled: false }]);

    const refused = await gql(app, RUN, { input: { connectionId, registers: ['CUSTOMERS'] } }, t.apiKey);
    expect(refused.data.runTransfer).toEqual({ run: null, errors: [expect.objectContaining({ code: 'DISCONNECTED', field: ['connectionId'] })] });
    const activate = await gql(app, `mutation ($input: SetConnectionActiveInput!) { setConnectionActive(input: $input) { errors { code } } }`, { input: { connectionId, isActive: true } }, t.token);
    expect(activate.data.setConnectionActive.errors).toEqual([expect.objectContaining({ code: 'DISCONNECTED' })]);
    const history = await gql(app, `query ($c: ID) { transferRuns(connectionId: $c) { id status } }`, { c: connectionId }, t.token);
    expect(history.data.transferRuns).toHaveLength(1);

    const again = await gql(app, RECONNECT, { input: { connectionId, credentials: sandbox.credentials } }, t.token);
    expect(again.data.reconnectSystem).toEqual({ connection: { id: connectionId, status: 'ACTIVE' }, errors: [] });
    // the link to customer 3101 survived: nothing new is created in e-conomic
    const after = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(after.counts).toMatchObject({ transferred: 0, skipped: 1, failed: 0 });
    expect(sandbox.store.customers.size).toBe(1);
  });
});
