import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { TenantDb } from '../db/tenant-db.js';
import { CustomerEntity } from './customer/customer.entity.js';
import { InvoiceLineEntity } from './invoice/invoice-line.entity.js';
import { InvoiceEntity } from './invoice/invoice.entity.js';
import { InvoiceStatusEntity } from './invoice-status/invoice-status.entity.js';
import { PaymentEntity } from './payment/payment.entity.js';
import { ProductEntity } from './product/product.entity.js';
import { ProjectEntity } from './project/project.entity.js';
import { SupplierEntity } from './supplier/supplier.entity.js';

/**
 * Per-request batch loaders: one SQL statement per entity type per tick, whatever the depth of
 * the query. Created for one tenant; the tenant is in every WHERE clause as well as in RLS.
 */
/** `cache: false` for long-lived contexts (subscriptions), where a cached row would go stale. */
export function createLoaders(db: TenantDb, tenantId: () => string, opts: { cache: boolean } = { cache: true }) {
  function byId<E extends ObjectLiteral & { id: string }>(entity: EntityTarget<E>) {
    return new DataLoader<string, E | null>(async (ids) => {
      const t = tenantId();
      const rows = await db.read(t, (m) => m.find(entity, { where: { tenantId: t, id: In([...ids]) } as never }));
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }, opts);
  }
  function manyBy<E extends ObjectLiteral>(entity: EntityTarget<E>, key: keyof E & string, order: Record<string, 'ASC' | 'DESC'>) {
    return new DataLoader<string, E[]>(async (keys) => {
      const t = tenantId();
      const rows = await db.read(t, (m) => m.find(entity, { where: { tenantId: t, [key]: In([...keys]) } as never, order: order as never }));
      const groups = new Map<string, E[]>(keys.map((k) => [k, []]));
      for (const r of rows) groups.get(r[key] as string)?.push(r);
      return keys.map((k) => groups.get(k) ?? []);
    }, opts);
  }
  return {
    customer: byId(CustomerEntity),
    supplier: byId(SupplierEntity),
    product: byId(ProductEntity),
    project: byId(ProjectEntity),
    invoice: byId(InvoiceEntity),
    invoiceStatus: byId(InvoiceStatusEntity),
    invoiceLines: manyBy(InvoiceLineEntity, 'invoiceId', { position: 'ASC' }),
    invoicePayments: manyBy(PaymentEntity, 'invoiceId', { paidOn: 'ASC', createdAt: 'ASC', id: 'ASC' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
