import { z } from 'zod';
import { isoDateSchema } from '../date.js';
import { productIdSchema, projectIdSchema, supplierIdSchema } from '../ids.js';
import { percentSchema, quantitySchema, unitPriceSchema } from '../money.js';

const multiplierPattern = /^\d{1,4}(\.\d{1,2})?$/;

/**
 * A price multiplier as a percentage of cost, e.g. `"150"` for cost × 1.5 (SE-VN-59). Above 100
 * is the point of a markup, so only 0..9999.99 is enforced.
 */
export const multiplierPercentSchema = z
  .string()
  .regex(multiplierPattern, 'Multiplier must be a percentage with at most 4 digits and 2 decimals, e.g. "150"');

/**
 * A cost booked on a project, usually a supplier-invoice line brought in from the ERP
 * (SE-VN-56, SE-FX-47, X-24).
 */
export const projectCostInputSchema = z.object({
  projectId: projectIdSchema,
  supplierId: supplierIdSchema.optional(),
  /** Falls back to the connector's default product when absent (SE-FX-48). */
  productId: productIdSchema.optional(),
  /** Composed from date, voucher/reference and supplier by the connector (SE-VN-58, SE-EE-50). */
  description: z.string().trim().min(1).max(500),
  date: isoDateSchema,
  /** Imported costs always have quantity 1 (SE-VN-67/4, SE-EE-50). @default "1" */
  quantity: quantitySchema.default('1'),
  /** The cost per unit: the line's debit amount (SE-VN-67/6). */
  unitCost: unitPriceSchema,
  /** Re-billable to the customer rather than a cost only (SE-VN-59, SE-EE-17). @default true */
  isBillable: z.boolean().default(true),
  /** Multiplier for the billable price; the spec states no default (SE-VN-59). */
  markupMultiplierPercent: multiplierPercentSchema.optional(),
  vatRate: percentSchema.optional(),
});

/** A validated project cost, defaults applied. */
export type ProjectCostInput = z.infer<typeof projectCostInputSchema>;
