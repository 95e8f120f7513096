import { z } from 'zod';
import { percentSchema, quantitySchema, unitPriceSchema } from '../money.js';

/**
 * A product (also work types and travel expenses, which ERPs keep in one item register). The
 * number is the link key, so it is mandatory (SE-VN-20, SE-FX-26, SE-EE-07).
 */
export const productInputSchema = z.object({
  number: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(255),
  /** Unit of measure; must also exist in the ERP (SE-FX-25). @default "pcs" */
  unit: z.string().trim().min(1).max(20).default('pcs'),
  salesPrice: unitPriceSchema,
  costPrice: unitPriceSchema.optional(),
  productGroup: z.string().trim().min(1).max(100).optional(),
  /** Billing VAT rate; must be right even where the ERP decides VAT (SE-VN-18, SE-VN-37). */
  vatRate: percentSchema.optional(),
  /** @default true */
  isActive: z.boolean().default(true),
  /** Stock on hand, for the inventory value (RB-25); absent = not a stocked item. */
  stockOnHand: quantitySchema.optional(),
  /** The suggested purchase price, the ERP's cost price unless "use actual cost price" is on (RB-22). */
  suggestedPurchasePrice: unitPriceSchema.optional(),
});

/** A validated product, defaults applied. */
export type ProductInput = z.infer<typeof productInputSchema>;
