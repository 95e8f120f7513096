import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fortnoxManifest } from '@ledgerbridge/connectors';
import { startFortnoxSandbox, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_APP_DB_PASSWORD, TEST_OPERATOR_TOKEN, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer } from '../seed.js';
import { RUN, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

// Two worker processes and this API process call one Fortnox company; the sandbox enforces
// exactly the limit the manifest declares, so any overshoot by the processes together is a 429.
const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');
const MASTER_KEY = randomBytes(32).toString('base64');
const LIMIT = { limit: fortnoxManifest.rateLimit.requests, windowMs: fortnoxManifest.rateLimit.perMs };

let app: TestApp;
/** A second API process on the same database: people reach the vendor through either. */
let app2: TestApp;
let fortnox: StartedSandbox<FortnoxStore>;
const workers: ChildProcess[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-budget-'));

function startWorker(): ChildProcess {
  const worker = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '', NODE_ENV: 'test', ROLE: 'worker', DATABASE_URL: app.databaseUrl, APP_DATABASE_PASSWORD: TEST_APP_DB_PASSWORD,
      OPERATOR_TOKEN: TEST_OPERATOR_TOKEN, MASTER_KEY, DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false', SCHEDULE_TICK_SECONDS: '1',
    },
    stdio: 'ignore',
  });
  workers.push(worker);
  return worker;
}

