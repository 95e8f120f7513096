import { InitialSyncEntity } from '../../reconciliation/initial-sync.entity.js';
import { RegisterDecisionEntity } from '../../reconciliation/register-decision.entity.js';
import type { RegisterContext } from '../register-context.js';

export const IGNORED_REASON = 'Ignored by a register decision: never synchronised';
export const PRE_EXISTING_PRODUCT_REASON = 'Existed before go-live with no counterpart in the ERP: link it or decide CREATE in the register comparison (SE-FX-22)';

/** What the register comparison decided for one register of the connection, as the push registers need it. */
export interface PushGate {
  /** Why our record is not sent, or null to send it. */
  skipReason(record: { id: string; createdAt?: Date }, isLinked: boolean): string | null;
  /**
   * True when our record was linked to this ERP record by a LINK decision. Such a link may join
   * different numbers on purpose (the ERP record keeps its own, see pushRecord), so the number
   * differing from the ERP's is not a changed key (ADR 0006 addendum).
   */
  isLinkedByDecision(recordId: string, externalId: string | undefined): boolean;
}

/**
 * IGNOREd records are never sent; products that existed before the initial sync (go-live) are
 * sent only once linked or decided CREATE (SE-FX-22). Before any initial sync nothing changes.
 */
export async function pushGate(ctx: RegisterContext, register: 'customers' | 'products' | 'projects'): Promise<PushGate> {
  const { tenantId } = ctx;
  const [decisions, initial] = await ctx.db.read(tenantId, async (m) => [
    await m.findBy(RegisterDecisionEntity, { tenantId, connectionId: ctx.connection.id, register, side: 'OURS' }),
    await m.findOneBy(InitialSyncEntity, { tenantId, connectionId: ctx.connection.id }),
  ] as const);
  const actions = new Map(decisions.map((d) => [d.recordId!, d.action]));
  const links = new Map(decisions.filter((d) => d.action === 'LINK').map((d) => [d.recordId!, d.externalId]));
  const goLive = register === 'products' ? initial?.startedAt ?? null : null;
  return {
    skipReason(record, isLinked) {
      const action = actions.get(record.id);
      if (action === 'IGNORE') return IGNORED_REASON;
      if (goLive && !isLinked && action !== 'CREATE' && record.createdAt && record.createdAt < goLive) return PRE_EXISTING_PRODUCT_REASON;
      return null;
    },
    isLinkedByDecision(recordId, externalId) {
      return externalId !== undefined && links.get(recordId) === externalId;
    },
  };
}

/** Records the skip as a plan line (dry run) or a SKIPPED item. */
export async function logSkip(ctx: RegisterContext, register: string, recordId: string, reason: string): Promise<void> {
  if (ctx.plan) ctx.plan.push({ register, recordId, action: 'SKIP', reason, payload: null, errors: [] });
  else await ctx.log.item({ register, recordId, direction: 'PUSH', outcome: 'SKIPPED', message: reason });
}
