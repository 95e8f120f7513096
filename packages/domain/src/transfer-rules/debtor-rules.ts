import { z } from 'zod';

const productNumberSchema = z.string().trim().min(1).max(50);
const erpKeySchema = z.string().trim().regex(/^\d{1,9}$/, 'Must be the ERP\'s number (digits only)');

/** One pair of the layout mapping: a layout name used in our graph and the ERP's layout (RB-23). */
export const layoutMappingSchema = z.object({
  sourceLayout: z.string().trim().min(1).max(50),
  erpLayoutNumber: erpKeySchema,
});
export type LayoutMapping = z.infer<typeof layoutMappingSchema>;

/**
 * The debtor side of a connection (RB-13..RB-24). The seed states no defaults; ours keep what the
 * engine did before these settings existed, so saving a connection changes nothing by itself.
 */
export const debtorRulesSchema = z.object({
  /** Customers, invoices and payments are synchronised at all (RB-13). @default true */
  isEnabled: z.boolean().default(true),
  /**
   * Invoice lines carry their actual quantity and unit price (RB-14); off sends each line as
   * 1 × its net amount, which keeps the value exact for any quantity. @default true
   */
  useActualQuantity: z.boolean().default(true),
  /**
   * Book in the ERP exactly when the invoice is booked in our graph, else leave a draft (RB-16).
   * Unset: the tenant's invoicing settings decide (PV-08). @default unset
   */
  bookWhenBookedInSource: z.boolean().optional(),
  /** EAN invoices stay drafts, to be sent from the ERP; only with bookWhenBookedInSource (RB-17, RB-18). @default false */
  neverBookEanInvoices: z.boolean().default(false),
  /** An invoice booked in the ERP moves on to the pipeline's "sent" status (RB-19). @default false */
  markSentWhenBooked: z.boolean().default(false),
  /** Our product number for ERP invoice lines that carry no product (RB-20). @default unset */
  emptyLineProductNumber: productNumberSchema.optional(),
  /** Products get our cost price in the ERP instead of the suggested purchase price (RB-22). @default true */
  useActualCostPrice: z.boolean().default(true),
  /** Our layout names paired with the ERP's layouts (RB-23); a customer's layout picks one (RB-24). @default [] */
  layoutMappings: z.array(layoutMappingSchema).max(200).default([]).superRefine((pairs, ctx) => {
    const seen = new Set<string>();
    pairs.forEach((pair, i) => {
      if (seen.has(pair.sourceLayout)) ctx.addIssue({ code: 'custom', path: [i, 'sourceLayout'], message: `Layout "${pair.sourceLayout}" is mapped twice`, params: { code: 'CONFLICT' } });
      seen.add(pair.sourceLayout);
    });
  }),
});
export type DebtorRules = z.infer<typeof debtorRulesSchema>;

export const inventoryFrequencySchema = z.enum(['DAILY', 'WEEKLY', 'MONTHLY']);
export type InventoryFrequency = z.infer<typeof inventoryFrequencySchema>;

const INVENTORY_REQUIRED = ['frequency', 'journalNumber', 'inventoryAccountNumber', 'offsetAccountNumber'] as const;

/**
 * Inventory value sync (RB-25..RB-29): once per period a voucher moves the change in our stock
 * value between the inventory account and its offset. Every field is required once it is on (RB-25).
 */
export const inventoryValueRulesSchema = z.object({
  /** @default false */
  isEnabled: z.boolean().default(false),
  /** How often a voucher is posted (RB-26); periods are calendar days, ISO weeks and months (UTC). */
  frequency: inventoryFrequencySchema.optional(),
  /** The ERP journal; it must accept financial vouchers (RB-27, checked against the ERP when saved). */
  journalNumber: erpKeySchema.optional(),
  /** The inventory (balance) account (RB-28). */
  inventoryAccountNumber: erpKeySchema.optional(),
  /** The offset account for the cost of goods consumed (RB-29). */
  offsetAccountNumber: erpKeySchema.optional(),
}).superRefine((rules, ctx) => {
  if (!rules.isEnabled) return;
  for (const key of INVENTORY_REQUIRED) {
    if (rules[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'Required while inventory value sync is on (RB-25)', params: { code: 'REQUIRED' } });
  }
  if (rules.inventoryAccountNumber !== undefined && rules.inventoryAccountNumber === rules.offsetAccountNumber) {
    ctx.addIssue({ code: 'custom', path: ['offsetAccountNumber'], message: 'The offset account must differ from the inventory account', params: { code: 'INVALID_VALUE' } });
  }
});
export type InventoryValueRules = z.infer<typeof inventoryValueRulesSchema>;

/** A setting that is valid but does nothing as configured, reported beside the saved rules. */
export interface RuleWarning {
  readonly code: 'NO_EFFECT';
  readonly message: string;
  readonly field: readonly string[];
}

/** What the settings screen must point out (RB-18: "never book EAN" needs "book when booked"). */
export function debtorRuleWarnings(debtor: DebtorRules): RuleWarning[] {
  const warnings: RuleWarning[] = [];
  if (debtor.neverBookEanInvoices && debtor.bookWhenBookedInSource !== true) {
    warnings.push({
      code: 'NO_EFFECT', field: ['debtor', 'neverBookEanInvoices'],
      message: '"Never book EAN invoices" has no effect while "Book in the ERP when booked in the source" is off (RB-18)',
    });
  }
  return warnings;
}
