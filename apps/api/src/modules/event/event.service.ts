import type { EntityManager } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { EventEntity } from './event.entity.js';

export const EventKind = {
  INVOICE_STATUS_CHANGED: 'INVOICE_STATUS_CHANGED',
  TRANSFER_RUN_QUEUED: 'TRANSFER_RUN_QUEUED',
  TRANSFER_RUN_STARTED: 'TRANSFER_RUN_STARTED',
  TRANSFER_ITEM: 'TRANSFER_ITEM',
  TRANSFER_RUN_FINISHED: 'TRANSFER_RUN_FINISHED',
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

export interface EventFilter {
  kinds?: string[];
  connectionId?: string;
  invoiceId?: string;
}

/** Events are appended inside the caller's transaction: an event exists iff its change committed. */
export class EventService {
  constructor(private readonly db: TenantDb) {}

  append(m: EntityManager, tenantId: string, e: { kind: EventKind; invoiceId?: string | null; connectionId?: string | null; payload: Record<string, unknown> }): Promise<EventEntity> {
    return m.save(EventEntity, Object.assign(new EventEntity(), {
      tenantId, kind: e.kind, invoiceId: e.invoiceId ?? null, connectionId: e.connectionId ?? null, payload: e.payload,
    }));
  }

  fetchAfter(tenantId: string, afterId: string, filter: EventFilter, limit: number): Promise<EventEntity[]> {
    return this.db.read(tenantId, (m) => {
      const qb = m.createQueryBuilder(EventEntity, 'e').where('e.tenant_id = :tenantId', { tenantId }).andWhere('e.id > :afterId', { afterId });
      if (filter.kinds?.length) qb.andWhere('e.kind = ANY(:kinds)', { kinds: filter.kinds });
      if (filter.connectionId) qb.andWhere('e.connection_id = :connectionId', { connectionId: filter.connectionId });
      if (filter.invoiceId) qb.andWhere('e.invoice_id = :invoiceId', { invoiceId: filter.invoiceId });
      return qb.orderBy('e.id', 'ASC').limit(limit).getMany();
    });
  }

  /** The cursor of the newest event: where a subscriber without a cursor starts. */
  async latestCursor(tenantId: string): Promise<string> {
    const rows: { max: string | null }[] = await this.db.read(tenantId, (m) =>
      m.query('SELECT max(id)::text AS max FROM transfer_event WHERE tenant_id = $1', [tenantId]),
    );
    return rows[0]?.max ?? '0';
  }
}
