import { budgetSizeFromHint, paceAfterThrottle, paceRulesFor, sizeAt, systemClock, type RateLimitHint } from '@ledgerbridge/connectors';
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

// The learned pace (ADR 0027) on the same two-process set-up.
interface Row {
  tokens: number;
  updated_at: Date;
  pace_per_ms: number | null;
  paced_at: Date | null;
  blocked_until: Date | null;
  now: Date;
}

const rowOf = async (connectionId: string): Promise<Row> =>
  (await ownerQuery<Row>('SELECT tokens, updated_at, pace_per_ms, paced_at, blocked_until, clock_timestamp() AS now FROM rate_budget WHERE connection_id = $1', [connectionId]))[0]!;

/**
 * Lets `ms` of quiet pass for the row: every timestamp it keeps moves that far into the past,
 * which is what the database clock moving forward looks like to the budget.
 */
async function quiet(connectionId: string, ms: number): Promise<void> {
  await ownerQuery(
    `UPDATE rate_budget SET updated_at = updated_at - $2::float8 * interval '1 millisecond',
       blocked_until = blocked_until - $2::float8 * interval '1 millisecond', paced_at = paced_at - $2::float8 * interval '1 millisecond'
     WHERE connection_id = $1`,
    [connectionId, ms],
  );
}

// burst 10, refill 40 per second; paced after one 429: 30 per second, a burst of 6
const HINT: RateLimitHint = { requests: 50, perMs: 1_000 };
const size = budgetSizeFromHint(HINT);
const rules = paceRulesFor(size);

describe('PostgresRateBudget learns the vendor\'s pace from 429s (issue #5 follow-up, ADR 0027)', () => {
  it('should store the decrease in the row, so another process paces at it with the smaller burst', async () => {
    const c = await connection();
    const { here, there } = budgets(c, HINT);
    await here.acquire(1, 'USER');
    await here.onThrottled(300);
    const throttled = await rowOf(c.connectionId);
    expect(throttled.tokens).toBe(0);
    expect(throttled.pace_per_ms).toBeCloseTo(0.75 * size.refillPerMs, 12);
    // the ramp starts when the block ends, as paceAfterThrottle decides
    expect(throttled.paced_at!.getTime()).toBe(throttled.blocked_until!.getTime());

    // ten seconds later: well past the block, the bucket full again at the learned pace
    await quiet(c.connectionId, 10_000);
    const rested = await rowOf(c.connectionId);
    await there.acquire(1, 'USER');
    const after = await rowOf(c.connectionId);
    // 30/s ramped for ~10 s is ~33/s: a burst of 200 ms is 6 calls, as the pure rule says
    expect(sizeAt(size, rules, { basePerMs: rested.pace_per_ms!, sinceMs: rested.paced_at!.getTime() }, after.now.getTime()).capacity).toBe(6);
    // full at the paced burst of 6, not the hint's 10, minus the one just taken
    expect(after.tokens).toBeGreaterThanOrEqual(5);
    expect(after.tokens).toBeLessThan(6);
  });

  it('should decrease once for a burst of 429s from calls that were in flight together', async () => {
    const c = await connection();
    const { here, there } = budgets(c, HINT);
    await here.acquire(1, 'USER');
    await here.onThrottled(30_000);
    await there.onThrottled(30_000);
    await here.onThrottled(30_000);
    const row = await rowOf(c.connectionId);
    expect(row.pace_per_ms).toBeCloseTo(0.75 * size.refillPerMs, 12);
    // a 429 after the block ended is news: three quarters again, of the pace ramped meanwhile
    await quiet(c.connectionId, 31_000);
    const before = await rowOf(c.connectionId);
    await there.onThrottled(1_000);
    const next = await rowOf(c.connectionId);
    const expected = paceAfterThrottle(rules, { basePerMs: before.pace_per_ms!, sinceMs: before.paced_at!.getTime() }, {
      nowMs: next.updated_at.getTime(), blockedUntilMs: before.blocked_until!.getTime(), retryAfterMs: 1_000,
    })!;
    expect(next.pace_per_ms!).toBeCloseTo(expected.basePerMs, 12);
    expect(next.paced_at!.getTime()).toBe(expected.sinceMs);
    expect(next.pace_per_ms!).toBeLessThan(row.pace_per_ms!);
  });

  it('should let a long quiet period recover the hint\'s pace and burst for every process', async () => {
    const c = await connection();
    const { here, there } = budgets(c, HINT);
    await here.acquire(1, 'USER');
    await here.onThrottled(300);
    await there.onThrottled(300);
    await quiet(c.connectionId, 3 * 60_000);
    await there.acquire(1, 'BACKGROUND');
    const after = await rowOf(c.connectionId);
    // the hint's burst of 10 is back, minus the one just taken
    expect(after.tokens).toBeGreaterThanOrEqual(9);
    expect(after.tokens).toBeLessThan(10);
  });

  it('should keep USER calls ahead of BACKGROUND while paced', async () => {
    const c = await connection();
    // burst 2, reserve 1, one token per 2.5 s; paced: one per 3.3 s, still a burst of 2 with 1 kept
    const { here, there } = budgets(c, { requests: 10, perMs: 20_000 });
    await here.acquire(1, 'USER');
    await here.onThrottled(300);
    // ten quiet seconds: a full burst again, the pace still below the hint's (ramped to ~20/min)
    await quiet(c.connectionId, 10_000);
    await here.acquire(1, 'BACKGROUND');
    const order: string[] = [];
    const background = here.acquire(1, 'BACKGROUND').then(() => order.push('BACKGROUND'));
    const user = there.acquire(1, 'USER').then(() => order.push('USER'));
    await Promise.all([background, user]);
    expect(order).toEqual(['USER', 'BACKGROUND']);
    expect((await rowOf(c.connectionId)).pace_per_ms).toBeLessThan(8 / 20_000);
  });
});

describe('PostgresRateBudget leases a few calls while the hint allows plenty (issue #5 follow-up, ADR 0027)', () => {
  // e-conomic's hint: a burst of 10 000 and 50/s, so a lease is 200 ms of it, 10 calls
  const ECONOMIC: RateLimitHint = { requests: 50_000, perMs: 24 * 60 * 60 * 1000 };

  it('should take ten calls in one round trip and spend them without touching the row, but not once paced', async () => {
    const c = await connection();
    const { here } = budgets(c, ECONOMIC);
    await here.acquire(1, 'BACKGROUND');
    await here.acquire(1, 'BACKGROUND');
    const leased = await rowOf(c.connectionId);
    // the full bucket minus a lease of 10 (the call plus 9 kept here); call by call it would hold 9 999
    expect(leased.tokens).toBeLessThanOrEqual(9_990);
    for (let i = 0; i < 9; i++) await here.acquire(1, 'BACKGROUND');
    expect((await rowOf(c.connectionId)).updated_at.getTime()).toBe(leased.updated_at.getTime());
    await here.acquire(1, 'BACKGROUND');
    expect((await rowOf(c.connectionId)).updated_at.getTime()).toBeGreaterThan(leased.updated_at.getTime());

    // a 429 drops the lease, and a paced row is taken from call by call
    await here.onThrottled(200);
    await quiet(c.connectionId, 1_000);
    for (let i = 0; i < 3; i++) {
      const before = await rowOf(c.connectionId);
      await here.acquire(1, 'BACKGROUND');
      expect((await rowOf(c.connectionId)).updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
    }
  });
});
