import { err, fieldError, ok, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { TransferScheduleEntity } from '../transfer/transfer-schedule.entity.js';
import { ConnectionEntity } from './connection.entity.js';
import { OauthStateEntity } from './oauth-state.entity.js';

export const DISCONNECTED_REASON = 'Disconnected by an admin: the credentials were deleted. Reconnect to transfer again.';

/**
 * Disconnecting deletes the sealed credentials outright (not just the status), stops the
 * schedules and any pending OAuth hand-over, all in one transaction. The row stays, so the
 * transfer history, external links, settings and rules are there when the admin reconnects.
 */
export async function disconnectConnection(db: TenantDb, tenantId: string, connectionId: string): Promise<Result<ConnectionEntity, FieldError[]>> {
  return db.write(tenantId, async (m) => {
    const connection = await m.findOneBy(ConnectionEntity, { tenantId, id: connectionId });
    if (!connection) return err([fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
    await m.update(TransferScheduleEntity, { tenantId, connectionId }, { isEnabled: false, lastSkippedReason: 'Stopped: the connection was disconnected' });
    await m.delete(OauthStateEntity, { tenantId, connectionId });
    connection.credentials = null;
    connection.tokenExpiresAt = null;
    connection.status = 'DISCONNECTED';
    connection.statusReason = DISCONNECTED_REASON;
    return ok(await m.save(ConnectionEntity, connection));
  });
}
