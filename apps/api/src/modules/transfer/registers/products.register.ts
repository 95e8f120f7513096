import type { ProductRecord } from '@ledgerbridge/connectors';
import { ProductEntity } from '../../product/product.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { mapForPush, mappedForHash, mappingRowsFor } from './mapped-record.js';
import { withDebtorCostPrice } from './debtor-product.js';
import { pushRecord } from './push-record.js';
import { logSkip, pushGate } from './register-decisions.js';
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

/** The product as a linked push would send it: cost price rule (RB-22) and field mapping applied. */
export function productHashRecord(ctx: RegisterContext, p: ProductEntity): ProductRecord {
  const built = withDebtorCostPrice(toProductRecord(p), p, ctx.rules.debtor);
  return mappedForHash(ctx.connection, 'products', built, built);
}

/** Register decisions come first; the number and master checks judge the mapped record. */
export async function pushProducts(ctx: RegisterContext): Promise<void> {
  const products = await ctx.db.read(ctx.tenantId, (m) => m.find(ProductEntity, { where: { tenantId: ctx.tenantId }, order: { number: 'ASC' } }));
  const refs = await ctx.refs.all('product');
  const upsert = ctx.connector.upsertProduct?.bind(ctx.connector);
  const rows = mappingRowsFor(ctx.connection, 'products');
  const gate = await pushGate(ctx, 'products');
  const violations = violationsById(ctx, 'product', products);
  for (const p of products) {
    const ref = refs.get(p.id);
    const skip = gate.skipReason(p, Boolean(ref));
    if (skip) {
      await logSkip(ctx, 'products', p.id, skip);
      continue;
    }
    const built = withDebtorCostPrice(toProductRecord(p), p, ctx.rules.debtor);
    const record = await mapForPush(ctx, { register: 'products', recordId: p.id, rows, source: built, base: built, isUpdate: Boolean(ref) });
    if (!record) continue;
    const hash = contentHash(record);
    if (!(await mayPush(ctx, { register: 'products', numbered: 'product', recordId: p.id, number: p.number, ref, violation: violations.get(p.id), master: ctx.rules.registers.productMaster, hash, isLinkedByDecision: gate.isLinkedByDecision(p.id, ref?.externalId) }))) continue;
    await pushRecord(ctx, { register: 'products', recordType: 'product', recordId: p.id, record, hash, ref, write: upsert });
  }
}
