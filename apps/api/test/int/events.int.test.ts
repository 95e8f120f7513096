import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { createTenant, gql, take, wsClient } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';

let app: TestApp;
let second: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  // a second API process on the same database: events must cross processes (LISTEN/NOTIFY)
  second = await createTestApp({ ROLE: 'api' }, { databaseUrl: app.databaseUrl });
});
afterAll(async () => {
  await second?.stop();
  await app?.stop();
});

const TRANSITION = `mutation ($input: TransitionInvoiceStatusInput!) { transitionInvoiceStatus(input: $input) { invoice { id } errors { code message field } } }`;
const EVENTS = `subscription ($after: String) { transferEvents(after: $after) { cursor kind invoiceId payload } }`;
const STATUS = `subscription ($after: String) { invoiceStatusChanged(after: $after) { cursor fromStatusKey toStatusKey invoice { id status { key } } } }`;

async function move(key: string, invoiceId: string, to: string): Promise<void> {
  const res = await gql(app, TRANSITION, { input: { invoiceId, toStatusKey: to } }, key);
  expect(res.data.transitionInvoiceStatus.errors).toEqual([]);
}

/** Waits until the server has registered the subscription (it starts with a replay query). */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 300));

describe('live events', () => {
  it('should refuse a WebSocket without valid credentials in connection_init', async () => {
    const client = wsClient(app, 'lbk_wrong');
    const sub = take(client, EVENTS, {}, 1);
    await expect(sub.done).rejects.toThrow(/4403|Forbidden/);
    await client.dispose();
  });

  it('should deliver status changes made through one process to a subscriber on another', async () => {
    const t = await createTenant(app);
    const customerId = await seedCustomer(app, t.apiKey, '1');
    const inv = await seedInvoice(app, t.apiKey, customerId);
    const client = wsClient(second, t.apiKey);
    const sub = take<{ invoiceStatusChanged: { fromStatusKey: string; toStatusKey: string; invoice: { id: string; status: { key: string } } } }>(client, STATUS, {}, 1);
    await settle();
    await move(t.apiKey, inv.id, 'send-to-erp');
    const [event] = await sub.done;
    expect(event!.invoiceStatusChanged).toMatchObject({ fromStatusKey: 'draft', toStatusKey: 'send-to-erp', invoice: { id: inv.id, status: { key: 'send-to-erp' } } });
    await client.dispose();
  });

  it('should give a reconnecting subscriber exactly the events it missed', async () => {
    const t = await createTenant(app);
    const customerId = await seedCustomer(app, t.apiKey, '1');
    const invoices = await Promise.all([1, 2, 3, 4].map(() => seedInvoice(app, t.apiKey, customerId)));
    const first = wsClient(app, t.apiKey);
    const sub = take<{ transferEvents: { cursor: string; invoiceId: string } }>(first, EVENTS, {}, 1);
    await settle();
    await move(t.apiKey, invoices[0]!.id, 'send-to-erp');
    const [seen] = await sub.done;
    await first.dispose();
    const lastCursor = seen!.transferEvents.cursor;
    // while disconnected: three more changes
    for (const inv of invoices.slice(1)) await move(t.apiKey, inv.id, 'send-to-erp');
    const again = wsClient(app, t.apiKey);
    const replay = take<{ transferEvents: { cursor: string; invoiceId: string } }>(again, EVENTS, { after: lastCursor }, 4);
    await settle();
    await move(t.apiKey, invoices[0]!.id, 'failed');
    const got = await replay.done;
    expect(got.map((e) => e.transferEvents.invoiceId)).toEqual([invoices[1]!.id, invoices[2]!.id, invoices[3]!.id, invoices[0]!.id]);
    const cursors = got.map((e) => BigInt(e.transferEvents.cursor));
    expect([...cursors].sort((a, b) => (a < b ? -1 : 1))).toEqual(cursors);
    expect(cursors.every((c) => c > BigInt(lastCursor))).toBe(true);
    await again.dispose();
  });

  it('should never deliver another tenant\'s events', async () => {
    const a = await createTenant(app);
    const b = await createTenant(app);
    const customerA = await seedCustomer(app, a.apiKey, '1');
    const customerB = await seedCustomer(app, b.apiKey, '1');
    const invA = await seedInvoice(app, a.apiKey, customerA);
    const invB = await seedInvoice(app, b.apiKey, customerB);
    const client = wsClient(app, b.apiKey);
    // replay from the very beginning: B must see only its own event
    const sub = take<{ transferEvents: { invoiceId: string } }>(client, EVENTS, { after: '0' }, 1);
    await settle();
    await move(a.apiKey, invA.id, 'send-to-erp');
    await move(b.apiKey, invB.id, 'send-to-erp');
    const got = await sub.done;
    expect(got.map((e) => e.transferEvents.invoiceId)).toEqual([invB.id]);
    await client.dispose();
  });

  it('should apply the HTTP query limits on the WebSocket too', async () => {
    const t = await createTenant(app);
    const client = wsClient(app, t.apiKey);
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: cursor`).join(' ');
    const sub = take(client, `subscription { transferEvents { ${aliases} } }`, {}, 1);
    await expect(sub.done).rejects.toThrow(/alias/i);
    await client.dispose();
  });
});
