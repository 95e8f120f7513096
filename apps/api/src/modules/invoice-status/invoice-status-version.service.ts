import { randomUUID } from 'node:crypto';
import { pipelineChanges, type Pipeline } from '@ledgerbridge/domain';
import type { EntityManager } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { ApiKeyEntity } from '../auth/api-key.entity.js';
import { InvoiceStatusVersionEntity } from './invoice-status-version.entity.js';

/** A saved version with what it changed against the one before (issue #6). */
export interface PipelineVersion {
  id: string;
  number: number;
  restoredFrom: number | null;
  savedBy: string | null;
  savedAt: Date;
  changes: string[];
}

// Audit fields name API keys by id; people reading the history know them by name.
async function displayName(m: EntityManager, tenantId: string, actor: string | null): Promise<string | null> {
  const keyId = actor?.startsWith('api-key:') ? actor.slice('api-key:'.length) : undefined;
  if (keyId === undefined) return actor;
  const key = await m.findOneBy(ApiKeyEntity, { tenantId, id: keyId });
  return key ? `API key "${key.name}"` : actor;
}

/** Keeps the pipeline just written as version `number`, in the same transaction as the save. */
export async function recordVersion(m: EntityManager, tenantId: string, number: number, pipeline: Pipeline, actor: string | null, restoredFrom: number | null = null): Promise<void> {
  await m.insert(InvoiceStatusVersionEntity, {
    id: randomUUID(), tenantId, number, savedBy: await displayName(m, tenantId, actor), savedAt: new Date(),
    statuses: pipeline.statuses, transitions: pipeline.transitions, autoInvoice: pipeline.autoInvoice ?? null, restoredFrom,
  });
}

/** The history shown in the editor is bounded; older versions stay in the table. */
export const VERSIONS_SHOWN = 50;

export class InvoiceStatusVersionService {
  constructor(private readonly db: TenantDb) {}

  /** The newest versions first, each with its changes against the version before it. */
  async list(tenantId: string): Promise<PipelineVersion[]> {
    // one extra row so the oldest shown version can still be compared with its predecessor
    const rows = await this.db.read(tenantId, (m) =>
      m.find(InvoiceStatusVersionEntity, { where: { tenantId }, order: { number: 'DESC' }, take: VERSIONS_SHOWN + 1 }),
    );
    return rows.slice(0, VERSIONS_SHOWN).map((row, i) => {
      const prior = rows[i + 1];
      const before = prior && prior.number === row.number - 1 ? { statuses: prior.statuses, transitions: prior.transitions, autoInvoice: prior.autoInvoice } : null;
      // saves from before versions were kept (migration 1796800000000) have no predecessor row
      const changes = before === null && row.number > 1
        ? [`Pipeline with ${row.statuses.length} statuses; earlier versions were not kept`]
        : pipelineChanges(before, row);
      const restored = row.restoredFrom === null ? [] : [`Restored from version ${row.restoredFrom}`];
      return { id: row.id, number: row.number, restoredFrom: row.restoredFrom, savedBy: row.savedBy, savedAt: row.savedAt, changes: [...restored, ...changes] };
    });
  }
}
