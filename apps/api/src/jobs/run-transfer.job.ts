import type { DataSource } from 'typeorm';
import { ShortTenantDb } from '../db/tenant-db.js';
import type { Logger } from '../logging/logger.js';
import { createServices, type ServiceDeps } from '../modules/services.js';
import { TransferEngine } from '../modules/transfer/transfer-engine.js';

export const RUN_TRANSFER = 'run-transfer';

export interface RunTransferData {
  tenantId: string;
  runId: string;
}

/** Thin: a fresh unit of work for the job, then the engine. */
export async function runTransferJob(data: RunTransferData, deps: { ds: DataSource; serviceDeps: ServiceDeps; logger: Logger }): Promise<void> {
  const db = new ShortTenantDb(deps.ds);
  const engine = new TransferEngine(createServices(db, deps.serviceDeps), db, deps.logger.child({ runId: data.runId }), connectionLock(deps.ds));
  await engine.execute(data.tenantId, data.runId);
}

/**
 * One run at a time per connection, across all workers: a session advisory lock held on its own
 * connection for the run's duration; a second run for the same connection waits its turn.
 */
export function connectionLock(ds: DataSource) {
  return async (connectionId: string): Promise<() => Promise<void>> => {
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock(727402, hashtext($1))', [connectionId]);
    return async () => {
      try {
        await runner.query('SELECT pg_advisory_unlock(727402, hashtext($1))', [connectionId]);
      } finally {
        await runner.release();
      }
    };
  };
}
