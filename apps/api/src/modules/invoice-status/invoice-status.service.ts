import { randomUUID } from 'node:crypto';
import { err, examplePipelineB, fieldError, ok, validatePipeline, type FieldError, type Pipeline, type Result } from '@ledgerbridge/domain';
import type { EntityManager } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { plainInput } from '../../graphql/plain-input.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import type { SaveInvoiceStatusPipelineInput } from './dto/save-invoice-status-pipeline.input.js';
import { InvoiceStatusPipelineEntity } from './invoice-status-pipeline.entity.js';
import { InvoiceStatusEntity } from './invoice-status.entity.js';
import { recordVersion } from './invoice-status-version.service.js';
import { autoInvoiceChangeRefusal, requestedAutoInvoice } from './auto-invoice-binding.js';

export interface LoadedPipeline {
  pipeline: Pipeline;
  rows: InvoiceStatusEntity[];
  meta: InvoiceStatusPipelineEntity;
}

function toDomain(rows: InvoiceStatusEntity[], meta: InvoiceStatusPipelineEntity): Pipeline {
  return {
    statuses: rows.map((r) => ({
      key: r.key, name: r.name, position: r.position,
      flags: {
        isDefault: r.isDefault, isEditable: r.isEditable, requiresInvoiceNumber: r.requiresInvoiceNumber, isSent: r.isSent,
        isPartiallyPaid: r.isPartiallyPaid, isPaid: r.isPaid, isFailed: r.isFailed, isCreditNoteDefault: r.isCreditNoteDefault,
        isTransferTrigger: r.isTransferTrigger, isAfterTransfer: r.isAfterTransfer,
      },
    })),
    transitions: meta.transitions,
    autoInvoice: meta.autoInvoice ?? null,
  };
}

/** Writes a validated pipeline: statuses are matched by key so invoices keep theirs. */
export async function writePipeline(m: EntityManager, tenantId: string, pipeline: Pipeline, actor: string | null, restoredFrom: number | null = null): Promise<Result<LoadedPipeline, FieldError[]>> {
  const existing = await m.find(InvoiceStatusEntity, { where: { tenantId } });
  const byKey = new Map(existing.map((r) => [r.key, r]));
  const keep = new Set(pipeline.statuses.map((s) => s.key));
  const removed = existing.filter((r) => !keep.has(r.key));
  for (const r of removed) {
    const inUse = await m.countBy(InvoiceEntity, { tenantId, statusId: r.id });
    if (inUse > 0) {
      return err([fieldError('CONFLICT', `Status "${r.name}" is used by ${inUse} invoice(s) and cannot be removed`, ['statuses'])]);
    }
  }
  if (removed.length > 0) await m.delete(InvoiceStatusEntity, removed.map((r) => r.id));
  const rows: InvoiceStatusEntity[] = [];
  for (const s of pipeline.statuses) {
    const row = Object.assign(byKey.get(s.key) ?? new InvoiceStatusEntity(), {
      id: byKey.get(s.key)?.id ?? randomUUID(), tenantId, key: s.key, name: s.name, position: s.position, ...s.flags,
    });
    rows.push(await m.save(InvoiceStatusEntity, row));
  }
  const prior = await m.findOneBy(InvoiceStatusPipelineEntity, { tenantId });
  const meta = await m.save(InvoiceStatusPipelineEntity, Object.assign(prior ?? new InvoiceStatusPipelineEntity(), {
    tenantId, transitions: pipeline.transitions, autoInvoice: pipeline.autoInvoice ?? null, revision: (prior?.revision ?? 0) + 1, updatedBy: actor,
  }));
  rows.sort((a, b) => a.position - b.position);
  const saved = toDomain(rows, meta);
  await recordVersion(m, tenantId, meta.revision, saved, actor, restoredFrom);
  return ok({ pipeline: saved, rows, meta });
}

/** The input as an unchecked pipeline: statuses come in order, so their position is their index. */
export function pipelineCandidate(input: Pick<SaveInvoiceStatusPipelineInput, 'statuses' | 'transitions' | 'autoInvoice'>): Record<string, unknown> {
  const plain = plainInput(input) as { statuses?: Record<string, unknown>[]; transitions?: unknown[] };
  const autoInvoice = requestedAutoInvoice(input);
  return {
    ...plain,
    statuses: (plain.statuses ?? []).map((s, position) => ({ ...s, position })),
    ...(autoInvoice === undefined ? {} : { autoInvoice }),
  };
}

export class InvoiceStatusService {
  constructor(private readonly db: TenantDb) {}

  async load(tenantId: string, m?: EntityManager): Promise<LoadedPipeline> {
    const run = async (w: EntityManager): Promise<LoadedPipeline> => {
      const rows = await w.find(InvoiceStatusEntity, { where: { tenantId }, order: { position: 'ASC' } });
      const meta = await w.findOneByOrFail(InvoiceStatusPipelineEntity, { tenantId });
      return { pipeline: toDomain(rows, meta), rows, meta };
    };
    return m ? run(m) : this.db.read(tenantId, run);
  }

  async isTransferTrigger(tenantId: string, statusId: string): Promise<boolean> {
    const { rows } = await this.load(tenantId);
    return rows.find((r) => r.id === statusId)?.isTransferTrigger ?? false;
  }

  /** `isAdmin`: the caller may change AutoInvoice's status settings (auto-invoice-binding.ts). */
  async save(tenantId: string, input: SaveInvoiceStatusPipelineInput, actor: string | null, isAdmin = false): Promise<Result<LoadedPipeline, FieldError[]>> {
    const candidate = pipelineCandidate(input);
    return this.db.write(tenantId, async (m, rollback) => {
      const stored = (await m.findOneBy(InvoiceStatusPipelineEntity, { tenantId }))?.autoInvoice ?? null;
      const wanted = 'autoInvoice' in candidate ? candidate : { ...candidate, autoInvoice: stored };
      const valid = validatePipeline(wanted);
      if (!valid.ok) return valid;
      const refused = autoInvoiceChangeRefusal(stored, valid.value.autoInvoice ?? null, isAdmin);
      if (refused.length > 0) return err(refused);
      const written = await writePipeline(m, tenantId, valid.value, actor);
      if (!written.ok) rollback();
      return written;
    });
  }
}

/** Tenant installer: every tenant starts with the seeds' pipeline B (no approval, SE-VN-47). */
export async function installDefaultPipeline(m: EntityManager, tenantId: string): Promise<void> {
  const result = await writePipeline(m, tenantId, examplePipelineB, 'system');
  if (!result.ok) throw new Error('the default pipeline is valid by construction');
}
