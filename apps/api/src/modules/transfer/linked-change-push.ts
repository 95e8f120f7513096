import { transferRulesFor } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import { initialSyncBlock } from '../reconciliation/initial-sync.gate.js';
import { ExternalRefEntity } from './external-ref.entity.js';
import type { TransferService } from './transfer.service.js';

/** Records whose edits are pushed as soon as they are saved, and the register that sends them. */
const REGISTER_OF = { customer: 'customers', product: 'products' } as const;

/**
 * A customer or product already linked to the ERP was changed: on every active connection that
 * pushes linked changes immediately (PV-04, X-26) a run of that register is queued, after the
 * change has committed (the caller's transaction is done; the job is enqueued after the run row
 * commits). A run of the register still waiting to start picks the change up, so a burst of edits
 * queues one run per connection and register, not one per edit. A record not yet linked is left
 * for its first invoice or the schedule (PV-05).
 */
export async function requestForLinkedChange(
  db: TenantDb, transfers: TransferService, tenantId: string,
  record: { readonly type: keyof typeof REGISTER_OF; readonly id: string }, actor: string | null,
): Promise<number> {
  const register = REGISTER_OF[record.type];
  const [connections, links] = await db.read(tenantId, async (m) => [
    await m.findBy(ConnectionEntity, { tenantId, status: 'ACTIVE' }),
    await m.findBy(ExternalRefEntity, { tenantId, recordType: record.type, recordId: record.id }),
  ] as const);
  const linkedOn = new Set(links.map((l) => l.connectionId));
  let queued = 0;
  for (const connection of connections) {
    if (!linkedOn.has(connection.id)) continue;
    if (!transferRulesFor(connection.connectorId, connection.rules).registers.pushLinkedChangesImmediately) continue;
    // concurrent edits: the request's transaction holds this lock until it commits, so the next
    // one waits and then sees the run queued here instead of queueing its own
    await db.read(tenantId, (m) => m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`linked-change:${connection.id}:${register}`]));
    if (await transfers.queuedRunCovering(tenantId, connection.id, [register])) continue;
    if (await initialSyncBlock(db, tenantId, connection.id)) continue;
    await transfers.queue(tenantId, connection.id, [register], 'CHANGE', actor);
    queued++;
  }
  return queued;
}
