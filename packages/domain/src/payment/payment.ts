import { z } from 'zod';
import { isoDateSchema } from '../date.js';
import { invoiceIdSchema } from '../ids.js';
import { positiveAmountSchema } from '../money.js';

/** A payment against an invoice, as written back from the ERP (SE-VN-03, X-21). */
export const paymentInputSchema = z.object({
  invoiceId: invoiceIdSchema,
  /** A positive amount; refunds are not payments. */
  amount: positiveAmountSchema,
  paidOn: isoDateSchema,
  /** The payment reference (OCR/KID) or bank text. */
  reference: z.string().trim().min(1).max(60).optional(),
});

/** A validated payment. */
export type PaymentInput = z.infer<typeof paymentInputSchema>;
