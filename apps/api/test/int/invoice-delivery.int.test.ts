import { startEconomicSandbox, startSmtpSandbox, type EconomicStore, type StartedSandbox, type StartedSmtpSandbox } from '@ledgerbridge/sandboxes';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { idOfType } from '../../src/graphql/relay.js';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
let smtp: StartedSmtpSandbox;
const economics: StartedSandbox<EconomicStore>[] = [];

beforeAll(async () => {
  smtp = await startSmtpSandbox({ auth: { user: 'relay', password: 'relay-secret-pw' } });
  app = await createTestApp({ SMTP_URL: smtp.smtpUrl, MAIL_FROM: 'faktura@ledgerbridge.test' });
});
beforeEach(() => {
  smtp.store.clear();
});
afterEach(async () => {
  await Promise.all(economics.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

const DELIVERY = `query ($id: ID!) { invoice(id: $id) { number status { key } delivery { kind status reason recipients subject attempts } } }`;

async function economicFor(t: AdminTenant): Promise<{ sandbox: StartedSandbox<EconomicStore>; connectionId: string }> {
  const sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null });
  economics.push(sandbox);
  const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
    input: { connectorId: 'e-conomic', name: 'e-conomic', credentials: sandbox.credentials },
  }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return { sandbox, connectionId: res.data.connectSystem.connection.id };
}

async function customer(t: AdminTenant, number: string, fields: Record<string, unknown>): Promise<string> {
  const id = await seedCustomer(app, t.apiKey, number, `Kunde ${number} ApS`);
  const res = await gql(app, `mutation ($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { errors { code message field } } }`, { input: { id, ...fields } }, t.apiKey);
  expect(res.data.upsertCustomer.errors).toEqual([]);
  return id;
}

