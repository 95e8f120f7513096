import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, setRegisterRules, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { seedCustomer } from '../seed.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const UPSERT_CUSTOMER = `mutation ($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { customer { id } errors { code message field } } }`;
const RUNS = `query ($c: ID) { transferRuns(connectionId: $c, first: 100) { id trigger status registers } }`;

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type Run = { id: string; trigger: string; status: string; registers: string[] };
const changeRuns = async (on: TestApp, t: AdminTenant, connectionId: string): Promise<Run[]> =>
  ((await gql(on, RUNS, { c: connectionId }, t.apiKey)).data.transferRuns as Run[]).filter((r) => r.trigger === 'CHANGE');

describe('immediate push of linked records (PV-04, X-26)', () => {
  it('PV-04 X-26: a change to a linked customer reaches e-conomic without a scheduled or manual run, once switched on', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '3101', 'Før ApS');
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(sandbox.store.customers.get(3101)?.name).toBe('Før ApS');

    // off by default: the change waits for the next run
    await gql(app, UPSERT_CUSTOMER, { input: { id: customerId, name: 'Venter ApS' } }, t.apiKey);
    expect(await changeRuns(app, t, connectionId)).toEqual([]);

    expect(await setRegisterRules(app, t, connectionId, { pushLinkedChangesImmediately: true })).toMatchObject({ pushLinkedChangesImmediately: true });
    const changed = await gql(app, UPSERT_CUSTOMER, { input: { id: customerId, name: 'Efter ApS' } }, t.apiKey);
    expect(changed.data.upsertCustomer.errors).toEqual([]);
    await waitFor('the customer change in e-conomic', () => sandbox.store.customers.get(3101)?.name === 'Efter ApS');
    const runs = await changeRuns(app, t, connectionId);
    expect(runs).toEqual([expect.objectContaining({ registers: ['customers'] })]);
  });

  it('PV-05: a new customer not yet in e-conomic is not pushed on change; it waits for its first invoice or the schedule', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    await setRegisterRules(app, t, connectionId, { pushLinkedChangesImmediately: true });
    const customerId = await seedCustomer(app, t.apiKey, '3201', 'Ny ApS');
    await gql(app, UPSERT_CUSTOMER, { input: { id: customerId, name: 'Ny og Ændret ApS' } }, t.apiKey);
    expect(await changeRuns(app, t, connectionId)).toEqual([]);
    expect(sandbox.store.customers.size).toBe(0);
  });
});

describe('immediate push coalesces bursts (PV-04)', () => {
  let apiOnly: TestApp | undefined;
  afterAll(async () => {
    await apiOnly?.stop();
  });

  it('PV-04: 100 edits of linked customers and products, some at the same time, queue one run per register while it waits', async () => {
    // an API without a worker, so queued runs stay queued and can be counted
    apiOnly = await createTestApp({ ROLE: 'api' });
    const t = await tenantWithAdmin(apiOnly);
    const { connectionId } = await connectEconomic(apiOnly, t);
    await setRegisterRules(apiOnly, t, connectionId, { pushLinkedChangesImmediately: true });
    const numbers = ['3301', '3302', '3303', '3304', '3305', '3306'];
    const customerIds = [];
    for (const n of numbers) customerIds.push(await seedCustomer(apiOnly, t.apiKey, n, `Kunde ${n}`));
    const customerId = customerIds[0]!;
    const product = await gql(apiOnly, `mutation { upsertProduct(input: { number: "PV4-1", name: "Timer", salesPrice: "100.00" }) { product { id } errors { message } } }`, {}, t.apiKey);
    const productId = product.data.upsertProduct.product.id;
    // linked as a transfer would have linked them (there is no worker here to run one)
    const db = new pg.Client({ connectionString: apiOnly.databaseUrl });
    await db.connect();
    try {
      const link = `INSERT INTO external_ref (id, tenant_id, connection_id, record_type, record_id, external_id, external_number, last_synced_at)
        SELECT $1, c.tenant_id, c.id, $2, $3, $4, $4, now() FROM connection c WHERE c.id = $5`;
      const connectionRow = (await db.query(`SELECT id FROM connection`)).rows[0].id as string;
      const productRow = (await db.query(`SELECT id FROM product WHERE number = 'PV4-1'`)).rows[0].id as string;
      for (const row of (await db.query(`SELECT id, number FROM customer`)).rows as { id: string; number: string }[]) {
        expect((await db.query(link, [randomUUID(), 'customer', row.id, row.number, connectionRow])).rowCount).toBe(1);
      }
      expect((await db.query(link, [randomUUID(), 'product', productRow, 'PV4-1', connectionRow])).rowCount).toBe(1);
    } finally {
      await db.end();
    }
    // edits of different customers arriving at the same time, with no run waiting yet, queue one between them
    const together = await Promise.all(customerIds.map((id, i) => gql(apiOnly!, UPSERT_CUSTOMER, { input: { id, name: `Samtidig ${i}` } }, t.apiKey)));
    expect(together.flatMap((r) => r.data.upsertCustomer.errors)).toEqual([]);
    expect((await changeRuns(apiOnly, t, connectionId)).map((r) => r.registers)).toEqual([['customers']]);
    for (let i = 0; i < 47; i++) {
      const c = await gql(apiOnly, UPSERT_CUSTOMER, { input: { id: customerId, name: `Ændring ${i}` } }, t.apiKey);
      expect(c.data.upsertCustomer.errors).toEqual([]);
      const p = await gql(apiOnly, `mutation ($input: UpsertProductInput!) { upsertProduct(input: $input) { errors { message } } }`, { input: { id: productId, salesPrice: `${100 + i}.00` } }, t.apiKey);
      expect(p.data.upsertProduct.errors).toEqual([]);
    }
    const runs = await changeRuns(apiOnly, t, connectionId);
    expect(runs.map((r) => ({ status: r.status, registers: r.registers })).sort((a, b) => a.registers[0]!.localeCompare(b.registers[0]!))).toEqual([
      { status: 'QUEUED', registers: ['customers'] },
      { status: 'QUEUED', registers: ['products'] },
    ]);
  });
});
