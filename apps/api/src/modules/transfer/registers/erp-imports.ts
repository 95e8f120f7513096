import { randomUUID } from 'node:crypto';
import type { RemoteRecord } from '@ledgerbridge/connectors';
import type { Result } from '@ledgerbridge/domain';
import { InitialSyncEntity } from '../../reconciliation/initial-sync.entity.js';
import { RegisterDecisionEntity } from '../../reconciliation/register-decision.entity.js';
import { ErpBaselineEntity } from '../erp-baseline.entity.js';
import type { RegisterContext } from '../register-context.js';

/** How one register brings an ERP-only record into the source. */
export interface ErpImport<R> {
  register: string;
  recordType: string;
  /** Why this ERP record is not imported, or null when it may be. */
  problem(record: R): string | null;
  numberOf(record: R): string | undefined;
  /** Our record with this number: it is linked, not duplicated (SE-FX-11, SE-VN-20). */
  findOurs(number: string): Promise<string | null>;
  /** Why ours with the same number must not be linked to this record (a FAILED item with the code), or null. */
  linkProblem?(record: R, ours: string): Promise<{ code: string; message: string } | null>;
  /** Creates our record; the hash is of what the next push would send for it. */
  create(record: R): Promise<Result<{ id: string; hash: string }, string>>;
}

/**
 * Go-live bookkeeping per register (ADR 0006): the first pull lists every ERP record and remembers
 * the unlinked ones as pre-existing, which are not imported (SE-FX-22); later pulls import the
 * unlinked records they meet that are not in that list (SE-FX-23, SE-FX-42, X-06). "Import all"
 * ignores the list (SE-FX-37, SE-FX-40). An initial sync (ADR 0009) is go-live for both
 * directions, so a list taken before it is taken again in its run; ERP records the register
 * comparison decided IGNORE are never imported.
 */
export class ErpImports<R> {
  private baseline: Set<string> | null = null;
  private storedId: string | null = null;
  private ignored = new Set<string>();
  private readonly seenAtGoLive: string[] = [];

  private constructor(private readonly ctx: RegisterContext, private readonly spec: ErpImport<R>, private readonly importAll: boolean) {}

  static async open<R>(ctx: RegisterContext, spec: ErpImport<R>, importAll: boolean): Promise<ErpImports<R>> {
    const imports = new ErpImports(ctx, spec, importAll);
    const { tenantId, connection } = ctx;
    const [row, initial, ignored] = await ctx.db.read(tenantId, async (m) => [
      await m.findOneBy(ErpBaselineEntity, { tenantId, connectionId: connection.id, recordType: spec.recordType }),
      await m.findOneBy(InitialSyncEntity, { tenantId, connectionId: connection.id }),
      await m.findBy(RegisterDecisionEntity, { tenantId, connectionId: connection.id, register: spec.register, side: 'THEIRS', action: 'IGNORE' }),
    ] as const);
    imports.storedId = row?.id ?? null;
    const isCurrent = row !== null && (!initial || row.takenAt >= initial.startedAt);
    imports.baseline = isCurrent ? new Set(row.externalIds) : null;
    imports.ignored = new Set(ignored.map((d) => d.externalId).filter((id): id is string => id !== null));
    return imports;
  }

  /** The listing must cover every ERP record: at go-live, or when importing all. */
  get needsFullListing(): boolean {
    return this.baseline === null || this.importAll;
  }

  /** For each listed ERP record that is not linked to ours. */
  readonly unlinked = async (remote: RemoteRecord<R>): Promise<void> => {
    if (this.ignored.has(remote.ref.externalId)) return;
    if (!this.importAll) {
      if (this.baseline === null) {
        this.seenAtGoLive.push(remote.ref.externalId);
        return;
      }
      if (this.baseline.has(remote.ref.externalId)) return;
    }
    await this.importOne(remote);
  };

  /** After a listing read to the end: the go-live list is taken once. */
  async finish(isComplete: boolean): Promise<void> {
    if (this.baseline !== null || !isComplete) return;
    const { tenantId, connection } = this.ctx;
    await this.ctx.db.write(tenantId, (m) => m.save(ErpBaselineEntity, Object.assign(new ErpBaselineEntity(), {
      id: this.storedId ?? randomUUID(), tenantId, connectionId: connection.id, recordType: this.spec.recordType, externalIds: this.seenAtGoLive, takenAt: new Date(),
    })));
  }

  private async importOne(remote: RemoteRecord<R>): Promise<void> {
    const { register, recordType } = this.spec;
    const { externalId } = remote.ref;
    const externalNumber = remote.ref.externalNumber ?? null;
    const base = { register, direction: 'PULL' as const, externalId, externalNumber };
    const problem = this.spec.problem(remote.record);
    if (problem) {
      await this.ctx.log.item({ ...base, recordId: null, outcome: 'SKIPPED', message: problem });
      return;
    }
    const number = this.spec.numberOf(remote.record);
    const ours = number ? await this.spec.findOurs(number) : null;
    const refused = ours ? await this.spec.linkProblem?.(remote.record, ours) : null;
    if (refused) {
      await this.ctx.log.item({ ...base, recordId: ours, outcome: 'FAILED', errorCode: refused.code, message: refused.message });
      return;
    }
    if (ours) {
      await this.ctx.refs.save(recordType, ours, { externalId, externalNumber });
      await this.ctx.log.item({ ...base, recordId: ours, outcome: 'UPDATED', message: `Linked to the ${this.ctx.connection.connectorId} record with the same number ${number}` });
      return;
    }
    const created = await this.spec.create(remote.record);
    if (!created.ok) {
      await this.ctx.log.item({ ...base, recordId: null, outcome: 'FAILED', errorCode: 'REJECTED', message: `Not imported: the ${this.ctx.connection.connectorId} record is not valid here: ${created.error}` });
      return;
    }
    await this.ctx.refs.save(recordType, created.value.id, { externalId, externalNumber, contentHash: created.value.hash });
    await this.ctx.log.item({ ...base, recordId: created.value.id, outcome: 'TRANSFERRED', message: `Created from ${this.ctx.connection.connectorId}` });
  }
}
