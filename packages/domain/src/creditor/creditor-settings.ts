import { z } from 'zod';
import { vatZoneSchema } from './vat-zone.js';

/** An account or journal number in the ERP's chart, as text so no ERP's numbering is assumed (e-conomic and Fortnox use digits). */
export const ledgerNumberSchema = z.string().trim().min(1).max(20).regex(/^[A-Za-z0-9-]*$/, 'Must be letters, digits and "-" only, e.g. "1310"');

/** A product group as named in our graph (Product.productGroup); the rows of the posting matrix. */
export const productGroupKeySchema = z.string().trim().min(1).max(100);

/** One decided cell of the posting matrix: purchases of `productGroup` from a supplier in `vatZone` go to `accountNumber` (RB-11). */
export const postingCellSchema = z.object({
  productGroup: productGroupKeySchema,
  vatZone: vatZoneSchema,
  accountNumber: ledgerNumberSchema,
});

export type PostingCell = z.infer<typeof postingCellSchema>;

/**
 * The creditor integration of one connection (RB-07..RB-12): supplier invoices from our graph
 * become vouchers in an ERP journal. Every reference is chosen from the ERP's own data; the
 * matrix starts empty and only cells the admin set exist, so nothing pre-filled ever counts as
 * a decision (RB-12).
 */
export const creditorSettingsSchema = z
  .object({
    /** The creditor integration is on (RB-07). @default false — the seed states none; nothing is booked until the admin activates it (RB-04) */
    isEnabled: z.boolean().default(false),
    /** The creditors control account (kreditor samlekonto) the suppliers' balances are kept on (RB-08). */
    supplierControlAccount: ledgerNumberSchema.optional(),
    /** The journal (kassekladde) supplier invoices are entered into (RB-09). */
    journalNumber: ledgerNumberSchema.optional(),
    /** Purchase account used only when the matrix's account cannot be used, e.g. it is blocked in the ERP (RB-10). */
    fallbackAccount: ledgerNumberSchema.optional(),
    /** One account per product group × VAT zone (RB-11). @default [] — every cell undecided (RB-12) */
    postingMatrix: z.array(postingCellSchema).max(3000).default([]),
  })
  .superRefine((settings, ctx) => {
    const seen = new Set<string>();
    settings.postingMatrix.forEach((cell, i) => {
      const key = `${cell.productGroup}\u0000${cell.vatZone}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', message: `Product group "${cell.productGroup}" × ${cell.vatZone} is set more than once`, path: ['postingMatrix', i], params: { code: 'CONFLICT' } });
      }
      seen.add(key);
    });
    if (!settings.isEnabled) return;
    // transfers cannot start until the required settings are made
    const required = [
      ['supplierControlAccount', 'Choose the creditors control account before activating (RB-08)'],
      ['journalNumber', 'Choose the journal for supplier invoices before activating (RB-09)'],
    ] as const;
    for (const [field, message] of required) {
      if (settings[field] === undefined) ctx.addIssue({ code: 'custom', message, path: [field], params: { code: 'REQUIRED' } });
    }
  });

/** Creditor settings, defaults applied. */
export type CreditorSettings = z.infer<typeof creditorSettingsSchema>;

/**
 * One Stop Shop VAT (RB-21, X-17). The seed does not say what it changes; ADR 0007 decides: with
 * OSS on, an EU consumer (an EU customer without a VAT number) is created in the ERP in the OSS
 * VAT zone, so the destination country's VAT is charged and reported through OSS; off, the
 * connector's zone by country applies unchanged.
 */
export const oneStopShopSettingsSchema = z
  .object({
    /** @default false — the seed states none; off leaves VAT zones as they were */
    isEnabled: z.boolean().default(false),
    /** The ERP's VAT zone for OSS sales (e-conomic: a vatZoneNumber of the agreement). */
    vatZoneNumber: ledgerNumberSchema.optional(),
  })
  .superRefine((settings, ctx) => {
    if (settings.isEnabled && settings.vatZoneNumber === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Choose the ERP\'s VAT zone for One Stop Shop sales', path: ['vatZoneNumber'], params: { code: 'REQUIRED' } });
    }
  });

export type OneStopShopSettings = z.infer<typeof oneStopShopSettingsSchema>;
