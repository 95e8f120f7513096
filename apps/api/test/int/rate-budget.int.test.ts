import { systemClock, type RateLimitHint } from '@ledgerbridge/connectors';
import { startFortnoxSandbox, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { ShortTenantDb } from '../../src/db/tenant-db.js';
import { fromGlobalId } from '../../src/graphql/relay.js';
import { createLogger } from '../../src/logging/logger.js';
import { PostgresRateBudget } from '../../src/modules/rate-budget/postgres-rate-budget.js';
import { priorityOfTrigger } from '../../src/modules/rate-budget/run-priority.rules.js';
import { createTestApp, TEST_APP_DB_PASSWORD, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { tenantWithAdmin } from '../transfer-helpers.js';

// The budget as two processes see it: the app's pool and a second, separate one on the same database.
let app: TestApp;
let otherProcess: DataSource;
let fortnox: StartedSandbox<FortnoxStore>;

beforeAll(async () => {
  app = await createTestApp({ ROLE: 'api' });
  otherProcess = await openDatabase({ ownerUrl: app.databaseUrl, appPassword: TEST_APP_DB_PASSWORD, logger: createLogger('silent'), poolSize: 4 });
  fortnox = await startFortnoxSandbox({ seedData: true, rateLimit: null });
});
afterAll(async () => {
  await otherProcess?.destroy();
  await fortnox?.stop();
  await app?.stop();
});

async function connection(): Promise<{ tenantId: string; connectionId: string; apiKey: string }> {
  const t = await tenantWithAdmin(app);
  const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`, {
    input: { connectorId: 'fortnox', name: 'Fortnox AB', credentials: fortnox.credentials },
  }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  const connectionId = fromGlobalId(res.data.connectSystem.connection.id)!.id;
  return { tenantId: await tenantIdOf(connectionId), connectionId, apiKey: t.apiKey };
}

/** Owner-side lookup, only for the test's bookkeeping. */
async function tenantIdOf(connectionId: string): Promise<string> {
  const rows: { tenant_id: string }[] = await ownerQuery('SELECT tenant_id FROM connection WHERE id = $1', [connectionId]);
  return rows[0]!.tenant_id;
}

async function ownerQuery<T>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function budgets(c: { tenantId: string; connectionId: string }, hint: RateLimitHint) {
  const make = (ds: DataSource) => new PostgresRateBudget({ ds, tenantId: c.tenantId, connectionId: c.connectionId, hint, clock: systemClock });
  return { here: make(app.ds), there: make(otherProcess) };
}

describe('PostgresRateBudget shared by two processes (issue #5, ADR 0010)', () => {
  it('should serve a USER call from another process at once while BACKGROUND waits above the reserve', async () => {
    const c = await connection();
    // burst 2, reserve 1, one token per 2.5 s: the background waiter has a long wait to lose
    const { here, there } = budgets(c, { requests: 10, perMs: 20_000 });
    await here.acquire(1, 'BACKGROUND');
    const order: string[] = [];
    const background = here.acquire(1, 'BACKGROUND').then(() => order.push('BACKGROUND'));
    const user = there.acquire(1, 'USER').then(() => order.push('USER'));
    await Promise.all([background, user]);
    expect(order).toEqual(['USER', 'BACKGROUND']);
  });

  it('should never let two processes spend the same token', async () => {
    const c = await connection();
    // burst 6, one more token per 10 s: five concurrent takes from two pools must leave exactly one
    const { here, there } = budgets(c, { requests: 30, perMs: 240_000 });
    const takes = [here, there, here, there, here].map((b) => b.acquire(1, 'USER'));
    await Promise.all(takes);
    const rows: { tokens: number; capacity: number }[] = await ownerQuery('SELECT tokens, capacity FROM rate_budget WHERE connection_id = $1', [c.connectionId]);
    expect(rows[0]!.capacity).toBe(6);
    // 6 - 5 taken, plus whatever accrued meanwhile (well under one token)
    expect(rows[0]!.tokens).toBeGreaterThanOrEqual(1);
    expect(rows[0]!.tokens).toBeLessThan(2);
  });

  it('should block every process after a 429 reported by one, until Retry-After has passed by the database clock', async () => {
    const c = await connection();
    const { here, there } = budgets(c, { requests: 25, perMs: 5_000 });
    await here.acquire(1, 'USER');
    await there.onThrottled(1_500);
    const [blocked] = await ownerQuery<{ blocked_until: Date; tokens: number }>('SELECT blocked_until, tokens FROM rate_budget WHERE connection_id = $1', [c.connectionId]);
    expect(blocked!.tokens).toBe(0);
    await here.acquire(1, 'USER');
    const [after] = await ownerQuery<{ now: Date }>('SELECT clock_timestamp() AS now', []);
    expect(after!.now.getTime()).toBeGreaterThanOrEqual(blocked!.blocked_until.getTime());
  });

  it('should keep each tenant\'s budget rows invisible to other tenants (RLS)', async () => {
    const c = await connection();
    const other = await connection();
    await budgets(c, { requests: 25, perMs: 5_000 }).here.acquire(1, 'USER');
    const seen = await new ShortTenantDb(app.ds).read(other.tenantId, (m) => m.query('SELECT connection_id FROM rate_budget'));
    expect(seen).toEqual([]);
    const own = await new ShortTenantDb(app.ds).read(c.tenantId, (m) => m.query('SELECT connection_id FROM rate_budget'));
    expect(own).toEqual([{ connection_id: c.connectionId }]);
  });
});

describe('priorityOfTrigger', () => {
  it('should treat only scheduled runs as background sync', () => {
    expect(priorityOfTrigger('SCHEDULE')).toBe('BACKGROUND');
    expect(priorityOfTrigger('MANUAL')).toBe('USER');
    expect(priorityOfTrigger('STATUS')).toBe('USER');
  });
});
