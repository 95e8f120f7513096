import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, connectFortnox, stopSandboxes } from '../erp-connections.js';
import { gql, take, wsClient } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

/** Luhn over the whole number, check digit included: valid when the weighted sum ends in 0. */
function isLuhnValid(value: string): boolean {
  let sum = 0;
  [...value].reverse().forEach((c, i) => {
    const doubled = Number(c) * (i % 2 === 1 ? 2 : 1);
    sum += Math.floor(doubled / 10) + (doubled % 10);
  });
  return sum % 10 === 0;
}

async function transferOne(t: AdminTenant, connectionId: string, customerNumber: string, currency: string): Promise<string> {
  const customerId = await seedCustomer(app, t.apiKey, customerNumber);
  const invoice = await seedInvoice(app, t.apiKey, customerId, { currency });
  const before = await gql(app, `query ($id: ID!) { invoice(id: $id) { number paymentReference } }`, { id: invoice.id }, t.apiKey);
  expect(before.data.invoice).toEqual({ number: null, paymentReference: null });
  await transition(app, t.apiKey, invoice.id, 'send-to-erp');
  const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
  expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
  return invoice.id;
}

const READ = `query ($id: ID!) { invoice(id: $id) { number paymentReference } }`;
const STATUS_EVENTS = `subscription ($after: String, $kinds: [String!]) { transferEvents(after: $after, kinds: $kinds) { invoiceId payload } }`;

describe('Payment reference written back from the ERP (SE-EE-26, X-21, SE-VN-34)', () => {
  it('should write Fortnox\'s OCR back with the invoice number once booked, and carry it in the status event', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t, { bookInvoices: true });
    const invoiceId = await transferOne(t, connectionId, '8701', 'SEK');

    const read = await gql(app, READ, { id: invoiceId }, t.apiKey);
    const { number, paymentReference } = read.data.invoice as { number: string; paymentReference: string };
    expect(number).toMatch(/^\d+$/);
    const inErp = sandbox.store.invoices.get(Number(number));
    expect(inErp?.booked).toBe(true);
    expect(paymentReference).toBe(inErp?.ocr);
    expect(paymentReference).toMatch(new RegExp(`^${number}\\d$`));
    expect(isLuhnValid(paymentReference)).toBe(true);

    // the status events replayed from the start: the manual move has none yet, the transfer's move has it
    const client = wsClient(app, t.apiKey);
    const events = await take<{ transferEvents: { invoiceId: string; payload: Record<string, unknown> } }>(client, STATUS_EVENTS, { after: '0', kinds: ['INVOICE_STATUS_CHANGED'] }, 2).done;
    await client.dispose();
    expect(events.map((e) => e.transferEvents.invoiceId)).toEqual([invoiceId, invoiceId]);
    expect(events[0]!.transferEvents.payload).toMatchObject({ toStatusKey: 'send-to-erp', paymentReference: null });
    expect(events[1]!.transferEvents.payload).toMatchObject({ invoiceNumber: number, paymentReference });

    // a later run reading the booked invoice again keeps the same reference
    await runAndWait(app, t.apiKey, connectionId, ['payments']);
    expect((await gql(app, READ, { id: invoiceId }, t.apiKey)).data.invoice).toEqual({ number, paymentReference });
  });

  it('should leave the payment reference null for e-conomic, whose booked invoices expose none', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t, { bookInvoices: true });
    const invoiceId = await transferOne(t, connectionId, '8702', 'DKK');
    const read = await gql(app, READ, { id: invoiceId }, t.apiKey);
    expect(read.data.invoice.number).toMatch(/^\d+$/);
    expect(read.data.invoice.paymentReference).toBeNull();
  });
});
