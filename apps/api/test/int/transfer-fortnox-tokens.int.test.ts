import { startFortnoxSandbox, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql, take, wsClient } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin } from '../transfer-helpers.js';

let app: TestApp;
let fortnox: StartedSandbox<FortnoxStore>;

beforeAll(async () => {
  app = await createTestApp();
  fortnox = await startFortnoxSandbox({ seedData: true, rateLimit: null });
});
afterAll(async () => {
  await fortnox?.stop();
  await app?.stop();
});

const CONNECTIONS = `{ connections { id status statusReason tokenExpiresAt } }`;

describe('Fortnox tokens and live transfer events', () => {
  it('should refresh an expired token, store the rotated pair, and ask for a reconnect once refreshing is impossible', async () => {
    const t = await tenantWithAdmin(app);
    const connect = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id tokenExpiresAt } errors { message } } }`, {
      input: { connectorId: 'fortnox', name: 'Fortnox', credentials: fortnox.credentials },
    }, t.token);
    const connectionId = connect.data.connectSystem.connection.id;
    const firstExpiry = connect.data.connectSystem.connection.tokenExpiresAt;
    const customerId = await seedCustomer(app, t.apiKey, '5101');
    await seedInvoice(app, t.apiKey, customerId, { currency: 'SEK' });

    fortnox.store.expireAllAccessTokens();
    const afterExpiry = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(afterExpiry.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const rotated = (await gql(app, CONNECTIONS, {}, t.token)).data.connections[0];
    expect(rotated.tokenExpiresAt).not.toBe(firstExpiry);

    // the old refresh token is spent: this works only if the rotated pair was stored (sealed)
    fortnox.store.expireAllAccessTokens();
    await gql(app, `mutation ($id: ID!) { upsertCustomer(input: { id: $id, name: "Renamed AB" }) { errors { message } } }`, { id: customerId }, t.apiKey);
    const again = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(again.items).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'UPDATED' })]));

    // Fortnox revokes the grant: the run fails readably and the connection asks for a reconnect
    fortnox.store.refreshTokens.clear();
    fortnox.store.expireAllAccessTokens();
    await gql(app, `mutation ($id: ID!) { upsertCustomer(input: { id: $id, name: "Renamed again AB" }) { errors { message } } }`, { id: customerId }, t.apiKey);
    const revoked = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(revoked.items).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'FAILED', errorCode: 'AUTH_INVALID' })]));
    const status = (await gql(app, CONNECTIONS, {}, t.token)).data.connections[0];
    expect(status.status).toBe('NEEDS_RECONNECT');
    expect(status.statusReason).toBeTruthy();
  });

  it('should publish every run state and item on transferEvents', async () => {
    const t = await tenantWithAdmin(app);
    // its own sandbox: the token test above spends and revokes the shared one's tokens
    const own = await startFortnoxSandbox({ seedData: true, rateLimit: null });
    const connect = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
      input: { connectorId: 'fortnox', name: 'Fortnox', credentials: own.credentials },
    }, t.token);
    const connectionId = connect.data.connectSystem.connection.id;
    await gql(app, `mutation { upsertProduct(input: { number: "EV-1", name: "Vara", unit: "st", salesPrice: "1.00" }) { errors { message } } }`, {}, t.apiKey);
    const client = wsClient(app, t.apiKey);
    const sub = take<{ transferEvents: { kind: string; connectionId: string; payload: { outcome?: string; status?: string } } }>(
      client, `subscription ($c: ID) { transferEvents(connectionId: $c) { kind connectionId payload } }`, { c: connectionId }, 4,
    );
    await new Promise((r) => setTimeout(r, 300));
    await runAndWait(app, t.apiKey, connectionId, ['products']);
    const events = await sub.done;
    expect(events.map((e) => e.transferEvents.kind)).toEqual(['TRANSFER_RUN_QUEUED', 'TRANSFER_RUN_STARTED', 'TRANSFER_ITEM', 'TRANSFER_RUN_FINISHED']);
    expect(events[2]!.transferEvents.payload.outcome).toBe('TRANSFERRED');
    expect(events[3]!.transferEvents.payload.status).toBe('SUCCEEDED');
    await client.dispose();
    await own.stop();
  });
});
