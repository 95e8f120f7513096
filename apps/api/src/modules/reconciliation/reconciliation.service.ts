import { randomUUID } from 'node:crypto';
import {
  err, ok, parseInput, registerComparisonOptionsSchema, registerDecisionsSchema, type MatchRecord, type ReconcileRegister, type Result,
} from '@ledgerbridge/domain';
import { In, type EntityManager } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import { ProductEntity } from '../product/product.entity.js';
import { ProjectEntity } from '../project/project.entity.js';
import type { Services } from '../services.js';
import { ExternalRefEntity } from '../transfer/external-ref.entity.js';
import { readErpRegister, type TheirRecord } from './erp-register.reader.js';
import { numberLinkNeedsName } from './link-keys.js';
import { reconcileError, type ReconcileError } from './reconciliation.errors.js';
import { compareRegisters, type ComparisonRow } from './register-comparison.js';
import { RegisterDecisionEntity } from './register-decision.entity.js';

export const RECORD_TYPES: Readonly<Record<ReconcileRegister, string>> = { customers: 'customer', products: 'product', projects: 'project' };

export interface DecisionInput {
  action: 'LINK' | 'CREATE' | 'IGNORE';
  recordId?: string | undefined;
  externalId?: string | undefined;
}

async function ourRecords(m: EntityManager, tenantId: string, register: ReconcileRegister, ids?: readonly string[]): Promise<MatchRecord[]> {
  const where = { tenantId, ...(ids ? { id: In([...ids]) } : {}) };
  switch (register) {
    case 'customers':
      return (await m.find(CustomerEntity, { where, order: { number: 'ASC', id: 'ASC' } })).map((c) => ({
        id: c.id, number: c.number, name: c.name, vatNumber: c.vatNumber, organizationNumber: c.organizationNumber, email: c.email, isActive: c.isActive,
      }));
    case 'products':
      return (await m.find(ProductEntity, { where, order: { number: 'ASC' } })).map((p) => ({ id: p.id, number: p.number, name: p.name, isActive: p.isActive }));
    case 'projects':
      return (await m.find(ProjectEntity, { where, order: { number: 'ASC' } })).map((p) => ({ id: p.id, number: p.number, name: p.name, isActive: p.isActive }));
  }
}

/** The register comparison report and the decisions taken on it (X-10, SE-FX-09, SE-FX-10, SE-EE-04). */
export class ReconciliationService {
  constructor(private readonly db: TenantDb) {}

