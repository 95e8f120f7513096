import { startEconomicSandbox, type EconomicStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ShortTenantDb } from '../src/db/tenant-db.js';
import { fromGlobalId, toGlobalId } from '../src/graphql/relay.js';
import { createServices } from '../src/modules/services.js';
import { createTestApp, type TestApp } from '../test/create-test-app.js';
import { gql } from '../test/gql.js';
import { seedCustomer } from '../test/seed.js';
import { runAndWait, tenantWithAdmin } from '../test/transfer-helpers.js';

// eslint-disable-next-line n/no-process-env -- benchmark knob
const INVOICES = Number(process.env['BENCH_INVOICES'] ?? 1000);
/** The rate-limited scenario: the sandbox allows this many requests per second per agreement. */
// eslint-disable-next-line n/no-process-env -- benchmark knob: a loaded machine cannot reach 40/s, so pacing needs a lower limit to show
const LIMIT_PER_SECOND = Number(process.env['BENCH_LIMIT_PER_SECOND'] ?? 40);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

interface Measured {
  scenario: string;
  seconds: number;
  transferred: number;
  failed: number;
  failedBy429: number;
  requests: number;
}

async function scenario(name: string, rateLimit: { limit: number; windowMs: number } | null): Promise<Measured> {
  const sandbox: StartedSandbox<EconomicStore> = await startEconomicSandbox({ seedData: false, rateLimit });
  try {
    const t = await tenantWithAdmin(app);
    const connect = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
      input: { connectorId: 'e-conomic', name: name, credentials: sandbox.credentials, settings: { bookInvoices: true } },
    }, t.token);
    const connectionId = connect.data.connectSystem.connection.id;
    const customerId = await seedCustomer(app, t.apiKey, '9001');
    // seeded through the service layer: the benchmark measures transfers, not GraphQL writes
    const services = createServices(new ShortTenantDb(app.ds), app.serviceDeps);
    const rowTenant = fromGlobalId((await gql(app, `{ viewer { tenant { id } } }`, {}, t.apiKey)).data.viewer.tenant.id)!.id;
    for (let i = 0; i < INVOICES; i++) {
      const inv = await services.invoices.create(rowTenant, { customerId, currency: 'DKK', issueDate: '2026-11-02', lines: [{ description: 'Service', quantity: '1', unitPrice: '100.00', vatRate: '25' }] } as never);
      if (!inv.ok) throw new Error(JSON.stringify(inv.error));
      await services.invoices.transition(rowTenant, { invoiceId: toGlobalId('Invoice', inv.value.id), toStatusKey: 'send-to-erp' }, 'bench');
    }
    await runAndWait(app, t.apiKey, connectionId, ['customers'], 600_000);
    const before = sandbox.requestCount();
    const started = process.hrtime.bigint();
    const run = await runAndWait(app, t.apiKey, connectionId, ['invoices'], 1_800_000);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const failed = run.items.filter((i) => i.outcome === 'FAILED');
    return {
      scenario: name, seconds, transferred: run.counts.transferred, failed: failed.length,
      failedBy429: failed.filter((i) => i.errorCode === 'RATE_LIMITED').length, requests: sandbox.requestCount() - before,
    };
  } finally {
    await sandbox.stop();
  }
}

it(`transfers ${INVOICES} invoices without and with a ${LIMIT_PER_SECOND}/s vendor rate limit`, async () => {
  const baseline = await scenario('baseline (no vendor limit)', null);
  const limited = await scenario(`vendor limit ${LIMIT_PER_SECOND}/s`, { limit: LIMIT_PER_SECOND, windowMs: 1000 });
  const rows = [baseline, limited].map((m) => ({
    scenario: m.scenario, invoices: m.transferred, failed: m.failed, 'failed by 429': m.failedBy429, requests: m.requests,
    seconds: m.seconds.toFixed(1), 'invoices/s': (m.transferred / m.seconds).toFixed(1), 'time vs baseline': `${(m.seconds / baseline.seconds).toFixed(2)}×`,
  }));
  // eslint-disable-next-line no-console -- the benchmark's output
  console.table(rows);
  expect(limited.failedBy429).toBe(0);
  expect(limited.transferred).toBe(INVOICES);
});
