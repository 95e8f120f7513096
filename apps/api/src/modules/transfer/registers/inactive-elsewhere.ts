import { TransferItemEntity } from '../transfer-item.entity.js';
import { TransferRunEntity } from '../transfer-run.entity.js';
import type { RegisterContext } from '../register-context.js';

/** The item code for a customer active in one system and inactive in the other (SE-FX-18). */
export const INACTIVE_IN_OTHER_SYSTEM = 'INACTIVE_IN_OTHER_SYSTEM';

/**
 * Why an ERP customer must not be linked to ours with the same number: one of the two is inactive
 * (SE-FX-18). Linking would make the next transfer reactivate one side silently, so the admin
 * decides which state is right; null when both agree.
 */
export function activeMismatch(systemName: string, number: string, ours: { isActive: boolean }, theirs: { isActive: boolean }): string | null {
  if (ours.isActive === theirs.isActive) return null;
  const [inactive, active] = ours.isActive ? [`in ${systemName}`, 'here'] : ['here', `in ${systemName}`];
  return `Customer ${number} is inactive ${inactive} but active ${active}; it was not linked or created (SE-FX-18). Activate customer ${number} ${inactive}, or inactivate it ${active}, then retry.`;
}

/** The connector's name as people know it ("Fortnox"), for messages. */
export function systemNameOf(ctx: RegisterContext): string {
  return ctx.services.connections.catalog.get(ctx.connection.connectorId)?.manifest.displayName ?? ctx.connection.connectorId;
}

/**
 * ERP customers refused for SE-FX-18 on the last finished run: the retry must list them again even
 * when the ERP record itself has not changed since (the fix may have been made here).
 */
export async function hasOpenInactiveConflicts(ctx: RegisterContext): Promise<boolean> {
  const { tenantId } = ctx;
  return ctx.db.read(tenantId, async (m) => {
    const last = await m.createQueryBuilder(TransferRunEntity, 'r')
      .where('r.tenant_id = :tenantId AND r.connection_id = :connectionId', { tenantId, connectionId: ctx.connection.id })
      .andWhere(`r.status IN ('SUCCEEDED', 'PARTIAL') AND 'customers' = ANY(r.registers)`)
      .orderBy('r.started_at', 'DESC').limit(1).getOne();
    if (!last) return false;
    return m.existsBy(TransferItemEntity, { tenantId, runId: last.id, register: 'customers', direction: 'PULL', errorCode: INACTIVE_IN_OTHER_SYSTEM });
  });
}
