import { TenantRepository } from '../../db/tenant-repository.js';
import { TransferItemEntity } from './transfer-item.entity.js';

export interface DayOutcomeCounts {
  /** Calendar day in UTC, YYYY-MM-DD. */
  day: string;
  transferred: number;
  updated: number;
  skipped: number;
  failed: number;
}

/** Transfer items counted per day and outcome, for the admin's chart. */
export class TransferStatsRepository extends TenantRepository<TransferItemEntity> {
  protected readonly entity = TransferItemEntity;
  protected readonly alias = 'ti';

  perDay(tenantId: string, q: { connectionId?: string; from: Date }): Promise<DayOutcomeCounts[]> {
    return this.list(tenantId, async (qb) => {
      qb.andWhere('ti.created_at >= :from', { from: q.from });
      if (q.connectionId) {
        qb.andWhere('ti.run_id IN (SELECT r.id FROM transfer_run r WHERE r.tenant_id = :tenantId AND r.connection_id = :connectionId)', { connectionId: q.connectionId });
      }
      const day = `to_char(ti.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
      const count = (outcome: string) => `(count(*) FILTER (WHERE ti.outcome = '${outcome}'))::int`;
      const rows = await qb
        .select(day, 'day')
        .addSelect(count('TRANSFERRED'), 'transferred').addSelect(count('UPDATED'), 'updated')
        .addSelect(count('SKIPPED'), 'skipped').addSelect(count('FAILED'), 'failed')
        .groupBy(day).orderBy('day', 'ASC')
        .getRawMany<DayOutcomeCounts>();
      return rows;
    });
  }
}