  /** The connection and the ERP's register as it is now; `readErp: false` when no row names an ERP record. */
  private async liveTheirs(tenantId: string, services: Services, connectionId: string, register: ReconcileRegister, readErp = true): Promise<Result<{ connection: ConnectionEntity; theirs: TheirRecord[] }, ReconcileError[]>> {
    const connection = await this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: connectionId }));
    if (!connection) return err([reconcileError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
    if (!readErp) return ok({ connection, theirs: [] });
    const connector = services.connections.connectorFor(connection);
    if (!connector.ok) return err([reconcileError('ERP_UNAVAILABLE', connector.error, ['connectionId'])]);
    const read = await readErpRegister(connector.value, register);
    if (!read.ok) return err([reconcileError('ERP_UNAVAILABLE', `${connection.connectorId} did not answer: ${read.error.message}`, ['connectionId'])]);
    if (read.value === null) return err([reconcileError('INVALID_VALUE', `${connection.connectorId} does not list ${register}`, ['register'])]);
    return ok({ connection, theirs: read.value });
  }

  async compare(tenantId: string, services: Services, input: { connectionId: string; register: ReconcileRegister; threshold?: number | null }): Promise<Result<ComparisonRow[], ReconcileError[]>> {
    const options = parseInput(registerComparisonOptionsSchema, input.threshold == null ? {} : { threshold: input.threshold });
    if (!options.ok) return options;
    const live = await this.liveTheirs(tenantId, services, input.connectionId, input.register);
    if (!live.ok) return live;
    const { connection, theirs } = live.value;
    const [ours, refs, decisions] = await this.db.read(tenantId, async (m) => [
      await ourRecords(m, tenantId, input.register),
      await m.findBy(ExternalRefEntity, { tenantId, connectionId: connection.id, recordType: RECORD_TYPES[input.register] }),
      await m.findBy(RegisterDecisionEntity, { tenantId, connectionId: connection.id, register: input.register }),
    ] as const);
    return ok(compareRegisters({
      ours, theirs, refs: new Map(refs.map((r) => [r.recordId, r])), decisions, threshold: options.value.threshold,
      numberLinkNeedsName: numberLinkNeedsName(connection.connectorId, input.register),
    }));
  }

  /**
   * Takes many decisions at once. All rows are checked first and nothing is saved unless every
   * row is valid, so the admin fixes the listed rows and sends the batch again.
   */
  async decide(tenantId: string, services: Services, input: { connectionId: string; register: string; decisions: DecisionInput[]; actor: string | null }): Promise<Result<RegisterDecisionEntity[], ReconcileError[]>> {
    const parsed = parseInput(registerDecisionsSchema, { register: input.register, decisions: input.decisions });
    if (!parsed.ok) return parsed;
    const { register, decisions } = parsed.value;
    const recordType = RECORD_TYPES[register];
    // decisions on our records alone (IGNORE / CREATE ours) do not need the ERP to answer
    const live = await this.liveTheirs(tenantId, services, input.connectionId, register, decisions.some((d) => d.externalId));
    if (!live.ok) return live;
    const { connection, theirs } = live.value;
    const theirsById = new Map(theirs.map((t) => [t.id, t]));
    const ids = [...new Set(decisions.flatMap((d) => (d.recordId ? [d.recordId] : [])))];
    const [ours, refs] = await this.db.read(tenantId, async (m) => [
      // scoped to this tenant: another tenant's record id is simply not found (and RLS agrees)
      new Set((await ourRecords(m, tenantId, register, ids)).map((o) => o.id)),
      await m.findBy(ExternalRefEntity, { tenantId, connectionId: connection.id, recordType }),
    ] as const);
    const refByOurs = new Map(refs.map((r) => [r.recordId, r]));
    const refByTheirs = new Map(refs.map((r) => [r.externalId, r]));
    const errors: ReconcileError[] = [];
    const seenOurs = new Map<string, number>();
    const seenTheirs = new Map<string, number>();
    decisions.forEach((d, i) => {
      const at = (f: string): string[] => ['decisions', String(i), f];
      if (d.recordId) {
        if (!ours.has(d.recordId)) errors.push(reconcileError('NOT_FOUND', `No ${recordType} with this id`, at('recordId')));
        else if (seenOurs.has(d.recordId)) errors.push(reconcileError('CONFLICT', `Row ${seenOurs.get(d.recordId)} already decides this ${recordType}`, at('recordId')));
        seenOurs.set(d.recordId, i);
      }
      if (d.externalId && (d.action !== 'LINK' || !d.recordId)) {
        if (seenTheirs.has(d.externalId)) errors.push(reconcileError('CONFLICT', `Row ${seenTheirs.get(d.externalId)} already decides this ERP record`, at('externalId')));
        seenTheirs.set(d.externalId, i);
      }
      if (d.externalId && !theirsById.has(d.externalId)) errors.push(reconcileError('NOT_FOUND', `${connection.connectorId} has no ${recordType} ${d.externalId}`, at('externalId')));
      if (d.action === 'LINK' && d.recordId && d.externalId) {
        if (seenTheirs.has(d.externalId)) errors.push(reconcileError('CONFLICT', `Row ${seenTheirs.get(d.externalId)} already decides this ERP record`, at('externalId')));
        seenTheirs.set(d.externalId, i);
        const holder = refByTheirs.get(d.externalId);
        if (holder && holder.recordId !== d.recordId) errors.push(reconcileError('ALREADY_LINKED', `The ${connection.connectorId} record ${d.externalId} is already linked to another ${recordType}`, at('externalId')));
        const mine = refByOurs.get(d.recordId);
        if (mine && mine.externalId !== d.externalId) errors.push(reconcileError('ALREADY_LINKED', `This ${recordType} is already linked to ${connection.connectorId} record ${mine.externalId}`, at('recordId')));
      }
      if (d.action === 'CREATE' && d.externalId && register === 'projects') {
        errors.push(reconcileError('INVALID_VALUE', 'ERP projects are not imported: create the project here, or link it', at('action')));
      }
    });
    if (errors.length > 0) return err(errors);
    const saved = await this.db.write(tenantId, async (m) => {
      const out: RegisterDecisionEntity[] = [];
      for (const d of decisions) {
        const side = d.recordId ? 'OURS' : 'THEIRS';
        await m.delete(RegisterDecisionEntity, side === 'OURS'
          ? { tenantId, connectionId: connection.id, register, side, recordId: d.recordId! }
          : { tenantId, connectionId: connection.id, register, side, externalId: d.externalId! });
        if (d.action === 'LINK') {
          // the ERP record is now ours: an earlier IGNORE / CREATE on its side no longer applies
          await m.delete(RegisterDecisionEntity, { tenantId, connectionId: connection.id, register, side: 'THEIRS', externalId: d.externalId! });
          const twin = theirsById.get(d.externalId!)!;
          const existing = refByOurs.get(d.recordId!);
          await m.save(ExternalRefEntity, Object.assign(existing ?? new ExternalRefEntity(), {
            id: existing?.id ?? randomUUID(), tenantId, connectionId: connection.id, recordType, recordId: d.recordId!,
            externalId: twin.id, externalNumber: twin.externalNumber, remoteVersion: null, contentHash: existing?.contentHash ?? null, lastSyncedAt: new Date(),
          }));
        }
        out.push(await m.save(RegisterDecisionEntity, Object.assign(new RegisterDecisionEntity(), {
          id: randomUUID(), tenantId, connectionId: connection.id, register, side, action: d.action,
          recordId: d.recordId ?? null, externalId: d.externalId ?? null, decidedBy: input.actor, decidedAt: new Date(),
        })));
      }
      return out;
    });
    return ok(saved);
  }
}
