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

  it('should retry one failed item by its id alone, refuse a non-failed or unknown item, and not reach another tenant\'s item (X-28, SE-VN-37)', async () => {
    const t = await tenantWithAdmin(app);
    const connect = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
      input: { connectorId: 'e-conomic', name: 'e-conomic', credentials: sandbox.credentials, settings: { customerGroupNumber: 999 } },
    }, t.token);
    const connectionId = connect.data.connectSystem.connection.id;
    await seedCustomer(app, t.apiKey, '2801');
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    const log = await gql(app, `query ($c: ID) { transferItems(first: 10, filter: { connectionId: $c }) { nodes { id outcome } } }`, { c: connectionId }, t.apiKey);
    const [failed] = log.data.transferItems.nodes;
    expect(failed.outcome).toBe('FAILED');
    const RETRY = `mutation ($input: RetryTransferItemInput!) { retryTransferItem(input: $input) { retried run { id } errors { code field } } }`;

    const other = await tenantWithAdmin(app);
    expect((await gql(app, RETRY, { input: { itemId: failed.id } }, other.token)).data.retryTransferItem).toMatchObject({ retried: 0, run: null, errors: [{ code: 'NOT_FOUND', field: ['itemId'] }] });
    expect((await gql(app, RETRY, { input: { itemId: 'nonsense' } }, t.token)).data.retryTransferItem.errors).toEqual([{ code: 'NOT_FOUND', field: ['itemId'] }]);

    await gql(app, `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { errors { message } } }`, { input: { connectionId, settings: { customerGroupNumber: 1 } } }, t.token);
    const retry = await gql(app, RETRY, { input: { itemId: failed.id } }, t.token);
    expect(retry.data.retryTransferItem).toMatchObject({ retried: 1, errors: [] });
    const runId = retry.data.retryTransferItem.run.id;
    let status = '';
    for (let i = 0; i < 200 && !['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(status); i++) {
      status = (await gql(app, `query ($id: ID!) { transferRun(id: $id) { status } }`, { id: runId }, t.apiKey)).data.transferRun.status;
      if (!['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(status)) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe('SUCCEEDED');
    expect([...sandbox.store.customers.values()].some((c) => String(c.customerNumber) === '2801')).toBe(true);
    const done = await gql(app, `query ($r: ID) { transferItems(first: 10, filter: { runId: $r }) { nodes { id outcome } } }`, { r: runId }, t.apiKey);
    const transferred = done.data.transferItems.nodes.find((n: { outcome: string }) => n.outcome === 'TRANSFERRED');
    expect((await gql(app, RETRY, { input: { itemId: transferred.id } }, t.token)).data.retryTransferItem.errors).toEqual([{ code: 'INVALID_VALUE', field: ['itemId'] }]);
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
