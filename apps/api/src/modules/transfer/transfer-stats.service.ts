import type { TenantDb } from '../../db/tenant-db.js';
import { TransferStatsRepository, type DayOutcomeCounts } from './transfer-stats.repository.js';

const dayMs = 24 * 60 * 60 * 1000;
/** How far back the chart looks when the caller names no start. */
export const DEFAULT_DAYS = 30;

export class TransferStatsService {
  private readonly stats: TransferStatsRepository;

  constructor(db: TenantDb) {
    this.stats = new TransferStatsRepository(db);
  }

  perDay(tenantId: string, q: { connectionId?: string; from?: Date; now?: Date }): Promise<DayOutcomeCounts[]> {
    const from = q.from ?? new Date((q.now ?? new Date()).getTime() - DEFAULT_DAYS * dayMs);
    return this.stats.perDay(tenantId, { connectionId: q.connectionId, from });
  }
}
