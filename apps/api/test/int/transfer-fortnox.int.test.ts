import { startFortnoxSandbox, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

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

const CONNECT = `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id status statusReason } authorizeUrl errors { code message field } } }`;

async function connectWithTokens(t: AdminTenant, settings: Record<string, unknown> = {}): Promise<string> {
  const res = await gql(app, CONNECT, { input: { connectorId: 'fortnox', name: 'Fortnox AB', credentials: fortnox.credentials, settings } }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  expect(res.data.connectSystem.connection.status).toBe('ACTIVE');
  return res.data.connectSystem.connection.id;
}

describe('Fortnox end to end over real HTTP', () => {
  it('should connect through the OAuth authorization-code flow (SE-FX-35, X-01)', async () => {
    const t = await tenantWithAdmin(app);
    const { clientId, clientSecret, baseUrl, tokenUrl, authorizeUrl } = fortnox.credentials;
    const res = await gql(app, CONNECT, { input: { connectorId: 'fortnox', name: 'Fortnox via OAuth', credentials: { clientId, clientSecret, baseUrl, tokenUrl, authorizeUrl } } }, t.token);
    expect(res.data.connectSystem.errors).toEqual([]);
    expect(res.data.connectSystem.connection.status).toBe('NEEDS_RECONNECT');
    const authorize = new URL(res.data.connectSystem.authorizeUrl);
    expect(authorize.origin).toBe(fortnox.baseUrl);
    // the admin approves on Fortnox's page; Fortnox redirects back to our callback
    const approve = await fetch(`${fortnox.baseUrl}/oauth-v1/auth/approve`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...Object.fromEntries(authorize.searchParams), decision: 'allow' }),
    });
    expect(approve.status).toBe(302);
    const callback = new URL(approve.headers.get('location')!);
    expect(callback.origin + callback.pathname).toBe(`${app.url}/oauth/callback`);
    const done = await fetch(callback, { redirect: 'manual' });
    expect(done.status).toBe(302);
    const list = await gql(app, `{ connections { id status tokenExpiresAt } }`, {}, t.token);
    expect(list.data.connections[0]).toMatchObject({ status: 'ACTIVE' });
    expect(JSON.stringify(list.data)).not.toContain(clientSecret);
    // a replayed callback (the code is single-use, the state consumed) is refused
    expect((await fetch(callback, { redirect: 'manual' })).status).toBe(400);
  });

  it('should transfer customers, articles, projects and invoices, then send nothing for unchanged records (SE-FX-01)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connectWithTokens(t);
    const customerId = await seedCustomer(app, t.apiKey, '7001', 'Göteborgs Bygg AB');
    const product = await gql(app, `mutation { upsertProduct(input: { number: "TIM-1", name: "Arbetstid", unit: "tim", salesPrice: "850.00", vatRate: "25" }) { product { id } errors { message } } }`, {}, t.apiKey);
    const longName = 'Renovering av kontorslokaler på Kungsgatan 5 i Göteborg, etapp 2';
    const project = await gql(app, `mutation ($input: UpsertProjectInput!) { upsertProject(input: $input) { project { id } errors { message } } }`, { input: { number: '9001', name: longName, customerId } }, t.apiKey);
    const invoice = await seedInvoice(app, t.apiKey, customerId, {
      currency: 'SEK', projectId: project.data.upsertProject.project.id,
      lines: [{ productId: product.data.upsertProduct.product.id, quantity: '3', vatRate: '25' }],
    });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');

    const first = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products', 'projects', 'invoices']);
    expect(first.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(first.status).toBe('SUCCEEDED');
    expect(fortnox.store.customers.get('7001')?.fields['Name']).toBe('Göteborgs Bygg AB');
    expect(fortnox.store.articles.get('TIM-1')?.fields['Unit']).toBe('tim');
    // SE-FX-28: a project name over 50 characters is shortened to fit
    expect(fortnox.store.projects.get('9001')?.fields['Description']).toBe(longName.slice(0, 50));
    const ours = await gql(app, `query ($id: ID!) { invoice(id: $id) { number grossAmount status { key } } }`, { id: invoice.id }, t.apiKey);
    // Fortnox numbers the invoice; the number comes back and the invoice moves on
    expect(ours.data.invoice.number).toMatch(/^\d+$/);
    expect(ours.data.invoice.status.key).toBe('in-erp-send-to-customer');
    const inFortnox = fortnox.store.invoices.get(Number(ours.data.invoice.number));
    expect(inFortnox?.header['CustomerNumber']).toBe('7001');
    expect(inFortnox?.header['ExternalInvoiceReference1']).toBeTruthy();

    const second = await runAndWait(app, t.apiKey, connectionId, ['customers', 'products', 'projects', 'invoices']);
    expect(second.counts).toMatchObject({ transferred: 0, updated: 0, failed: 0 });
  });
});
