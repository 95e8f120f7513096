import type { TenantDb } from '../../db/tenant-db.js';

/**
 * Failed items of the connection's initial sync that are neither fixed (the same record went
 * through in a later run, e.g. a retry of those items) nor acknowledged. While there are any,
 * the next sync is refused (SE-VN-60, X-28).
 */
export async function openInitialSyncErrors(db: TenantDb, tenantId: string, connectionId: string): Promise<number> {
  const rows: { n: number }[] = await db.read(tenantId, (m) => m.query(`
    SELECT count(*)::int AS n
    FROM initial_sync s
    JOIN transfer_item f ON f.tenant_id = s.tenant_id AND f.run_id = s.run_id AND f.outcome = 'FAILED'
    WHERE s.tenant_id = $1 AND s.connection_id = $2 AND s.errors_acknowledged_at IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM transfer_item later JOIN transfer_run r ON r.tenant_id = later.tenant_id AND r.id = later.run_id
        WHERE later.tenant_id = $1 AND r.connection_id = $2 AND f.record_id IS NOT NULL AND later.record_id = f.record_id
          AND later.register = f.register AND later.outcome IN ('TRANSFERRED', 'UPDATED') AND later.created_at > f.created_at)`,
  [tenantId, connectionId]));
  return rows[0]?.n ?? 0;
}

/** The message every refused sync carries, or null when the connection may sync. */
export async function initialSyncBlock(db: TenantDb, tenantId: string, connectionId: string): Promise<string | null> {
  const open = await openInitialSyncErrors(db, tenantId, connectionId);
  return open === 0 ? null : `The initial synchronisation has ${open} unresolved error(s): fix them (retry the failed items) or acknowledge them before the next sync (SE-VN-60)`;
}
