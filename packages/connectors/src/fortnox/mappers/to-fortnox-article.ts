import type { ProductRecord } from '../../core/records.js';
import { decimalToWire } from '../wire.js';
import { compact, type FortnoxPayload } from './payload.js';

/** Fortnox's default price list; its quantity-0 price is the article's sales price. */
export const defaultPriceList = 'A';

/**
 * A canonical product as a Fortnox `Article` (§2.6). The sales price is not part of it: Fortnox
 * keeps `SalesPrice` read-only and sets it through price lists, see {@link toFortnoxPrice}. An
 * empty unit is left out (SE-FX-25 allows products without one).
 */
export function toFortnoxArticle(product: ProductRecord): FortnoxPayload {
  return compact({
    ArticleNumber: product.number,
    Description: product.name,
    Unit: product.unit.trim() === '' ? undefined : product.unit,
    VAT: product.vatRate === undefined ? undefined : decimalToWire(product.vatRate),
    PurchasePrice: product.costPrice === undefined ? undefined : decimalToWire(product.costPrice),
    Active: product.isActive,
  });
}

/** The product's sales price as a `Price` in the default price list, from quantity 0. */
export function toFortnoxPrice(product: ProductRecord): FortnoxPayload {
  return { ArticleNumber: product.number, PriceList: defaultPriceList, FromQuantity: 0, Price: decimalToWire(product.salesPrice) };
}
