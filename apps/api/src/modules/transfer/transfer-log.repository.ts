import { paginate } from '../../db/paginate.js';
import { TenantRepository } from '../../db/tenant-repository.js';
import type { Page } from '../../graphql/relay.js';
import { TransferItemEntity } from './transfer-item.entity.js';

export interface TransferItemQuery {
  connectionId?: string;
  runId?: string;
  registers?: string[];
  outcomes?: string[];
  from?: Date;
  to?: Date;
  search?: string;
  first: number;
  after?: string | null;
}

/** The transfer log across runs, newest first, for the admin's log and error screens. */
export class TransferLogRepository extends TenantRepository<TransferItemEntity> {
  protected readonly entity = TransferItemEntity;
  protected readonly alias = 'ti';

  page(tenantId: string, q: TransferItemQuery): Promise<Page<TransferItemEntity>> {
    return this.list(tenantId, (qb) => {
      if (q.connectionId) qb.andWhere('ti.run_id IN (SELECT r.id FROM transfer_run r WHERE r.tenant_id = :tenantId AND r.connection_id = :connectionId)', { connectionId: q.connectionId });
      this.whereEqual(qb, { run_id: q.runId, register: q.registers, outcome: q.outcomes });
      if (q.from) qb.andWhere('ti.created_at >= :from', { from: q.from });
      if (q.to) qb.andWhere('ti.created_at < :to', { to: q.to });
      this.whereSearch(qb, ['message', 'external_number', 'error_code'], q.search);
      return paginate(qb, 'ti', { expression: 'ti.created_at', direction: 'DESC' }, q);
    });
  }

  /** Failures grouped by reason: what breaks most, and since when. */
  errorSummary(tenantId: string, connectionId: string | undefined, from: Date | undefined): Promise<{ errorCode: string; register: string; count: number; lastMessage: string; lastAt: Date }[]> {
    return this.list(tenantId, async (qb) => {
      qb.andWhere(`ti.outcome = 'FAILED'`);
      if (connectionId) qb.andWhere('ti.run_id IN (SELECT r.id FROM transfer_run r WHERE r.tenant_id = :tenantId AND r.connection_id = :connectionId)', { connectionId });
      if (from) qb.andWhere('ti.created_at >= :from', { from });
      const rows = await qb
        .select(`coalesce(ti.error_code, 'UNKNOWN')`, 'error_code').addSelect('ti.register', 'register').addSelect('count(*)::int', 'count')
        .addSelect(`(array_agg(ti.message ORDER BY ti.created_at DESC))[1]`, 'last_message').addSelect('max(ti.created_at)', 'last_at')
        .groupBy(`coalesce(ti.error_code, 'UNKNOWN')`).addGroupBy('ti.register').orderBy('count', 'DESC').getRawMany<{ error_code: string; register: string; count: number; last_message: string | null; last_at: Date }>();
      return rows.map((r) => ({ errorCode: r.error_code, register: r.register, count: r.count, lastMessage: r.last_message ?? '', lastAt: r.last_at }));
    });
  }
}