beforeAll(async () => {
  expect(fs.existsSync(MAIN), 'apps/api must be built (npm test builds it)').toBe(true);
  app = await createTestApp({ ROLE: 'api', MASTER_KEY });
  app2 = await createTestApp({ ROLE: 'api', MASTER_KEY }, { databaseUrl: app.databaseUrl });
  fortnox = await startFortnoxSandbox({ seedData: true, rateLimit: LIMIT });
  startWorker();
  startWorker();
});
afterAll(async () => {
  await Promise.all(workers.map((w) => new Promise((r) => {
    if (w.exitCode !== null) return r(undefined);
    w.once('exit', r);
    w.kill('SIGTERM');
  })));
  await fortnox?.stop();
  await app2?.stop();
  await app?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function connect(t: AdminTenant): Promise<string> {
  const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
    input: { connectorId: 'fortnox', name: 'Fortnox AB', credentials: fortnox.credentials },
  }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return res.data.connectSystem.connection.id;
}

type Run = { id: string; status: string; trigger: string; counts: { failed: number } };
const RUNS = `query ($c: ID) { transferRuns(connectionId: $c) { id status trigger counts { failed } } }`;
const runs = async (t: AdminTenant, connectionId: string): Promise<Run[]> => (await gql(app, RUNS, { c: connectionId }, t.apiKey)).data.transferRuns;
const isFinished = (r: Run) => ['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(r.status);

/** A live read as the admin screen does it: one vendor call, on behalf of a person. */
async function liveRead(t: AdminTenant, through: TestApp = app): Promise<{ items: unknown[]; problem: { code: string; message: string } | null }> {
  const res = await gql(through, `{ connections { referenceData(kind: UNITS) { items { code } problem { code message } } } }`, {}, t.token);
  return res.data.connections[0].referenceData;
}

describe('one rate budget per connection across processes (issue #5, ADR 0010)', () => {
  it('should keep two workers and two API processes together within Fortnox\'s 25 calls per 5 s, with no 429 and no failed item', { timeout: 300_000 }, async () => {
    const RECORDS = 12;
    const t = await tenantWithAdmin(app);
    const connectionId = await connect(t);
    for (let i = 0; i < RECORDS; i += 1) await seedCustomer(app, t.apiKey, String(8100 + i));
    for (let i = 0; i < RECORDS; i += 1) {
      const p = await gql(app, `mutation ($input: UpsertProductInput!) { upsertProduct(input: $input) { errors { message } } }`, { input: { number: `P-${i}`, name: `Product ${i}`, unit: 'st', salesPrice: '100.00', vatRate: '25' } }, t.apiKey);
      expect(p.data.upsertProduct.errors).toEqual([]);
    }
    fortnox.limiter.resetStats();
    // two runs, picked up by whichever worker is free; the connection lock hands the vendor from one run to the next
    const queued: string[] = [];
    for (const registers of [['CUSTOMERS'], ['PRODUCTS']]) {
      const res = await gql(app, RUN, { input: { connectionId, registers } }, t.apiKey);
      expect(res.data.runTransfer.errors).toEqual([]);
      queued.push(res.data.runTransfer.run.id);
    }
    // meanwhile people read live from the same company through both API processes
    const reads: Awaited<ReturnType<typeof liveRead>>[] = [];
    const readers = [app, app2].map(async (through) => {
      for (let i = 0; i < 10; i += 1) {
        reads.push(await liveRead(t, through));
        await sleep(250);
      }
    });
    const finished = await until('both runs', async () => {
      const all = (await runs(t, connectionId)).filter((r) => queued.includes(r.id));
      return all.length === 2 && all.every(isFinished) && all;
    });
    await Promise.all(readers);

    expect(finished.map((r) => r.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(fortnox.store.customers.size).toBeGreaterThanOrEqual(RECORDS);
    expect(reads.length).toBe(20);
    expect(reads.filter((r) => r.problem !== null)).toEqual([]);
    const stats = fortnox.limiter.stats();
    // enough traffic to span several windows, none of it refused, no window over the limit
    expect(stats.allowed, JSON.stringify(stats)).toBeGreaterThan(2 * LIMIT.limit);
    expect(stats.rejected).toBe(0);
    expect(stats.busiestWindow).toBeLessThanOrEqual(LIMIT.limit);
  });

  it('should serve a person\'s live read while a scheduled (background) run is draining the budget', { timeout: 300_000 }, async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connect(t);
    const CUSTOMERS = 40;
    for (let i = 0; i < CUSTOMERS; i += 1) await seedCustomer(app, t.apiKey, String(9100 + i));
    const before = fortnox.store.customers.size;
    fortnox.limiter.resetStats();
    const saved = await gql(app, `mutation ($input: SaveTransferScheduleInput!) { saveTransferSchedule(input: $input) { schedule { id } errors { code message } } }`, {
      input: { connectionId, name: 'nightly', registers: ['CUSTOMERS'], everyMinutes: 1440 },
    }, t.token);
    expect(saved.data.saveTransferSchedule.errors).toEqual([]);
    const run = await until('the scheduled run to be sending', async () => {
      const found = (await runs(t, connectionId)).find((r) => r.trigger === 'SCHEDULE' && r.status === 'RUNNING');
      return found && fortnox.store.customers.size - before >= 3 && found;
    });

    // several people at once: more than the reserve, so they also win the refills from the sync
    const sentBefore = fortnox.store.customers.size - before;
    const reads = await Promise.all(Array.from({ length: 6 }, () => liveRead(t)));
    const sentDuring = fortnox.store.customers.size - before - sentBefore;
    const stillRunning = (await runs(t, connectionId)).find((r) => r.id === run.id)!;

    expect(reads.map((r) => r.problem)).toEqual(Array(6).fill(null));
    expect(reads.every((r) => r.items.length > 0)).toBe(true);
    // the reads did not queue behind the sync: answered with most of the run still to go, while the
    // sync got little further than the call it had under way (1 here; 4 when the reserve is off,
    // as measured by disabling it; 2 allows one late poll on a loaded machine)
    expect(stillRunning.status).toBe('RUNNING');
    expect(sentDuring).toBeLessThanOrEqual(2);
    const done = await until('the scheduled run to finish', async () => {
      const r = (await runs(t, connectionId)).find((x) => x.id === run.id);
      return r && isFinished(r) && r;
    });
    expect(done.status).toBe('SUCCEEDED');
    expect(fortnox.store.customers.size - before).toBe(CUSTOMERS);
    expect(fortnox.limiter.stats().rejected).toBe(0);
  });
});
