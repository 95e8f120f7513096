import { isProjectTransferable, type TransferRules } from '@ledgerbridge/domain';
import type { ProjectRecord } from '@ledgerbridge/connectors';
import { In } from 'typeorm';
import { CustomerEntity } from '../../customer/customer.entity.js';
import { ProjectEntity } from '../../project/project.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { mapForPush, mappingRowsFor } from './mapped-record.js';
import { pushRecord } from './push-record.js';
import { logSkip, pushGate } from './register-decisions.js';

/**
 * Where an ERP limits project names, longer names are cut to fit rather than refused
 * (Fortnox: Description ≤ 50, SE-FX-28).
 */
export const PROJECT_NAME_LIMITS: Readonly<Record<string, number>> = { fortnox: 50 };

export function truncate(name: string, limit: number | undefined): string {
  return limit !== undefined && name.length > limit ? name.slice(0, limit) : name;
}

export function projectNameLimit(rules: TransferRules, settings: Record<string, unknown>, connectorId: string): number | undefined {
  const fromConnector = typeof settings['projectNameLimit'] === 'number' ? (settings['projectNameLimit'] as number) : undefined;
  return rules.projectNameLimit ?? fromConnector ?? PROJECT_NAME_LIMITS[connectorId];
}

export function toProjectRecord(p: ProjectEntity, customerNumber: string | undefined, limit: number | undefined): ProjectRecord {
  return {
    number: p.number, name: truncate(p.name, limit), isActive: p.isActive,
    ...(customerNumber ? { customerNumber } : {}),
    ...(p.startDate ? { startDate: p.startDate } : {}),
    ...(p.endDate ? { endDate: p.endDate } : {}),
  };
}

export async function pushProjects(ctx: RegisterContext): Promise<void> {
  const { tenantId } = ctx;
  const projects = await ctx.db.read(tenantId, (m) => m.find(ProjectEntity, { where: { tenantId }, order: { number: 'ASC' } }));
  const customerIds = [...new Set(projects.map((p) => p.customerId).filter((x): x is string => x !== null))];
  const customers = new Map((await ctx.db.read(tenantId, (m) => m.findBy(CustomerEntity, { tenantId, id: In(customerIds) }))).map((c) => [c.id, c]));
  const refs = await ctx.refs.all('project');
  const limit = projectNameLimit(ctx.rules, ctx.settings, ctx.connection.connectorId);
  const rows = mappingRowsFor(ctx.connection, 'projects');
  const upsert = ctx.connector.upsertProject?.bind(ctx.connector);
  const gate = await pushGate(ctx, 'projects');
  for (const p of projects) {
    const decided = gate.skipReason(p, refs.has(p.id));
    if (decided) {
      await logSkip(ctx, 'projects', p.id, decided);
      continue;
    }
    if (!isProjectTransferable(p)) {
      // internal projects are never sent (SE-VN-30, X-12)
      if (ctx.plan) ctx.plan.push({ register: 'projects', recordId: p.id, action: 'SKIP', reason: 'Internal project', payload: null, errors: [] });
      else await ctx.log.item({ register: 'projects', recordId: p.id, direction: 'PUSH', outcome: 'SKIPPED', message: 'Internal projects are not sent' });
      continue;
    }
    const customerNumber = p.customerId ? customers.get(p.customerId)?.number ?? undefined : undefined;
    const built = toProjectRecord(p, customerNumber, limit);
    const record = await mapForPush(ctx, { register: 'projects', recordId: p.id, rows, source: built, base: built, isUpdate: refs.has(p.id) });
    if (!record) continue;
    await pushRecord(ctx, { register: 'projects', recordType: 'project', recordId: p.id, record, hash: contentHash(record), ref: refs.get(p.id), write: upsert });
  }
}
