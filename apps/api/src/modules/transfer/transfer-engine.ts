import type { RatePriority } from '@ledgerbridge/connectors';
import { transferRulesFor } from '@ledgerbridge/domain';

import { ShortTenantDb } from '../../db/tenant-db.js';
import type { Logger } from '../../logging/logger.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import { notifyAfterRun } from '../notification/after-run.js';
import type { Services } from '../services.js';
import { priorityOfTrigger } from '../rate-budget/run-priority.rules.js';
import { isRegisterEnabled, reportDisabledRegisters } from './debtor-registers.js';
import { IntentLedger } from './intent-ledger.js';
import { RefStore, type PlannedItem, type RegisterContext } from './register-context.js';
import { pullCustomers } from './registers/customers-pull.register.js';
import { pushCustomers } from './registers/customers.register.js';
import { pushInvoices } from './registers/invoices.register.js';
import { pullPayments } from './registers/payments.register.js';
import { pullProducts } from './registers/products-pull.register.js';
import { pullProjectCosts } from './registers/project-costs.register.js';
import { pushProducts } from './registers/products.register.js';
import { pushProjects } from './registers/projects.register.js';
import { pushSupplierInvoices } from './registers/supplier-invoices.register.js';
import { importSteps } from './registers/import-from-erp.register.js';
import { TransferLog } from './transfer-log.js';
import { TransferRunEntity } from './transfer-run.entity.js';

const RESUMABLE: readonly string[] = ['QUEUED', 'RUNNING'];

export const TRANSFER_REGISTERS = ['customers', 'products', 'projects', 'invoices', 'payments', 'projectCosts', 'supplierInvoices'] as const;
export type TransferRegister = (typeof TRANSFER_REGISTERS)[number];

/** Dependency order: a project needs its customer in the ERP, an invoice its customer, products and project. */
const STEPS: readonly { register: TransferRegister; run: (ctx: RegisterContext) => Promise<void> }[] = [
  { register: 'customers', run: pushCustomers },
  { register: 'products', run: pushProducts },
  { register: 'projects', run: pushProjects },
  { register: 'invoices', run: pushInvoices },
  { register: 'supplierInvoices', run: pushSupplierInvoices },
  { register: 'payments', run: pullPayments },
  { register: 'customers', run: pullCustomers },
  { register: 'products', run: pullProducts },
  { register: 'projectCosts', run: pullProjectCosts },
];

/**
 * Runs a transfer: each register in dependency order, one item per record, every item and state
 * change an event. Each step commits on its own, so a crash mid-run loses at most the record in
 * flight, and the intent ledger makes the retry safe.
 */
export class TransferEngine {
  constructor(
    private readonly services: Services,
    private readonly db: ShortTenantDb,
    private readonly logger: Logger,
    /** Serialises runs per connection; without one (dry runs) nothing is sent, so nothing to serialise. */
    private readonly lockConnection?: (connectionId: string) => Promise<() => Promise<void>>,
  ) {}

  async execute(tenantId: string, runId: string): Promise<void> {
    const queued = await this.db.read(tenantId, (m) => m.findOneBy(TransferRunEntity, { tenantId, id: runId }));
    if (!queued || !RESUMABLE.includes(queued.status)) return; // finished, or gone
    const unlock = this.lockConnection ? await this.lockConnection(queued.connectionId) : async () => undefined;
    try {
      await this.executeLocked(tenantId, runId);
    } finally {
      await unlock();
    }
  }

  private async executeLocked(tenantId: string, runId: string): Promise<void> {
    // re-read under the lock. RUNNING here means its worker died mid-run (a live one would still
    // hold the connection lock, which Postgres releases with a dead session): resume it.
    const run = await this.db.read(tenantId, (m) => m.findOneBy(TransferRunEntity, { tenantId, id: runId }));
    if (!run || !RESUMABLE.includes(run.status)) return;
    if (run.status === 'RUNNING') this.logger.warn({ runId }, 'resuming a run whose worker stopped');
    const log = new TransferLog(this.db, this.services.events, run);
    await log.start();
    let failure: string | null = null;
    try {
      const ctx = await this.context(tenantId, run.connectionId, log, null, priorityOfTrigger(run.trigger));
      if (typeof ctx === 'string') failure = ctx;
      else {
        await reportDisabledRegisters(ctx, run.registers);
        // ERP records decided CREATE (and on the initial sync, X-11, the start-up import) come in first
        for (const step of [...importSteps(run.trigger === 'INITIAL'), ...STEPS]) if (run.registers.includes(step.register) && isRegisterEnabled(ctx.rules, step.register)) await step.run(ctx);
      }
    } catch (error) {
      this.logger.error({ err: error, runId }, 'transfer run crashed');
      failure = 'The run stopped on an internal error; it can be started again safely';
    }
    if (log.accessProblem !== null) await this.services.connections.markNeedsReconnect(tenantId, run.connectionId, log.accessProblem);
    await log.finish(failure);
    await notifyAfterRun(this.services, tenantId, runId, this.logger);
  }

  /** What a run would send, with the problems that would stop it, without sending anything. */
  async plan(tenantId: string, connectionId: string, registers: readonly TransferRegister[]): Promise<PlannedItem[] | string> {
    const plan: PlannedItem[] = [];
    const ctx = await this.context(tenantId, connectionId, null, plan, 'USER');
    if (typeof ctx === 'string') return ctx;
    await reportDisabledRegisters(ctx, registers);
    for (const step of STEPS) if (registers.includes(step.register) && isRegisterEnabled(ctx.rules, step.register)) await step.run(ctx);
    return plan;
  }

  private async context(tenantId: string, connectionId: string, log: TransferLog | null, plan: PlannedItem[] | null, priority: RatePriority): Promise<RegisterContext | string> {
    const connection = await this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: connectionId }));
    if (!connection) return 'The connection no longer exists';
    const connector = this.services.connections.connectorFor(connection, priority);
    if (!connector.ok) return connector.error;
    return {
      tenantId, connection, connector: connector.value, settings: connection.settings, rules: transferRulesFor(connection.connectorId, connection.rules), db: this.db, services: this.services,
      log: log ?? (null as never), ledger: new IntentLedger(this.db, tenantId, connection.id), refs: new RefStore(this.db, tenantId, connection.id), plan,
      lastRunStartedAt: async (register) => {
        const rows = await this.db.read(tenantId, (m) => m.createQueryBuilder(TransferRunEntity, 'r')
          .where('r.tenant_id = :tenantId AND r.connection_id = :connectionId', { tenantId, connectionId })
          .andWhere(`r.status IN ('SUCCEEDED', 'PARTIAL') AND :register = ANY(r.registers)`, { register })
          .orderBy('r.started_at', 'DESC').limit(1).getMany());
        return rows[0]?.startedAt ?? null;
      },
    };
  }
}

