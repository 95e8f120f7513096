import { startEconomicSandbox, type EconomicStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
let sandbox: StartedSandbox<EconomicStore>;
let a: AdminTenant;
let b: AdminTenant;
let connectionId: string;

const CONNECT = `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { code message field } } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Connection { name creditorSettings { isEnabled postingMatrix { accountNumber } } } } }`;

beforeAll(async () => {
  app = await createTestApp();
  sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null });
  [a, b] = [await tenantWithAdmin(app), await tenantWithAdmin(app)];
  const res = await gql(app, CONNECT, { input: { connectorId: 'e-conomic', name: 'Books', credentials: sandbox.credentials } }, a.token);
  connectionId = res.data.connectSystem.connection.id;
});
afterAll(async () => {
  await sandbox?.stop();
  await app?.stop();
});

// The admin's settings screen reads one connection's settings and ERP lists by node(id) (issue #6, X-04).
describe('Connection through node(id)', () => {
  it('should resolve the tenant\'s own connection with its settings (X-04)', async () => {
    const own = await gql(app, NODE, { id: connectionId }, a.token);
    expect(own.errors).toBeUndefined();
    expect(own.data.node).toEqual({ id: connectionId, name: 'Books', creditorSettings: { isEnabled: false, postingMatrix: [] } });
  });

  it('should answer null for another tenant\'s connection, like an unknown id', async () => {
    const other = await gql(app, NODE, { id: connectionId }, b.token);
    expect(other.errors).toBeUndefined();
    expect(other.data.node).toBeNull();
  });
});
