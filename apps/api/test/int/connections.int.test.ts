import pg from 'pg';
import { startEconomicSandbox, type EconomicStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { RUN, runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
let sandbox: StartedSandbox<EconomicStore>;
let a: AdminTenant;
let connectionId: string;

const CONNECT = `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id status settings } errors { code message field } } }`;

beforeAll(async () => {
  app = await createTestApp();
  sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null });
  a = await tenantWithAdmin(app);
  const res = await gql(app, CONNECT, { input: { connectorId: 'e-conomic', name: 'Books', credentials: sandbox.credentials } }, a.token);
  connectionId = res.data.connectSystem.connection.id;
});
afterAll(async () => {
  await sandbox?.stop();
  await app?.stop();
});

describe('connections', () => {
  it('should reject unauthenticated callers and keep partner keys and viewers out of connecting: setting up is for admins (SE-FX-07)', async () => {
    expect((await gql(app, `{ connections { id } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asPartner = await gql(app, CONNECT, { input: { connectorId: 'e-conomic', name: 'x', credentials: sandbox.credentials } }, a.apiKey);
    expect(asPartner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('should list the catalogue with JSON schemas, secrets marked write-only', async () => {
    const res = await gql(app, `{ connectors { id authMode capabilities { register access } credentialsSchema settingsSchema } }`, {}, a.token);
    const byId = Object.fromEntries(res.data.connectors.map((c: { id: string }) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual(['e-conomic', 'fortnox']);
    expect(byId['e-conomic'].credentialsSchema.properties.agreementGrantToken.writeOnly).toBe(true);
    expect(byId['fortnox'].authMode).toBe('oauth2');
    expect(byId['fortnox'].credentialsSchema.properties.accessToken).toBeUndefined();
    expect(byId['e-conomic'].settingsSchema.properties.bookInvoices.default).toBe(false);
  });

  it('should keep credentials encrypted at rest and never return them', async () => {
    const list = await gql(app, `{ connections { id name status settings } }`, {}, a.token);
    expect(JSON.stringify(list.data)).not.toContain(sandbox.credentials['agreementGrantToken']);
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    const rows = await client.query('SELECT credentials FROM connection');
    await client.end();
    for (const row of rows.rows as { credentials: Buffer }[]) {
      expect(row.credentials.toString('latin1')).not.toContain(sandbox.credentials['agreementGrantToken']!);
      expect(row.credentials.toString('latin1')).not.toContain(sandbox.credentials['appSecretToken']!);
    }
  });

  it('should validate settings with the connector\'s schema and report the path', async () => {
    const bad = await gql(app, `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { connection { settings } errors { code field } } }`,
      { input: { connectionId, settings: { bookInvoices: 'yes please' } } }, a.token);
    expect(bad.data.updateConnectionSettings.errors).toEqual([expect.objectContaining({ field: ['settings', 'bookInvoices'] })]);
    const good = await gql(app, `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { connection { settings } errors { code field } } }`,
      { input: { connectionId, settings: { layoutNumber: 21 } } }, a.token);
    expect(good.data.updateConnectionSettings.connection.settings).toMatchObject({ layoutNumber: 21, customerGroupNumber: 1 });
  });

  it('should test a connection and mark it for reconnecting when the ERP revokes access', async () => {
    const ok = await gql(app, `mutation ($id: ID!) { testConnection(input: { connectionId: $id }) { connection { status } accountName problem { code } errors { code } } }`, { id: connectionId }, a.token);
    expect(ok.data.testConnection).toMatchObject({ connection: { status: 'ACTIVE' }, problem: null });
    expect(ok.data.testConnection.accountName).toBeTruthy();
    sandbox.store.isGrantRevoked = true;
    const revoked = await gql(app, `mutation ($id: ID!) { testConnection(input: { connectionId: $id }) { connection { status statusReason } problem { code message } } }`, { id: connectionId }, a.token);
    sandbox.store.isGrantRevoked = false;
    expect(revoked.data.testConnection.connection.status).toBe('NEEDS_RECONNECT');
    expect(revoked.data.testConnection.problem.code).toBe('AUTH_INVALID');
    await gql(app, `mutation ($id: ID!) { testConnection(input: { connectionId: $id }) { connection { status } } }`, { id: connectionId }, a.token);
  });

  it('should not let another tenant see or use the connection', async () => {
    const b = await tenantWithAdmin(app);
    expect((await gql(app, `{ connections { id } }`, {}, b.token)).data.connections).toEqual([]);
    const run = await gql(app, RUN, { input: { connectionId, registers: ['CUSTOMERS'] } }, b.apiKey);
    expect(run.data.runTransfer.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['connectionId'] })]);
    const test = await gql(app, `mutation ($id: ID!) { testConnection(input: { connectionId: $id }) { errors { code } } }`, { id: connectionId }, b.token);
    expect(test.data.testConnection.errors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('should plan a dry run with the payload and problems, sending nothing', async () => {
    const customerId = await seedCustomer(app, a.apiKey, '3001');
    const invoice = await seedInvoice(app, a.apiKey, customerId);
    await transition(app, a.apiKey, invoice.id, 'send-to-erp');
    const before = sandbox.requestCount();
    const dry = await gql(app, RUN, { input: { connectionId, registers: ['CUSTOMERS', 'INVOICES'], dryRun: true } }, a.apiKey);
    expect(dry.data.runTransfer.run).toBeNull();
    const plan = dry.data.runTransfer.plan as { register: string; action: string; payload: Record<string, unknown> | null; errors: string[] }[];
    expect(plan.find((p) => p.register === 'customers')).toMatchObject({ action: 'CREATE', payload: { number: '3001' } });
    expect(plan.find((p) => p.register === 'invoices')).toMatchObject({ action: 'CREATE', payload: { customerNumber: '3001', grossAmount: '1125.00' }, errors: [] });
    expect(sandbox.requestCount()).toBe(before);
    expect(sandbox.store.customers.has(3001)).toBe(false);
  });

  it('should read the invoice live from the ERP, and return a typed error when the ERP is down', async () => {
    await gql(app, `mutation ($input: UpdateConnectionSettingsInput!) { updateConnectionSettings(input: $input) { errors { code } } }`, { input: { connectionId, settings: { bookInvoices: true } } }, a.token);
    const customerId = await seedCustomer(app, a.apiKey, '3002');
    const invoice = await seedInvoice(app, a.apiKey, customerId);
    await transition(app, a.apiKey, invoice.id, 'send-to-erp');
    await runAndWait(app, a.apiKey, connectionId, ['customers', 'invoices']);
    const q = `query ($id: ID!) { invoice(id: $id) { number erpDocument { connectorId number state grossAmount remainingAmount error { code message } } } }`;
    const live = await gql(app, q, { id: invoice.id }, a.apiKey);
    expect(live.data.invoice.erpDocument).toMatchObject({ connectorId: 'e-conomic', number: live.data.invoice.number, state: 'booked', grossAmount: '1125.00', error: null });
    await fetch(`${sandbox.baseUrl}/__sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorRate: 1 }) });
    const down = await gql(app, q, { id: invoice.id }, a.apiKey);
    await fetch(`${sandbox.baseUrl}/__sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorRate: 0 }) });
    expect(down.errors).toBeUndefined();
    expect(down.data.invoice.number).toBe(live.data.invoice.number);
    expect(down.data.invoice.erpDocument.error.code).toBe('TEMPORARY');
  });

  it('should read reference data live from the ERP for the settings pick-lists (groups, layouts, units …) (X-04)', async () => {
    const res = await gql(app, `{ connections { referenceData(kind: PAYMENT_TERMS) { items { externalId name } problem { code } } units: referenceData(kind: UNITS) { problem { code } } } }`, {}, a.token);
    const data = res.data.connections[0];
    expect(data.referenceData.problem).toBeNull();
    expect(data.referenceData.items.length).toBeGreaterThan(0);
    expect(data.units.problem).toBeNull();
  });
});
