import type { ProductRecord } from '../../core/records.js';
import type { EconomicProduct } from '../schemas.js';
import { decimalToWire } from '../wire.js';
import { documentDiffers } from './differs.js';
import type { EconomicDocument } from './to-economic-customer.js';

export interface ProductWriteContext {
  /** The record's product group, else the setting's (PV-22). */
  readonly productGroupNumber: number;
  /** The agreement's unit whose name matches the record's unit, when there is one. */
  readonly unitNumber?: number;
}

/** The product group number in a record (`"3"`), or undefined when it is not a number. */
export function productGroupOf(record: ProductRecord): number | undefined {
  return record.productGroup !== undefined && /^\d{1,9}$/.test(record.productGroup) ? Number(record.productGroup) : undefined;
}

/** The e-conomic properties the canonical product owns (§1.7). */
export function toEconomicProduct(record: ProductRecord, ctx: ProductWriteContext): EconomicDocument {
  const doc: EconomicDocument = {
    productNumber: record.number,
    name: record.name,
    productGroup: { productGroupNumber: ctx.productGroupNumber },
    salesPrice: decimalToWire(record.salesPrice),
  };
  if (record.costPrice !== undefined) doc.costPrice = decimalToWire(record.costPrice);
  if (ctx.unitNumber !== undefined) doc.unit = { unitNumber: ctx.unitNumber };
  if (!record.isActive) doc.barred = true;
  return doc;
}

/** The full PUT document: e-conomic's product with our fields laid over it. */
export function mergeProduct(existing: EconomicProduct, mapped: EconomicDocument): EconomicDocument {
  const merged: EconomicDocument = { ...existing, ...mapped };
  // The parsed prices are decimal strings; the wire wants numbers again.
  for (const key of ['salesPrice', 'costPrice'] as const) {
    const value = merged[key];
    if (typeof value === 'string') merged[key] = decimalToWire(value);
  }
  if (mapped.barred === undefined) delete merged.barred;
  return merged;
}

/** Whether a PUT would change anything the record owns. */
export function productDiffers(existing: EconomicProduct, mapped: EconomicDocument): boolean {
  return documentDiffers(mergeProduct(existing, {}), mapped, ['productNumber']);
}
