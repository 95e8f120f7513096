import type { ProductRecord } from '../../core/records.js';
import type { EconomicProduct } from '../schemas.js';
import { asAmount } from '../wire.js';

/** An e-conomic product as the canonical record; a product without a sales price reads as 0. */
export function fromEconomicProduct(product: EconomicProduct): ProductRecord {
  return {
    number: product.productNumber,
    name: product.name,
    unit: product.unit?.name ?? '',
    salesPrice: asAmount(product.salesPrice ?? '0'),
    ...(product.costPrice === undefined ? {} : { costPrice: asAmount(product.costPrice) }),
    productGroup: String(product.productGroup.productGroupNumber),
    isActive: product.barred !== true,
  };
}
