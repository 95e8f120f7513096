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
  const engine = new TransferEngine(createServices(db, deps.serviceDeps), db, deps.logger.child({ runId: data.runId }));
  await engine.execute(data.tenantId, data.runId);
}
