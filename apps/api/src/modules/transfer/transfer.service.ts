import { randomUUID } from 'node:crypto';
import { err, fieldError, ok, statusRoles, type FieldError, type Result } from '@ledgerbridge/domain';
import type { DataSource } from 'typeorm';
import { ShortTenantDb, type TenantDb } from '../../db/tenant-db.js';
import type { Logger } from '../../logging/logger.js';
import type { JobQueue } from '../../worker/scheduler.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import type { EventService } from '../event/event.service.js';
import type { Services } from '../services.js';
import type { PlannedItem } from './register-context.js';
import { TransferEngine, TRANSFER_REGISTERS, type TransferRegister } from './transfer-engine.js';
import { ExternalRefEntity } from './external-ref.entity.js';
import { TransferIntentEntity } from './transfer-intent.entity.js';
import { TransferItemEntity } from './transfer-item.entity.js';
import { TransferLogRepository } from './transfer-log.repository.js';
import { preflightCheck, type PreflightFinding } from './preflight.js';
import { TransferRunEntity } from './transfer-run.entity.js';
import { TransferScheduleEntity } from './transfer-schedule.entity.js';
import { initialSyncBlock } from '../reconciliation/initial-sync.gate.js';

export type RunTrigger = 'MANUAL' | 'SCHEDULE' | 'STATUS' | 'INITIAL' | 'CHANGE';

export interface TransferDeps {
  jobs: JobQueue;
  logger: Logger;
  ds: DataSource;
  /** Whether the connector writes invoices (from its manifest). */
  takesInvoices: (connectorId: string) => boolean;
}

export class TransferService {
  readonly log: TransferLogRepository;

  constructor(private readonly db: TenantDb, private readonly events: EventService, private readonly deps: TransferDeps) {
    this.log = new TransferLogRepository(db);
  }

