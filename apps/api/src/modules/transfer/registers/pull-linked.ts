import type { ConnectorResult, ListQuery, Page, RemoteRecord } from '@ledgerbridge/connectors';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { compareAmounts, parseInput } from '@ledgerbridge/domain';
import type { z } from 'zod';
import { contentHash, type RegisterContext } from '../register-context.js';
import { describeFieldErrors } from './register-guards.js';

const PULL_OVERLAP_MS = 10 * 60 * 1000;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** "850.00" from the ERP equals "850.0000" as Postgres returns it. */
function sameValue(theirs: unknown, ours: unknown): boolean {
  if (typeof theirs === 'string' && typeof ours === 'string' && DECIMAL.test(theirs) && DECIMAL.test(ours)) return compareAmounts(theirs, ours) === 0;
  return theirs === ours;
}

/**
 * Edits made in the ERP to records we are linked to come back into the graph (PV-03), field by
 * field, where the register's master lets ERP edits in.
 * After an update the link's hash is what we now hold, so the next push does not send it back.
 * Unlinked records go to `unlinked` (imports, ADR 0006). True when the whole listing was read.
 */
export async function pullLinked<R extends object, E extends ObjectLiteral & { id: string; tenantId: string }>(
  ctx: RegisterContext,
  p: {
    register: string;
    recordType: string;
    entity: EntityTarget<E>;
    list: ((query: ListQuery) => ConnectorResult<Page<RemoteRecord<R>>>) | undefined;
    /** Fields copied from the ERP, as [ours, theirs]. */
    fields: readonly (readonly [keyof E & string, keyof R & string])[];
    /** What we would send for the record now (for the link's hash). */
    toRecord: (entity: E) => object;
    /** The domain's input schema: ERP values are held to the same rules as any input. */
    schema: z.ZodObject;
    /** Whether ERP edits to linked records are applied: not where our side is the master. @default true */
    applyUpdates?: boolean;
    /**
     * Leave a record alone while it has edits of ours not yet in the ERP: with no master, the
     * source's change wins a conflict (ADR 0006) and is sent on a later run.
     */
    keepPendingEdits?: boolean;
    /** List every ERP record, not only those changed since the last run. */
    listAll?: boolean;
    /** Called for each listed ERP record not linked to one of ours. */
    unlinked?: (remote: RemoteRecord<R>) => Promise<void>;
  },
): Promise<boolean> {
  if (!p.list || ctx.plan) return false;
  const { tenantId } = ctx;
  const refs = await ctx.refs.all(p.recordType);
  const byExternal = new Map([...refs.values()].map((r) => [r.externalId, r]));
  if (byExternal.size === 0 && !p.unlinked) return true;
  // incremental: a margin covers clock skew between us and the ERP
  const last = await ctx.lastRunStartedAt(p.register);
  const updatedSince = last && !p.listAll ? new Date(last.getTime() - PULL_OVERLAP_MS) : undefined;
  let cursor: string | undefined;
  do {
    const page = await p.list({ ...(cursor ? { cursor } : {}), ...(updatedSince ? { updatedSince } : {}) });
    if (!page.ok) {
      await ctx.log.item({ register: p.register, recordId: null, direction: 'PULL', outcome: 'FAILED', errorCode: page.error.code, message: page.error.message, vendorError: page.error });
      return false;
    }
    for (const remote of page.value.items) {
      const ref = byExternal.get(remote.ref.externalId);
      if (!ref) {
        if (p.unlinked) await p.unlinked(remote);
        continue;
      }
      if (p.applyUpdates === false) continue;
      const changed = await ctx.db.write(tenantId, async (m) => {
        const ours = await m.findOneBy(p.entity, { tenantId, id: ref.recordId } as never);
        if (!ours) return null;
        if (p.keepPendingEdits && ref.contentHash !== null && contentHash(p.toRecord(ours)) !== ref.contentHash) return null;
        const diff: string[] = [];
        for (const [mine, theirs] of p.fields) {
          const value = remote.record[theirs];
          if (value !== undefined && value !== null && value !== '' && !sameValue(value, ours[mine])) {
            diff.push(mine);
            (ours as Record<string, unknown>)[mine] = value;
          }
        }
        if (diff.length === 0) return null;
        const checked = parseInput(p.schema.pick(Object.fromEntries(diff.map((f) => [f, true])) as Record<string, true> & Record<number, never>), Object.fromEntries(diff.map((f) => [f, ours[f]])));
        if (!checked.ok) return { refused: describeFieldErrors(checked.error) };
        await m.save(p.entity, ours);
        // re-read: the hash must be of what the next push will read (numeric scale as stored)
        return { saved: (await m.findOneBy(p.entity, { tenantId, id: ref.recordId } as never))!, diff };
      });
      if (!changed) continue;
      if ('refused' in changed) {
        await ctx.log.item({ register: p.register, recordId: ref.recordId, direction: 'PULL', outcome: 'FAILED', errorCode: 'REJECTED', externalId: ref.externalId, message: `The ${ctx.connection.connectorId} value is not valid here: ${changed.refused}` });
        continue;
      }
      await ctx.refs.save(p.recordType, ref.recordId, { externalId: ref.externalId, contentHash: contentHash(p.toRecord(changed.saved)) });
      await ctx.log.item({
        register: p.register, recordId: ref.recordId, direction: 'PULL', outcome: 'UPDATED', externalId: ref.externalId, externalNumber: ref.externalNumber,
        message: `Updated from ${ctx.connection.connectorId}: ${changed.diff.join(', ')}`,
      });
    }
    cursor = page.value.nextCursor ?? undefined;
  } while (cursor);
  return true;
}
