import { z } from 'zod';
import { isOnOrAfter, isoDateSchema } from '../date.js';
import { productIdSchema, supplierIdSchema } from '../ids.js';
import { currencySchema, percentSchema, quantitySchema, unitPriceSchema } from '../money.js';
import { whenFieldsValid } from '../validation.js';
import { productGroupKeySchema } from './creditor-settings.js';

/**
 * One line of a supplier invoice. Its product group picks the row of the posting matrix (RB-11),
 * so every line has one: given, or taken from the line's product before validation.
 */
export const supplierInvoiceLineInputSchema = z.object({
  productId: productIdSchema.optional(),
  productGroup: productGroupKeySchema,
  description: z.string().trim().min(1).max(250),
  quantity: quantitySchema,
  unitPrice: unitPriceSchema,
  vatRate: percentSchema,
});

export type SupplierInvoiceLineInput = z.infer<typeof supplierInvoiceLineInputSchema>;

/** A supplier's invoice to the tenant (creditor side, RB-07): booked as a voucher in an ERP journal (RB-09). */
export const supplierInvoiceInputSchema = z
  .object({
    supplierId: supplierIdSchema,
    /** The supplier's own invoice number; e-conomic keeps at most 30 characters. */
    invoiceNumber: z.string().trim().min(1).max(30),
    currency: currencySchema,
    issueDate: isoDateSchema,
    dueDate: isoDateSchema.optional(),
    lines: z.array(supplierInvoiceLineInputSchema).min(1).max(500),
  })
  .superRefine(
    (invoice, ctx) => {
      if (invoice.dueDate !== undefined && !isOnOrAfter(invoice.dueDate, invoice.issueDate)) {
        ctx.addIssue({ code: 'custom', message: 'Due date must not be before the issue date', path: ['dueDate'], params: { code: 'INVALID_VALUE' } });
      }
    },
    { when: whenFieldsValid('issueDate', 'dueDate') },
  );

export type SupplierInvoiceInput = z.infer<typeof supplierInvoiceInputSchema>;
