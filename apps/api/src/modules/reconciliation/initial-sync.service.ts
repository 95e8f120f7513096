import { err, initialSyncOptionsSchema, ok, parseInput, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import type { Services } from '../services.js';
import { TransferItemEntity } from '../transfer/transfer-item.entity.js';
import { TransferRunEntity } from '../transfer/transfer-run.entity.js';
import { openInitialSyncErrors } from './initial-sync.gate.js';
import { InitialSyncEntity } from './initial-sync.entity.js';
import { reconcileError, type ReconcileError } from './reconciliation.errors.js';

/** The registers an initial sync covers: master data only; suppliers only come in by the start-up import. */
const INITIAL_REGISTERS = ['customers', 'products', 'projects', 'suppliers'] as const;

export interface InitialSyncState {
  sync: InitialSyncEntity;
  run: TransferRunEntity;
  /** The run's failed items (SE-VN-60), shown at once. */
  errors: TransferItemEntity[];
  /** Failed items neither fixed nor acknowledged: while > 0 the next sync is refused. */
  openErrors: number;
}

/**
 * A finished run that changed nothing in either system (no record transferred, imported or
 * linked, e.g. the ERP was unreachable) does not use up the one initial sync (ADR 0009).
 */
function usedUp(run: TransferRunEntity): boolean {
  if (run.status === 'QUEUED' || run.status === 'RUNNING') return true;
  return (run.counts.TRANSFERRED ?? 0) + (run.counts.UPDATED ?? 0) > 0;
}

/** The one-off initial synchronisation per connection (X-11, RB-05, RB-06, SE-VN-60). */
export class InitialSyncService {
  constructor(private readonly db: TenantDb) {}

  async state(tenantId: string, connectionId: string): Promise<InitialSyncState | null> {
    const found = await this.db.read(tenantId, async (m) => {
      const sync = await m.findOneBy(InitialSyncEntity, { tenantId, connectionId });
      if (!sync) return null;
      const run = await m.findOneByOrFail(TransferRunEntity, { tenantId, id: sync.runId });
      const errors = await m.find(TransferItemEntity, { where: { tenantId, runId: sync.runId, outcome: 'FAILED' }, order: { createdAt: 'ASC', id: 'ASC' } });
      return { sync, run, errors };
    });
    return found && { ...found, openErrors: await openInitialSyncErrors(this.db, tenantId, connectionId) };
  }

  /** Queues the initial sync as a transfer run; its progress arrives on the transfer event stream. */
  async start(tenantId: string, services: Services, input: { connectionId: string; startupImport?: boolean | null; actor: string | null }): Promise<Result<InitialSyncState, ReconcileError[]>> {
    const options = parseInput(initialSyncOptionsSchema, input.startupImport == null ? {} : { startupImport: input.startupImport });
    if (!options.ok) return options;
    const connection = await this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: input.connectionId }));
    if (!connection) return err([reconcileError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
    if (connection.status !== 'ACTIVE') return err([reconcileError('INVALID_VALUE', `The connection is not active: ${connection.statusReason ?? connection.status}`, ['connectionId'])]);
    const earlier = await this.state(tenantId, connection.id);
    if (earlier && usedUp(earlier.run)) {
      return err([reconcileError('ALREADY_DONE', `The initial synchronisation of this connection was already started on ${earlier.sync.startedAt.toISOString()}; it runs only once (RB-06)`, ['connectionId'])]);
    }
    const runId = await services.transfers.queue(tenantId, connection.id, INITIAL_REGISTERS, 'INITIAL', input.actor);
    const claimed = await this.db.write(tenantId, async (m) => {
      const row = { tenantId, connectionId: connection.id, runId, startupImport: options.value.startupImport, startedBy: input.actor, startedAt: new Date(), errorsAcknowledgedAt: null, errorsAcknowledgedBy: null };
      if (earlier) {
        // only a run that changed nothing may be replaced, and only by the caller that saw it
        const replaced = await m.update(InitialSyncEntity, { tenantId, connectionId: connection.id, runId: earlier.sync.runId }, row);
        return (replaced.affected ?? 0) === 1;
      }
      const inserted = await m.createQueryBuilder().insert().into(InitialSyncEntity).values(row).orIgnore().returning(['connectionId']).execute();
      return inserted.raw.length === 1;
    });
    if (!claimed) {
      // a concurrent start won the race; ours must not run
      await this.db.write(tenantId, (m) => m.update(TransferRunEntity, { tenantId, id: runId, status: 'QUEUED' }, { status: 'FAILED', error: 'Another initial synchronisation started first', finishedAt: new Date() }));
      return err([reconcileError('ALREADY_DONE', 'The initial synchronisation of this connection was started by someone else just now (RB-06)', ['connectionId'])]);
    }
    return ok((await this.state(tenantId, connection.id))!);
  }

  /** The admin has seen the initial sync's errors and accepts them: the next sync may run (SE-VN-60). */
  async acknowledgeErrors(tenantId: string, input: { connectionId: string; actor: string | null }): Promise<Result<InitialSyncState, ReconcileError[]>> {
    const updated = await this.db.write(tenantId, (m) => m.update(InitialSyncEntity, { tenantId, connectionId: input.connectionId }, { errorsAcknowledgedAt: new Date(), errorsAcknowledgedBy: input.actor }));
    if ((updated.affected ?? 0) === 0) return err([reconcileError('NOT_FOUND', 'This connection has no initial synchronisation', ['connectionId'])]);
    return ok((await this.state(tenantId, input.connectionId))!);
  }
}
