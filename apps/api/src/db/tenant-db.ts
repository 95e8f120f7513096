import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { QueryObserverData } from './query-logger.js';

/**
 * The only way the app reaches tenant data. Every unit of work runs in a transaction whose
 * `app.tenant_id` setting feeds the row-level-security policies, so a query that forgets its
 * tenant filter still sees nothing of another tenant.
 */
export interface TenantDb {
  /** Read (or write without a savepoint) as `tenantId`. */
  read<T>(tenantId: string, work: (m: EntityManager) => Promise<T>): Promise<T>;
  /** Write atomically: rolled back alone when `work` throws or asks for it. */
  write<T>(tenantId: string, work: (m: EntityManager, rollback: () => void) => Promise<T>): Promise<T>;
  /**
   * Runs once what was written so far is committed, e.g. queueing a job that reads it: another
   * process must never look for a row that is not yet visible to it.
   */
  afterCommit(effect: () => Promise<void>): Promise<void>;
}

/**
 * DataLoader batches of one request resolve concurrently but share one connection; pg would
 * queue them anyway, so queue them here explicitly (pg 9 drops its implicit queue).
 */
function serialised(runner: QueryRunner): QueryRunner {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<typeof query>) => {
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as typeof runner.query;
  return runner;
}

async function setTenant(runner: QueryRunner, tenantId: string): Promise<void> {
  await runner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
}

/**
 * One transaction per GraphQL request, opened lazily and committed before the response is sent:
 * one connection and one tenant setting for all the request's DataLoader batches.
 */
export class RequestTenantDb implements TenantDb {
  private opening: Promise<QueryRunner> | undefined;
  private tenantId: string | undefined;
  private savepoint = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly effects: (() => Promise<void>)[] = [];

  constructor(private readonly ds: DataSource, private readonly observer?: QueryObserverData) {}

  private open(tenantId: string): Promise<QueryRunner> {
    if (this.tenantId !== undefined && this.tenantId !== tenantId) {
      throw new Error('a request cannot act for two tenants');
    }
    this.tenantId = tenantId;
    this.opening ??= (async () => {
      const runner = serialised(this.ds.createQueryRunner());
      runner.data = { ...this.observer } satisfies QueryObserverData;
      await runner.connect();
      await runner.startTransaction();
      await setTenant(runner, tenantId);
      return runner;
    })();
    return this.opening;
  }

  async read<T>(tenantId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    const runner = await this.open(tenantId);
    return work(runner.manager);
  }

  /** Writes are serialised: savepoints on one connection must nest, never interleave. */
  write<T>(tenantId: string, work: (m: EntityManager, rollback: () => void) => Promise<T>): Promise<T> {
    const next = this.chain.then(async () => {
      const runner = await this.open(tenantId);
      const name = `sp_${++this.savepoint}`;
      await runner.query(`SAVEPOINT ${name}`);
      let wantsRollback = false;
      try {
        const result = await work(runner.manager, () => (wantsRollback = true));
        await runner.query(wantsRollback ? `ROLLBACK TO SAVEPOINT ${name}` : `RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await runner.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  async afterCommit(effect: () => Promise<void>): Promise<void> {
    this.effects.push(effect);
  }

  /** Commit (or roll back) and give the connection back, then run the after-commit effects. Safe to call twice. */
  async finish(commit: boolean): Promise<void> {
    const runner = this.opening ? await this.opening.catch(() => undefined) : undefined;
    this.opening = undefined;
    const effects = this.effects.splice(0);
    if (runner) {
      try {
        await this.chain;
        if (runner.isTransactionActive) await (commit ? runner.commitTransaction() : runner.rollbackTransaction());
      } finally {
        await runner.release();
      }
    }
    if (commit) for (const effect of effects) await effect();
  }
}

/** A transaction per call: for jobs and subscriptions, which outlive any request. */
export class ShortTenantDb implements TenantDb {
  constructor(private readonly ds: DataSource) {}

  /** Every write here has committed by the time it returns. */
  async afterCommit(effect: () => Promise<void>): Promise<void> {
    await effect();
  }

  read<T>(tenantId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(async (m) => {
      await setTenant(m.queryRunner!, tenantId);
      return work(m);
    });
  }

  async write<T>(tenantId: string, work: (m: EntityManager, rollback: () => void) => Promise<T>): Promise<T> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await setTenant(runner, tenantId);
      let wantsRollback = false;
      const result = await work(runner.manager, () => (wantsRollback = true));
      await (wantsRollback ? runner.rollbackTransaction() : runner.commitTransaction());
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}