  /**
   * Queues a run for the worker, or (dry run) plans it here and returns what would be sent.
   * The idempotency key makes a retried request return the run it already queued.
   */
  async request(tenantId: string, services: Services, input: { connectionId: string; registers: TransferRegister[]; dryRun: boolean; idempotencyKey?: string | null; actor: string | null; trigger?: RunTrigger }): Promise<Result<{ run: TransferRunEntity | null; plan: PlannedItem[] | null; alreadyProcessed: boolean }, FieldError[]>> {
    const registers = TRANSFER_REGISTERS.filter((r) => input.registers.includes(r));
    if (registers.length === 0) return err([fieldError('REQUIRED', 'Choose at least one register', ['registers'])]);
    const connection = await this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: input.connectionId }));
    if (!connection) return err([fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
    if (connection.status !== 'ACTIVE') return err([fieldError(connection.status === 'DISCONNECTED' ? 'DISCONNECTED' : 'INVALID_VALUE', `The connection is not active: ${connection.statusReason ?? connection.status}`, ['connectionId'])]);
    if (input.dryRun) {
      const engine = new TransferEngine(services, new ShortTenantDb(this.deps.ds), this.deps.logger);
      const plan = await engine.plan(tenantId, connection.id, registers);
      if (typeof plan === 'string') return err([fieldError('INVALID_VALUE', plan, ['connectionId'])]);
      return ok({ run: null, plan, alreadyProcessed: false });
    }
    const blocked = await initialSyncBlock(this.db, tenantId, connection.id);
    if (blocked) return err([fieldError('BLOCKED', blocked, ['connectionId'])]);
    const requestedBy = input.idempotencyKey ? `${input.actor ?? 'unknown'}#${input.idempotencyKey}` : input.actor;
    if (input.idempotencyKey) {
      const earlier = await this.db.read(tenantId, (m) => m.findOneBy(TransferRunEntity, { tenantId, connectionId: connection.id, requestedBy: requestedBy ?? '' }));
      if (earlier) return ok({ run: earlier, plan: null, alreadyProcessed: true });
    }
    const runId = await this.queue(tenantId, connection.id, registers, input.trigger ?? 'MANUAL', requestedBy);
    const run = await this.db.read(tenantId, (m) => m.findOneByOrFail(TransferRunEntity, { tenantId, id: runId }));
    return ok({ run, plan: null, alreadyProcessed: false });
  }

  /**
   * A run waiting to start for the connection that already covers these registers will pick up
   * whatever was added since, so a second one is not queued (a schedule or a burst of status changes).
   */
  async queuedRunCovering(tenantId: string, connectionId: string, registers: readonly string[]): Promise<TransferRunEntity | null> {
    const queued = await this.db.read(tenantId, (m) => m.findBy(TransferRunEntity, { tenantId, connectionId, status: 'QUEUED' }));
    return queued.find((r) => registers.every((reg) => r.registers.includes(reg))) ?? null;
  }

  /** Invoices entered the transfer status: queue their transfer on every active connection that takes invoices. */
  async requestForInvoices(tenantId: string, actor: string | null): Promise<void> {
    const registers: TransferRegister[] = ['customers', 'products', 'projects', 'invoices'];
    const connections = await this.db.read(tenantId, (m) => m.findBy(ConnectionEntity, { tenantId, status: 'ACTIVE', autoTransferInvoices: true }));
    for (const connection of connections) {
      if (!this.deps.takesInvoices(connection.connectorId)) continue;
      if (await this.queuedRunCovering(tenantId, connection.id, registers)) continue;
      if (await initialSyncBlock(this.db, tenantId, connection.id)) continue;
      await this.queue(tenantId, connection.id, registers, 'STATUS', actor);
    }
  }

  /** A due schedule: queued unless a run for the same registers is already waiting. */
  async requestScheduled(tenantId: string, scheduleId: string): Promise<void> {
    const schedule = await this.db.read(tenantId, (m) => m.findOneBy(TransferScheduleEntity, { tenantId, id: scheduleId }));
    if (!schedule) return;
    const waiting = await this.queuedRunCovering(tenantId, schedule.connectionId, schedule.registers);
    const connection = await this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: schedule.connectionId }));
    const skipped = waiting ? 'A run for these registers is still waiting to start' : connection?.status !== 'ACTIVE' ? `The connection is not active: ${connection?.statusReason ?? connection?.status ?? 'gone'}` : await initialSyncBlock(this.db, tenantId, connection.id);
    const runId = skipped ? null : await this.queue(tenantId, schedule.connectionId, schedule.registers as TransferRegister[], 'SCHEDULE', `schedule:${schedule.name}`);
    await this.db.write(tenantId, (m) => m.update(TransferScheduleEntity, { tenantId, id: scheduleId }, { lastSkippedReason: skipped, ...(runId ? { lastRunId: runId } : {}) }));
  }

  async queue(tenantId: string, connectionId: string, registers: readonly string[], trigger: RunTrigger, requestedBy: string | null): Promise<string> {
    const run = await this.db.write(tenantId, async (m) => {
      const saved = await m.save(TransferRunEntity, Object.assign(new TransferRunEntity(), {
        id: randomUUID(), tenantId, connectionId, registers, isDryRun: false, trigger, status: 'QUEUED', counts: {}, error: null, requestedBy, startedAt: null, finishedAt: null,
      }));
      await this.events.append(m, tenantId, { kind: 'TRANSFER_RUN_QUEUED', connectionId, payload: { runId: saved.id, registers, trigger } });
      return saved;
    });
    await this.db.afterCommit(() => this.deps.jobs.enqueueTransfer({ tenantId, runId: run.id }));
    return run.id;
  }

  /**
   * Retries failed items of a run (all, or the given ones): a failed invoice goes back to the
   * transfer status (X-20, SE-VN-37), and one run per connection is queued for the registers
   * involved. Items that did not fail are refused with their ids in the error.
   */
  async retry(tenantId: string, services: Services, input: { runId: string; itemIds: string[] | null; actor: string | null }): Promise<Result<{ run: TransferRunEntity; retried: number }, FieldError[]>> {
    const original = await this.run(tenantId, input.runId);
    if (!original) return err([fieldError('NOT_FOUND', 'No transfer run with this id', ['runId'])]);
    const items = (await this.items(tenantId, original.id)).filter((i) => i.outcome === 'FAILED' && (!input.itemIds || input.itemIds.includes(i.id)));
    const unknown = (input.itemIds ?? []).filter((id) => !items.some((i) => i.id === id));
    if (unknown.length > 0) return err([fieldError('INVALID_VALUE', `Not failed items of this run: ${unknown.length}`, ['itemIds'])]);
    if (items.length === 0) return err([fieldError('INVALID_VALUE', 'The run has no failed items to retry', ['runId'])]);
    const { pipeline } = await services.invoiceStatuses.load(tenantId);
    const trigger = statusRoles(pipeline).trigger;
    for (const item of items) {
      if ((item.register === 'invoices' || item.register === 'creditNotes') && item.recordId && trigger) {
        await services.invoices.applyTransferOutcome(tenantId, item.recordId, { toStatusKey: trigger, reason: `Retry by ${input.actor ?? 'unknown'}`, connectionId: original.connectionId });
      }
    }
    const registers = TRANSFER_REGISTERS.filter((r) => items.some((i) => i.register === r || (r === 'invoices' && (i.register === 'creditNotes' || i.register === 'invoiceAttachments'))));
    const runId = await this.queue(tenantId, original.connectionId, registers, 'MANUAL', input.actor ? `${input.actor} (retry)` : 'retry');
    const run = await this.db.read(tenantId, (m) => m.findOneByOrFail(TransferRunEntity, { tenantId, id: runId }));
    return ok({ run, retried: items.length });
  }

  /** One failed item by its own id: the admin's log row and partner apps need not know the run. */
  async retryItem(tenantId: string, services: Services, input: { itemId: string; actor: string | null }): Promise<Result<{ run: TransferRunEntity; retried: number }, FieldError[]>> {
    const item = await this.db.read(tenantId, (m) => m.findOneBy(TransferItemEntity, { tenantId, id: input.itemId }));
    if (!item) return err([fieldError('NOT_FOUND', 'No transfer item with this id', ['itemId'])]);
    if (item.outcome !== 'FAILED') return err([fieldError('INVALID_VALUE', `Only failed items are retried; this one is ${item.outcome}`, ['itemId'])]);
    const retried = await this.retry(tenantId, services, { runId: item.runId, itemIds: [item.id], actor: input.actor });
    return retried.ok ? retried : err(retried.error.map((e) => ({ ...e, field: ['itemId'] })));
  }

  /** The pre-flight check for a connection (see preflight.ts); a connector that cannot be built is one ERROR. */
  async preflight(tenantId: string, services: Services, connection: ConnectionEntity): Promise<PreflightFinding[]> {
    const connector = services.connections.connectorFor(connection);
    if (!connector.ok) return [{ code: 'CONNECTION', severity: 'ERROR', message: connector.error, examples: [] }];
    return preflightCheck({
      tenantId, connection, connector: connector.value, rules: services.connections.catalog.get(connection.connectorId)?.preflight,
      db: this.db, statuses: services.invoiceStatuses,
    });
  }

  /** Drops every link to the ERP's records, e.g. when the connection now points at an empty company. */
  async forgetLinks(tenantId: string, connectionId: string): Promise<void> {
    await this.db.write(tenantId, async (m) => {
      await m.delete(ExternalRefEntity, { tenantId, connectionId });
      await m.delete(TransferIntentEntity, { tenantId, connectionId });
    });
  }

  runs(tenantId: string, connectionId: string | null, limit: number): Promise<TransferRunEntity[]> {
    return this.db.read(tenantId, (m) => m.find(TransferRunEntity, {
      where: { tenantId, ...(connectionId ? { connectionId } : {}) }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit,
    }));
  }

  run(tenantId: string, id: string): Promise<TransferRunEntity | null> {
    return this.db.read(tenantId, (m) => m.findOneBy(TransferRunEntity, { tenantId, id }));
  }

  items(tenantId: string, runId: string): Promise<TransferItemEntity[]> {
    return this.db.read(tenantId, (m) => m.find(TransferItemEntity, { where: { tenantId, runId }, order: { createdAt: 'ASC', id: 'ASC' } }));
  }
}
