import type { ProductRecord } from '@ledgerbridge/connectors';
import { err, mayApplyUpdate, ok, productInputSchema } from '@ledgerbridge/domain';
import { ProductEntity } from '../../product/product.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { ErpImports } from './erp-imports.js';
import { productHashRecord } from './products.register.js';
import { pullableFields } from './mapped-record.js';
import { pullLinked } from './pull-linked.js';
import { describeFieldErrors } from './register-guards.js';

/**
 * Product edits in the ERP (name, price, unit) come back where the ERP may update ours (SE-FX-23,
 * PV-03, X-06); products created in the ERP after go-live are created here, those from before
 * are not (SE-FX-22, SE-FX-43).
 */
export async function pullProducts(ctx: RegisterContext): Promise<void> {
  const { tenantId } = ctx;
  const imports = await ErpImports.open<ProductRecord>(ctx, {
    register: 'products', recordType: 'product',
    problem: () => null,
    numberOf: (p) => p.number,
    findOurs: async (number) => (await ctx.db.read(tenantId, (m) => m.findOneBy(ProductEntity, { tenantId, number })))?.id ?? null,
    create: async (p) => {
      const created = await ctx.services.products.upsert(tenantId, {
        number: p.number, name: p.name, unit: p.unit, salesPrice: p.salesPrice, costPrice: p.costPrice ?? null,
        productGroup: p.productGroup ?? null, vatRate: p.vatRate ?? null, isActive: p.isActive,
      });
      if (!created.ok) return err(describeFieldErrors(created.error));
      return ok({ id: created.value.product.id, hash: contentHash(productHashRecord(ctx, created.value.product)) });
    },
  }, false);
  const isComplete = await pullLinked(ctx, {
    register: 'products', recordType: 'product', entity: ProductEntity, list: ctx.connector.listProducts?.bind(ctx.connector),
    fields: pullableFields(ctx.connection, 'products', [['name', 'name'], ['unit', 'unit'], ['salesPrice', 'salesPrice']] as const),
    schema: productInputSchema,
    // the hash must match what the next push sends: cost price rule (RB-22) and field mapping included
    toRecord: (p) => productHashRecord(ctx, p),
    applyUpdates: mayApplyUpdate(ctx.rules.registers.productMaster, 'FROM_ERP'),
    keepPendingEdits: ctx.rules.registers.productMaster === 'NONE',
    listAll: imports.needsFullListing,
    unlinked: imports.unlinked,
  });
  await imports.finish(isComplete);
}
