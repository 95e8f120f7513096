import type { TenantDb } from '../../db/tenant-db.js';
import { ProductEntity } from '../product/product.entity.js';
import { SupplierInvoiceLineEntity } from '../supplier-invoice/supplier-invoice-line.entity.js';

/**
 * Every product group defined in our graph, on products and on supplier-invoice lines, sorted:
 * the rows of the posting matrix the admin must decide (RB-11 lists every group of the source).
 */
export async function productGroupsInUse(db: TenantDb, tenantId: string): Promise<string[]> {
  const [products, lines] = await db.read(tenantId, async (m) => [
    await m.createQueryBuilder(ProductEntity, 'p').select('DISTINCT p.product_group', 'g')
      .where('p.tenant_id = :tenantId AND p.product_group IS NOT NULL', { tenantId }).getRawMany<{ g: string }>(),
    await m.createQueryBuilder(SupplierInvoiceLineEntity, 'l').select('DISTINCT l.product_group', 'g')
      .where('l.tenant_id = :tenantId', { tenantId }).getRawMany<{ g: string }>(),
  ] as const);
  return [...new Set([...products, ...lines].map((r) => r.g))].sort();
}
