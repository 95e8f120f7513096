import { ProductEntity } from '../../product/product.entity.js';
import { productInputSchema } from '@ledgerbridge/domain';
import type { RegisterContext } from '../register-context.js';
import { withDebtorCostPrice } from './debtor-product.js';
import { toProductRecord } from './products.register.js';
import { mappedForHash, pullableFields } from './mapped-record.js';
import { pullLinked } from './pull-linked.js';

/** Product edits in the ERP (name, price, unit) come back (SE-FX-23, PV-03). */
export function pullProducts(ctx: RegisterContext): Promise<void> {
  return pullLinked(ctx, {
    register: 'products', recordType: 'product', entity: ProductEntity, list: ctx.connector.listProducts?.bind(ctx.connector),
    fields: pullableFields(ctx.connection, 'products', [['name', 'name'], ['unit', 'unit'], ['salesPrice', 'salesPrice']] as const),
    schema: productInputSchema,
    // the hash must match what the next push sends: cost price rule (RB-22) and field mapping included
    toRecord: (p) => {
      const built = withDebtorCostPrice(toProductRecord(p), p, ctx.rules.debtor);
      return mappedForHash(ctx.connection, 'products', built, built);
    },
  });
}
