import { startEconomicSandbox, type EconomicStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer } from '../seed.js';
import { runAndWait, tenantWithAdmin } from '../transfer-helpers.js';

let app: TestApp;
let sandbox: StartedSandbox<EconomicStore>;
beforeAll(async () => {
  app = await createTestApp();
  sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null });
});
afterAll(async () => {
  await sandbox?.stop();
  await app?.stop();
});

// Issue #6: the admin's transfer log retries one item from the row itself, so each item names its run.
describe('transfer log items for the admin (X-28, issue #6)', () => {
  it('should name each item\'s run, so one failed item can be retried from the log', async () => {
    const t = await tenantWithAdmin(app);
    // customer group 999 does not exist in the sandbox: the customer is rejected
    const connect = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
      input: { connectorId: 'e-conomic', name: 'e-conomic', credentials: sandbox.credentials, settings: { customerGroupNumber: 999 } },
    }, t.token);
    const connectionId = connect.data.connectSystem.connection.id;
    await seedCustomer(app, t.apiKey, '2601');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items.map((i) => i.outcome)).toEqual(['FAILED']);

    const runs = await gql(app, `query ($c: ID) { transferRuns(connectionId: $c) { id } }`, { c: connectionId }, t.apiKey);
    const log = await gql(app, `query ($c: ID) { transferItems(first: 10, filter: { connectionId: $c }) { nodes { id runId outcome } } }`, { c: connectionId }, t.apiKey);
    expect(log.errors).toBeUndefined();
    const [item] = log.data.transferItems.nodes;
    expect(item).toMatchObject({ runId: runs.data.transferRuns[0].id, outcome: 'FAILED' });

    await gql(app, `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { errors { message } } }`, { input: { connectionId, settings: { customerGroupNumber: 1 } } }, t.token);
    const retry = await gql(app, `mutation ($input: RetryTransferItemsInput!) { retryTransferItems(input: $input) { retried run { id } errors { code field } } }`, {
      input: { runId: item.runId, itemIds: [item.id] },
    }, t.token);
    expect(retry.data.retryTransferItems).toMatchObject({ retried: 1, errors: [] });
  });

  it('should count items per day and outcome for the admin\'s chart, only the tenant\'s own', async () => {
    expect((await gql(app, `{ transferOutcomesPerDay { day } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const t = await tenantWithAdmin(app);
    const connect = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
      input: { connectorId: 'e-conomic', name: 'e-conomic', credentials: sandbox.credentials, settings: { customerGroupNumber: 999 } },
    }, t.token);
    const connectionId = connect.data.connectSystem.connection.id;
    await seedCustomer(app, t.apiKey, '2701');
    await seedCustomer(app, t.apiKey, '2702');
    await runAndWait(app, t.apiKey, connectionId, ['customers']);

    const today = new Date().toISOString().slice(0, 10);
    const PER_DAY = `query ($c: ID, $from: DateTimeISO) { transferOutcomesPerDay(connectionId: $c, from: $from) { day transferred updated skipped failed } }`;
    const perDay = await gql(app, PER_DAY, { c: connectionId }, t.token);
    expect(perDay.errors).toBeUndefined();
    expect(perDay.data.transferOutcomesPerDay).toEqual([{ day: today, transferred: 0, updated: 0, skipped: 0, failed: 2 }]);
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    expect((await gql(app, PER_DAY, { c: connectionId, from: tomorrow }, t.token)).data.transferOutcomesPerDay).toEqual([]);
    const other = await tenantWithAdmin(app);
    expect((await gql(app, PER_DAY, {}, other.token)).data.transferOutcomesPerDay).toEqual([]);
  });
});
