import type { ProductRecord } from '@ledgerbridge/connectors';
import { ProductEntity } from '../../product/product.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { mapForPush, mappingRowsFor } from './mapped-record.js';
import { withDebtorCostPrice } from './debtor-product.js';
import { pushRecord } from './push-record.js';
import { logSkip, pushGate } from './register-decisions.js';

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
  const rows = mappingRowsFor(ctx.connection, 'products');
  const gate = await pushGate(ctx, 'products');
  for (const p of products) {
    const skip = gate.skipReason(p, refs.has(p.id));
    if (skip) {
      await logSkip(ctx, 'products', p.id, skip);
      continue;
    }
    const built = withDebtorCostPrice(toProductRecord(p), p, ctx.rules.debtor);
    const record = await mapForPush(ctx, { register: 'products', recordId: p.id, rows, source: built, base: built, isUpdate: refs.has(p.id) });
    if (!record) continue;
    await pushRecord(ctx, { register: 'products', recordType: 'product', recordId: p.id, record, hash: contentHash(record), ref: refs.get(p.id), write: upsert });
  }
}
