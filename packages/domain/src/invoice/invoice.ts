import { z } from 'zod';
import { isOnOrAfter, isoDateSchema } from '../date.js';
import { customerIdSchema, invoiceIdSchema, productIdSchema, projectIdSchema } from '../ids.js';
import { currencySchema, percentSchema, quantitySchema, unitPriceSchema } from '../money.js';
import { whenFieldsValid } from '../validation.js';
import { invoiceHeaderFieldsSchema } from './invoice-header.js';

/** Invoices and credit notes share one shape and one flow (SE-VN-32, SE-VN-34). */
export const invoiceKindSchema = z.enum(['INVOICE', 'CREDIT_NOTE']);

/** `'INVOICE'` or `'CREDIT_NOTE'`. */
export type InvoiceKind = z.infer<typeof invoiceKindSchema>;

/**
 * One invoice line. A line may name its product by id or by number (the ERP article number);
 * with neither, the connector's default article applies (SE-EE-16, X-16).
 */
export const invoiceLineInputSchema = z.object({
  productId: productIdSchema.optional(),
  productNumber: z.string().trim().min(1).max(40).optional(),
  description: z.string().trim().min(1).max(500),
  /** Negative on credit-note lines. */
  quantity: quantitySchema,
  unitPrice: unitPriceSchema,
  /** @default "0" */
  discountPercent: percentSchema.default('0'),
  vatRate: percentSchema,
  unit: z.string().trim().min(1).max(20).optional(),
  /** Set per line because ERPs post each line to its own project (SE-EE-49, SE-FX-57/7). */
  projectId: projectIdSchema.optional(),
});

/** A validated invoice line, defaults applied. */
export type InvoiceLineInput = z.infer<typeof invoiceLineInputSchema>;

/**
 * An invoice or credit note as created in the source, without an invoice number: the ERP assigns
 * it and writes it back (SE-VN-33, SE-VN-34, X-08).
 */
export const invoiceInputSchema = z
  .object({
    /** @default "INVOICE" */
    kind: invoiceKindSchema.default('INVOICE'),
    customerId: customerIdSchema,
    projectId: projectIdSchema.optional(),
    /** The invoice a credit note credits; only allowed on credit notes. */
    creditedInvoiceId: invoiceIdSchema.optional(),
    currency: currencySchema,
    issueDate: isoDateSchema,
    dueDate: isoDateSchema.optional(),
    reference: z.string().trim().min(1).max(60).optional(),
    notes: z.string().trim().max(2000).optional(),
    lines: z.array(invoiceLineInputSchema).min(1).max(500),
  })
  .extend(invoiceHeaderFieldsSchema.shape)
  .superRefine(
    (invoice, ctx) => {
      if (invoice.dueDate !== undefined && !isOnOrAfter(invoice.dueDate, invoice.issueDate)) {
        ctx.addIssue({
          code: 'custom',
          message: 'Due date must not be before the issue date',
          path: ['dueDate'],
          params: { code: 'INVALID_VALUE' },
        });
      }
    },
    { when: whenFieldsValid('issueDate', 'dueDate') },
  )
  .superRefine(
    (invoice, ctx) => {
      if (invoice.creditedInvoiceId !== undefined && invoice.kind !== 'CREDIT_NOTE') {
        ctx.addIssue({
          code: 'custom',
          message: 'Only a credit note can credit another invoice',
          path: ['creditedInvoiceId'],
          params: { code: 'INVALID_VALUE' },
        });
      }
    },
    { when: whenFieldsValid('kind', 'creditedInvoiceId') },
  );

/** A validated invoice or credit note, defaults applied. */
export type InvoiceInput = z.infer<typeof invoiceInputSchema>;
