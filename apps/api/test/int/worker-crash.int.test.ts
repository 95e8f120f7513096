import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEconomicSandbox, type EconomicStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_APP_DB_PASSWORD, TEST_OPERATOR_TOKEN, type TestApp } from '../create-test-app.js';
import { gql, type GqlResponse } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { RUN, tenantWithAdmin, transition } from '../transfer-helpers.js';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');
const MASTER_KEY = randomBytes(32).toString('base64');
// CI runs the small version; `npm run crash-test` runs the 500 invoices × 10 kills
// eslint-disable-next-line n/no-process-env -- test size knob, read once
const INVOICES = Number(process.env['CRASH_INVOICES'] ?? 60);
// eslint-disable-next-line n/no-process-env -- test size knob, read once
const KILLS = Number(process.env['CRASH_KILLS'] ?? 4);
const TIMEOUT_MS = 240_000 + INVOICES * 1_500;

let app: TestApp;
let sandbox: StartedSandbox<EconomicStore>;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-worker-'));

beforeAll(async () => {
  // this process serves the API only; the worker runs as a child process we can SIGKILL
  app = await createTestApp({ ROLE: 'api', MASTER_KEY });
  // a little latency so each run spans several kills
  sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null, faults: { latencyMs: 15 } });
});
afterAll(async () => {
  await sandbox?.stop();
  await app?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function startWorker(): ChildProcess {
  return spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '', NODE_ENV: 'test', ROLE: 'worker', DATABASE_URL: app.databaseUrl, APP_DATABASE_PASSWORD: TEST_APP_DB_PASSWORD,
      OPERATOR_TOKEN: TEST_OPERATOR_TOKEN, MASTER_KEY, DATA_DIR: dataDir, JOB_LOCK_SECONDS: '2', LOG_LEVEL: 'silent', SEED_DEMO: 'false',
    },
    stdio: 'ignore',
  });
}

interface InvoicePage { invoices: { nodes: { status: { key: string }; number: string | null }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }

async function allInvoices(apiKey: string): Promise<{ status: { key: string }; number: string | null }[]> {
  const out: { status: { key: string }; number: string | null }[] = [];
  let after: string | null = null;
  for (;;) {
    const page: GqlResponse<InvoicePage> = await gql<InvoicePage>(app, `query ($after: String) { invoices(first: 100, after: $after) { nodes { status { key } number } pageInfo { hasNextPage endCursor } } }`, { after }, apiKey);
    const invoices: InvoicePage['invoices'] | undefined = page.data?.invoices;
    if (!invoices) throw new Error(`invoices query failed: ${JSON.stringify(page.errors)}`);
    out.push(...invoices.nodes);
    if (!invoices.pageInfo.hasNextPage) return out;
    after = invoices.pageInfo.endCursor;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a worker killed mid-run', () => {
  it(`should leave every invoice transferred exactly once after ${KILLS} SIGKILLs and a restart (ADR 0005, X-20)`, { timeout: TIMEOUT_MS }, async () => {
    expect(fs.existsSync(MAIN), 'apps/api must be built (npm test builds it)').toBe(true);
    const t = await tenantWithAdmin(app);
    const connect = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
      input: { connectorId: 'e-conomic', name: 'e-conomic', credentials: sandbox.credentials, settings: { bookInvoices: true } },
    }, t.token);
    const connectionId = connect.data.connectSystem.connection.id;
    const customerId = await seedCustomer(app, t.apiKey, '7001');
    const ids: string[] = [];
    for (let i = 0; i < INVOICES; i++) {
      const inv = await seedInvoice(app, t.apiKey, customerId, { reference: `K-${i}` });
      await transition(app, t.apiKey, inv.id, 'send-to-erp');
      ids.push(inv.id);
    }
    const queued = await gql(app, RUN, { input: { connectionId, registers: ['CUSTOMERS', 'INVOICES'] } }, t.apiKey);
    const runId = queued.data.runTransfer.run.id;

    // seeded randomness would hide timing bugs; the kill points vary, the assertions do not
    const progress = () => sandbox.store.booked.size + sandbox.store.drafts.size;
    const progressAtKills: number[] = [];
    for (let k = 0; k < KILLS && progress() < INVOICES; k++) {
      const worker = startWorker();
      // kill only once this worker is visibly working, at a random point after that
      const before = progress();
      const until = Date.now() + 30_000;
      while (progress() === before && Date.now() < until) await sleep(50);
      await sleep(Math.floor(Math.random() * 800));
      progressAtKills.push(progress());
      worker.kill('SIGKILL');
      await new Promise((r) => worker.once('exit', r));
    }
    // the kills must have hit a run in progress, or this test proves nothing
    expect(progressAtKills.filter((p) => p > 0 && p < INVOICES).length, `documents in the ERP at each kill: ${progressAtKills.join(', ')}`).toBeGreaterThanOrEqual(Math.ceil(KILLS / 2));
    const finalWorker = startWorker();
    try {
      const deadline = Date.now() + TIMEOUT_MS / 2;
      let status = '';
      while (Date.now() < deadline) {
        status = (await gql(app, `query ($id: ID!) { transferRun(id: $id) { status } }`, { id: runId }, t.apiKey)).data.transferRun.status;
        if (['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(status)) break;
        await sleep(500);
      }
      expect(status).toBe('SUCCEEDED');
    } finally {
      finalWorker.kill('SIGTERM');
      await new Promise((r) => finalWorker.once('exit', r));
    }

    const refs = [...sandbox.store.drafts.values(), ...sandbox.store.booked.values()].map((d) => d.referenceOther);
    expect(new Set(refs).size).toBe(refs.length);
    expect(sandbox.store.booked.size).toBe(INVOICES);
    expect(sandbox.store.drafts.size).toBe(0);
    const nodes = await allInvoices(t.apiKey);
    expect(nodes).toHaveLength(INVOICES);
    expect(nodes.filter((n) => n.status.key !== 'in-erp-send-to-customer' || !n.number)).toEqual([]);
  });
});