async function asOwner<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  // the owner role: tests rewind state here the way a crash would leave it
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('invoice delivery by e-mail for e-conomic (PV-13, PV-14, PV-28, X-22)', () => {
  it('should e-mail a booked invoice once to its customer from MAIL_FROM with the tenant as sender, and no one else (PV-28, PV-13, PV-14)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await economicFor(t);
    const saved = await gql(app, `mutation { saveInvoicingSettings(input: { creationMode: BOOKED, delivery: EMAIL }) { errors { code message } } }`, {}, t.token);
    expect(saved.data.saveInvoicingSettings.errors).toEqual([]);
    const ids = {
      email: await customer(t, '8101', { email: 'kunde@firma.dk' }),
      noEmail: await customer(t, '8102', {}),
      ean: await customer(t, '8103', { email: 'ean@firma.dk', ean: '5790000000005' }),
      none: await customer(t, '8104', { email: 'none@firma.dk', invoiceDelivery: 'NONE' }),
    };
    const invoices: Record<string, string> = {};
    for (const [name, customerId] of Object.entries(ids)) {
      const inv = await seedInvoice(app, t.apiKey, customerId, { lines: [{ description: 'Servicebesøg', quantity: '2', unit: 'timer', unitPrice: '450.00', vatRate: '25' }] });
      await transition(app, t.apiKey, inv.id, 'send-to-erp');
      invoices[name] = inv.id;
    }
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);

    const [mail] = await smtp.store.waitFor(1);
    const sent = (await gql(app, DELIVERY, { id: invoices['email'] }, t.apiKey)).data.invoice;
    expect(sent.delivery).toEqual({ kind: 'INVOICE', status: 'SENT', reason: null, recipients: ['kunde@firma.dk'], subject: `Faktura ${sent.number} fra ${mail!.headers['from']!.split(' <')[0]!.replace(/"/g, '')}`, attempts: 1 });
    expect(sandbox.store.booked.has(Number(sent.number))).toBe(true);
    expect(mail).toMatchObject({ from: 'faktura@ledgerbridge.test', to: ['kunde@firma.dk'], authUser: 'relay' });
    expect(mail!.headers['from']).toMatch(/^"?Transfer tenant \d+"? <faktura@ledgerbridge\.test>$/);
    expect(mail!.subject).toMatch(new RegExp(`^Faktura ${sent.number} fra Transfer tenant \\d+$`));
    expect(mail!.text).toContain('Servicebesøg — 2 timer × 450,00 = 900,00 DKK');
    expect(mail!.text).toContain('Moms: 225,00 DKK');
    expect(mail!.text).toContain('I alt: 1.125,00 DKK');
    expect(mail!.html).toContain('Servicebesøg');

    const failed = (await gql(app, DELIVERY, { id: invoices['noEmail'] }, t.apiKey)).data.invoice;
    expect(failed.status.key).toBe('in-erp-send-to-customer'); // the booking stands; only the e-mail failed
    expect(failed.delivery).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/no e-mail address/), recipients: [], attempts: 0 });
    expect((await gql(app, DELIVERY, { id: invoices['ean'] }, t.apiKey)).data.invoice.delivery).toBeNull();
    expect((await gql(app, DELIVERY, { id: invoices['none'] }, t.apiKey)).data.invoice.delivery).toBeNull();
    expect(smtp.store.messages).toHaveLength(1);
  });

  it('should not e-mail again when a run repeats the invoice after a crash between sending and moving its status (X-22)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    await gql(app, `mutation { saveInvoicingSettings(input: { creationMode: BOOKED, delivery: EMAIL }) { errors { code } } }`, {}, t.token);
    const inv = await seedInvoice(app, t.apiKey, await customer(t, '8201', { email: 'gentag@firma.dk' }));
    await transition(app, t.apiKey, inv.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    await smtp.store.waitFor(1);
    // as if the worker died after the e-mail went out but before the invoice left the transfer status
    await asOwner((c) => c.query(
      `UPDATE invoice i SET status_id = s.id FROM invoice_status s WHERE i.id = $1 AND s.tenant_id = i.tenant_id AND s.key = 'send-to-erp'`, [idOfType(inv.id, 'Invoice')],
    ));
    const again = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(again.items).toEqual([expect.objectContaining({ recordId: inv.id, outcome: 'UPDATED' })]);
    expect((await gql(app, DELIVERY, { id: inv.id }, t.apiKey)).data.invoice).toMatchObject({ status: { key: 'in-erp-send-to-customer' }, delivery: { status: 'SENT', attempts: 1 } });
    expect(smtp.store.messages).toHaveLength(1);
  });

  it('should send nothing while the invoice is only a draft in e-conomic', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    await gql(app, `mutation { saveInvoicingSettings(input: { creationMode: DRAFT, delivery: EMAIL }) { errors { code } } }`, {}, t.token);
    const inv = await seedInvoice(app, t.apiKey, await customer(t, '8301', { email: 'kladde@firma.dk' }));
    await transition(app, t.apiKey, inv.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect((await gql(app, DELIVERY, { id: inv.id }, t.apiKey)).data.invoice.delivery).toBeNull();
    expect(smtp.store.messages).toEqual([]);
  });

  it('should send again once the admin adds the missing address, and never resend a sent one (PV-13, X-22)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    await gql(app, `mutation { saveInvoicingSettings(input: { creationMode: BOOKED, delivery: EMAIL }) { errors { code } } }`, {}, t.token);
    const customerId = await customer(t, '8401', {});
    const inv = await seedInvoice(app, t.apiKey, customerId);
    await transition(app, t.apiKey, inv.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect((await gql(app, DELIVERY, { id: inv.id }, t.apiKey)).data.invoice.delivery).toMatchObject({ status: 'FAILED' });
    const RESEND = `mutation ($input: ResendInvoiceEmailInput!) { resendInvoiceEmail(input: $input) { delivery { status reason recipients attempts } errors { code message field } } }`;
    expect((await gql(app, RESEND, { input: { invoiceId: inv.id } }, t.apiKey)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await gql(app, `mutation ($id: ID!) { upsertCustomer(input: { id: $id, email: "fundet@firma.dk" }) { errors { message } } }`, { id: customerId }, t.apiKey);
    const resent = await gql(app, RESEND, { input: { invoiceId: inv.id } }, t.token);
    expect(resent.data.resendInvoiceEmail).toEqual({ delivery: { status: 'SENT', reason: null, recipients: ['fundet@firma.dk'], attempts: 1 }, errors: [] });
    expect((await smtp.store.waitFor(1))[0]!.to).toEqual(['fundet@firma.dk']);
    const twice = await gql(app, RESEND, { input: { invoiceId: inv.id } }, t.token);
    expect(twice.data.resendInvoiceEmail.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['invoiceId'] })]);
    const other = await tenantWithAdmin(app);
    const foreign = await gql(app, RESEND, { input: { invoiceId: inv.id } }, other.token);
    expect(foreign.data.resendInvoiceEmail.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['invoiceId'] })]);
    expect(smtp.store.messages).toHaveLength(1);
  });

  it('should send again with the same Message-ID when the sender died during the SMTP call (ADR 0011)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    await gql(app, `mutation { saveInvoicingSettings(input: { creationMode: BOOKED, delivery: EMAIL }) { errors { code } } }`, {}, t.token);
    const inv = await seedInvoice(app, t.apiKey, await customer(t, '8501', { email: 'igen@firma.dk' }));
    await transition(app, t.apiKey, inv.id, 'send-to-erp');
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    const [first] = await smtp.store.waitFor(1);
    // as if the worker died after claiming the delivery, before it learnt the relay's answer
    await asOwner(async (c) => {
      await c.query(`UPDATE notification SET status = 'PENDING' WHERE kind = 'INVOICE' AND invoice_id = $1`, [idOfType(inv.id, 'Invoice')]);
      await c.query(`UPDATE invoice i SET status_id = s.id FROM invoice_status s WHERE i.id = $1 AND s.tenant_id = i.tenant_id AND s.key = 'send-to-erp'`, [idOfType(inv.id, 'Invoice')]);
    });
    await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    const [, second] = await smtp.store.waitFor(2);
    expect(second!.headers['message-id']).toBe(first!.headers['message-id']);
    expect((await gql(app, DELIVERY, { id: inv.id }, t.apiKey)).data.invoice.delivery).toMatchObject({ status: 'SENT', attempts: 2 });
  });
});
