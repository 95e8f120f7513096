import { z } from 'zod';
import { multiplierPercentSchema } from '../project-cost/project-cost.js';
import { creditorSettingsSchema, oneStopShopSettingsSchema } from '../creditor/creditor-settings.js';
import { countryCodeSchema } from '../creditor/vat-zone.js';
import { percentSchema } from '../money.js';
import { debtorRulesSchema, inventoryValueRulesSchema } from './debtor-rules.js';
import { registerRulesSchema } from '../register-rules/register-rules.js';

const articleNumberSchema = z.string().trim().min(1).max(50);

/**
 * The rules the transfer engine applies for one connection, beside the connector's own settings.
 * Every field has the seed's default where it states one.
 */
export const transferRulesSchema = z.object({
  /**
   * Project costs as "costs" only (price 0.00) or as "costs and re-billable fees" (price = cost ×
   * multiplier) (SE-VN-59). @default "COSTS_AND_FEES" — X-24 bills costs at cost for the other ERPs
   */
  projectCostMode: z.enum(['COSTS_ONLY', 'COSTS_AND_FEES']).default('COSTS_AND_FEES'),
  /** The multiplier for re-billable costs, in percent (150 → 1.5 × cost) (SE-VN-59). @default "100" */
  projectCostMultiplierPercent: multiplierPercentSchema.default('100'),
  /** Product for costs whose ERP line names none (SE-FX-48). */
  projectCostProductNumber: articleNumberSchema.optional(),
  /** The company's default VAT rate, for project costs whose product has none (SE-EE-50); unset = unknown. */
  companyVatRate: percentSchema.optional(),
  /** Keep the ERP's supplier-invoice files with the project costs they produced (SE-FX-51, X-25). @default false — the seed states none */
  transferSupplierInvoiceImages: z.boolean().default(false),
  /** Send the files attached to our sales invoices with the invoice (SE-FX-46, X-25). @default false — "default not stated" in the seed, so off */
  transferInvoiceAttachments: z.boolean().default(false),
  /** Article for invoice lines without a product (SE-EE-16, X-16). */
  defaultProductNumber: articleNumberSchema.optional(),
  /** Project names longer than this are shortened to fit (SE-FX-28); unset = the ERP's own limit. */
  projectNameLimit: z.number().int().min(1).max(255).optional(),
  /** The tenant's own country: decides suppliers' VAT zones and OSS customers (ADR 0007). */
  companyCountry: countryCodeSchema.optional(),
  /** Supplier invoices to an ERP journal (RB-07..RB-12). */
  creditor: creditorSettingsSchema.optional(),
  /** One Stop Shop VAT for EU consumers (RB-21). */
  oneStopShopVat: oneStopShopSettingsSchema.optional(),
  /** The debtor side: customers, invoices, payments, products and layouts (RB-13..RB-24). */
  debtor: debtorRulesSchema.default(() => debtorRulesSchema.parse({})),
  /** Inventory value vouchers (RB-25..RB-29). */
  inventoryValue: inventoryValueRulesSchema.default({ isEnabled: false }),
  /** Master systems, numbering owners, eligibility, projects and number rules (X-06..X-15); defaults per connector. */
  registers: registerRulesSchema.optional(),
});

export type TransferRules = z.infer<typeof transferRulesSchema>;
