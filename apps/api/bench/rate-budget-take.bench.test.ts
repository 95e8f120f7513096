import { bucketFromHint, systemClock } from '@ledgerbridge/connectors';
import { startFortnoxSandbox } from '@ledgerbridge/sandboxes';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fromGlobalId } from '../src/graphql/relay.js';
import { PostgresRateBudget } from '../src/modules/rate-budget/postgres-rate-budget.js';
import { createTestApp, type TestApp } from '../test/create-test-app.js';
import { gql } from '../test/gql.js';
import { tenantWithAdmin } from '../test/transfer-helpers.js';

const TAKES = 2_000;
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

it(`measures ${TAKES} sequential takes from the shared budget (per call, leased) against the in-process bucket`, async () => {
  const sandbox = await startFortnoxSandbox({ seedData: true, rateLimit: null });
  try {
    const t = await tenantWithAdmin(app);
    // one connection per budget: each has its own row
    const connectionIds: string[] = [];
    for (const name of ['per call', 'leased']) {
      const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } } }`, {
        input: { connectorId: 'fortnox', name, credentials: sandbox.credentials },
      }, t.token);
      connectionIds.push(fromGlobalId(res.data.connectSystem.connection.id)!.id);
    }
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    const tenantId = (await client.query('SELECT tenant_id FROM connection WHERE id = $1', [connectionIds[0]])).rows[0].tenant_id as string;
    await client.end();
    const make = (connectionId: string, hint: { requests: number; perMs: number }) => new PostgresRateBudget({ ds: app.ds, tenantId, connectionId, hint, clock: systemClock });
    const budgets = [
      // 20 000 per hour: a burst of 4 000 and too slow a refill for a lease, so one round trip per call
      ['postgres, one round trip per call', make(connectionIds[0]!, { requests: 20_000, perMs: 60 * 60 * 1000 })],
      // e-conomic's hint, unpaced: leases of 10 calls
      ['postgres, leased (e-conomic hint)', make(connectionIds[1]!, { requests: 50_000, perMs: 24 * 60 * 60 * 1000 })],
      ['in-process bucket', bucketFromHint({ requests: 50_000, perMs: 24 * 60 * 60 * 1000 }, systemClock)],
    ] as const;
    const rows: { budget: string; takes: number; 'ms per take': string }[] = [];
    for (const [name, budget] of budgets) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < TAKES; i++) await budget.acquire(1, 'BACKGROUND');
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      rows.push({ budget: name, takes: TAKES, 'ms per take': (ms / TAKES).toFixed(3) });
    }
    // eslint-disable-next-line no-console -- the benchmark's output
    console.table(rows);
    // a tenth of the round trips must show
    expect(Number(rows[1]!['ms per take'])).toBeLessThan(Number(rows[0]!['ms per take']));
  } finally {
    await sandbox.stop();
  }
});
