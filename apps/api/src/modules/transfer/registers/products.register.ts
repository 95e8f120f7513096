import type { ProductRecord } from '@ledgerbridge/connectors';
import { ProductEntity } from '../../product/product.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { pushRecord } from './push-record.js';
import { mayPush, violationsById } from './register-guards.js';

export function toProductRecord(p: ProductEntity): ProductRecord {
  return {
    number: p.number, name: p.name, unit: p.unit, salesPrice: p.salesPrice,
    ...(p.costPrice !== null ? { costPrice: p.costPrice } : {}),
    ...(p.productGroup ? { productGroup: p.productGroup } : {}),
    ...(p.vatRate !== null ? { vatRate: p.vatRate } : {}),
    isActive: p.isActive,
  };
}

export async function pushProducts(ctx: RegisterContext): Promise<void> {
  const products = await ctx.db.read(ctx.tenantId, (m) => m.find(ProductEntity, { where: { tenantId: ctx.tenantId }, order: { number: 'ASC' } }));
  const refs = await ctx.refs.all('product');
  const upsert = ctx.connector.upsertProduct?.bind(ctx.connector);
  const violations = violationsById(ctx, 'product', products);
  for (const p of products) {
    const record = toProductRecord(p);
    const hash = contentHash(record);
    const ref = refs.get(p.id);
    if (!(await mayPush(ctx, { register: 'products', numbered: 'product', recordId: p.id, number: p.number, ref, violation: violations.get(p.id), master: ctx.rules.registers.productMaster, hash }))) continue;
    await pushRecord(ctx, { register: 'products', recordType: 'product', recordId: p.id, record, hash, ref, write: upsert });
  }
}
