import { projectPushDecision, type TransferRules } from '@ledgerbridge/domain';
import type { ProjectRecord } from '@ledgerbridge/connectors';
import { In } from 'typeorm';
import { CustomerEntity } from '../../customer/customer.entity.js';
import { ProjectEntity } from '../../project/project.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { mapForPush, mappingRowsFor } from './mapped-record.js';
import { pushRecord } from './push-record.js';
import { logSkip, pushGate } from './register-decisions.js';
import { mayPush, noteSkipped, violationsById } from './register-guards.js';

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
    ...(p.description ? { description: p.description } : {}),
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
  const violations = violationsById(ctx, 'project', projects);
  for (const p of projects) {
    const ref = refs.get(p.id);
    const decided = gate.skipReason(p, Boolean(ref));
    if (decided) {
      await logSkip(ctx, 'projects', p.id, decided);
      continue;
    }
    // the source owns projects (SE-FX-31, SE-VN-02): no master to ask, only whether and how to send
    const decision = projectPushDecision(p, Boolean(ref), ctx.rules.registers);
    if (!decision.send) {
      await noteSkipped(ctx, 'projects', p.id, decision.reason);
      continue;
    }
    const customerNumber = p.customerId ? customers.get(p.customerId)?.number ?? undefined : undefined;
    const built = toProjectRecord(p, customerNumber, limit);
    const record = await mapForPush(ctx, { register: 'projects', recordId: p.id, rows, source: built, base: built, isUpdate: Boolean(ref) });
    if (!record) continue;
    const hash = contentHash(record);
    if (!(await mayPush(ctx, { register: 'projects', numbered: 'project', recordId: p.id, number: p.number, ref, violation: violations.get(p.id), master: 'SOURCE', hash, isLinkedByDecision: gate.isLinkedByDecision(p.id, ref?.externalId) }))) continue;
    await pushRecord(ctx, { register: 'projects', recordType: 'project', recordId: p.id, record, hash, ref, write: upsert });
  }
}
