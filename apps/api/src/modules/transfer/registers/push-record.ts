import type { ConnectorResult, ExternalRecordRef, WriteOptions, WriteOutcome } from '@ledgerbridge/connectors';
import type { ExternalRefEntity } from '../external-ref.entity.js';
import type { RegisterContext } from '../register-context.js';

/**
 * Master data (customers, products, projects) goes by the record's own number, which the ERP
 * treats as its key, so a repeated upsert updates instead of duplicating. Unchanged records
 * (same hash as last sent) are skipped without a call. Returns the ERP's reference when sent.
 */
export async function pushRecord<T extends object>(
  ctx: RegisterContext,
  p: {
    register: string;
    recordType: string;
    recordId: string;
    record: T;
    hash: string;
    ref: ExternalRefEntity | undefined;
    write: ((record: T, options: WriteOptions) => ConnectorResult<WriteOutcome>) | undefined;
  },
): Promise<ExternalRecordRef | null> {
  const unchanged = p.ref?.contentHash === p.hash;
  // a record linked to an ERP record with another number (register decision LINK, X-10) updates that one
  if (p.ref?.externalNumber && 'number' in p.record && p.record.number !== p.ref.externalNumber) p.record = { ...p.record, number: p.ref.externalNumber };
  if (ctx.plan) {
    ctx.plan.push({
      register: p.register, recordId: p.recordId, action: unchanged ? 'SKIP' : p.ref ? 'UPDATE' : 'CREATE',
      reason: unchanged ? 'Unchanged since the last transfer' : null, payload: p.record as Record<string, unknown>, errors: [],
    });
    return null;
  }
  if (unchanged) {
    await ctx.log.item({ register: p.register, recordId: p.recordId, direction: 'PUSH', outcome: 'SKIPPED', message: 'Unchanged since the last transfer', externalId: p.ref?.externalId });
    return null;
  }
  if (!p.write) {
    await ctx.log.item({ register: p.register, recordId: p.recordId, direction: 'PUSH', outcome: 'FAILED', errorCode: 'UNSUPPORTED', message: `${ctx.connection.connectorId} does not accept ${p.register}` });
    return null;
  }
  const result = await p.write(p.record, { idempotencyKey: `${ctx.connection.id}:${p.recordType}:${p.recordId}:${p.hash.slice(0, 16)}` });
  if (!result.ok) {
    await ctx.log.item({ register: p.register, recordId: p.recordId, direction: 'PUSH', outcome: 'FAILED', errorCode: result.error.code, message: result.error.message, vendorError: result.error, request: p.record as Record<string, unknown> });
    return null;
  }
  const { ref } = result.value;
  await ctx.refs.save(p.recordType, p.recordId, { externalId: ref.externalId, externalNumber: ref.externalNumber ?? null, remoteVersion: ref.remoteVersion ?? null, contentHash: p.hash });
  await ctx.log.item({
    register: p.register, recordId: p.recordId, direction: 'PUSH', outcome: p.ref ? 'UPDATED' : 'TRANSFERRED',
    externalId: ref.externalId, externalNumber: ref.externalNumber ?? null, request: p.record as Record<string, unknown>, writeAnswer: result.value.answer ?? null,
  });
  return ref;
}
