import { z } from 'zod';

/** Optional text where a blank value clears what is stored (absent keeps it on update). */
const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

/**
 * Optional sales-invoice header fields the ERPs take beside the core ones (SE-FX-56 rows 5-6,
 * 12-15). Limits are the smallest of the ERPs that carry the field (vendor-apis §1.9, §2.8;
 * ADR 0030), so a value we accept is one every connected ERP accepts.
 */
export const invoiceHeaderFieldsSchema = z.object({
  /** A terms-of-payment code of the ERP (Fortnox `TermsOfPayment`, SE-FX-56/5). */
  paymentTerms: clearableText(10),
  /** Fortnox `OurReference` (≤ 50, SE-FX-56/6). */
  ourReference: clearableText(50),
  /** Invoice text above the lines (SE-FX-56/12); e-conomic's text lines cap it at 1000. */
  freeTextAbove: clearableText(1000),
  /** Invoice text below the lines (SE-FX-56/13). */
  freeTextBelow: clearableText(1000),
  /** ISO 639-1 code, stored upper-case as Fortnox writes it (`SV`, `EN`; SE-FX-56/14). */
  language: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[A-Za-z]{2}$/.test(v), { message: 'Language must be a two-letter ISO 639-1 code', params: { code: 'INVALID_FORMAT' } })
    .transform((v) => (v === '' ? undefined : v.toUpperCase()))
    .optional(),
  /** The receiver's (billing) address on this invoice (SE-FX-56/15); e-conomic caps address and city at 250. */
  receiverAddress: clearableText(250),
  /** Fortnox `ZipCode` takes at most 10 characters. */
  receiverPostalCode: clearableText(10),
  receiverCity: clearableText(250),
  /** Country name as printed; e-conomic and Fortnox take at most 50. */
  receiverCountry: clearableText(50),
});

export type InvoiceHeaderFields = z.infer<typeof invoiceHeaderFieldsSchema>;

/** The keys, for copying between entity, input and record. */
export const invoiceHeaderFieldNames = Object.keys(invoiceHeaderFieldsSchema.shape) as (keyof InvoiceHeaderFields)[];
