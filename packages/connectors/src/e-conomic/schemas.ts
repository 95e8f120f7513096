import { z } from 'zod';
import { decimalFromWire } from './wire.js';

// The e-conomic JSON the connector reads, validated at the edge. Only fields the mappers use are
// declared and the rest is kept (`looseObject`), because a PUT must send back the whole
// document it read (§1.1: PUT replaces, omitted properties are cleared).

/** A JSON number as a canonical decimal string. */
export const wireDecimal = z.number().transform((value, ctx) => {
  const decimal = decimalFromWire(value);
  if (decimal === null) {
    ctx.addIssue({ code: 'custom', message: `not a plain decimal number: ${String(value)}` });
    return z.NEVER;
  }
  return decimal;
});

const text = z.string().optional();
const numberRef = <K extends string>(key: K) => z.looseObject({ [key]: z.number().int() } as Record<K, z.ZodNumber>);

/** `pagination` of every REST collection (§1.2). */
export const paginationSchema = z.looseObject({
  skipPages: z.number().int(),
  pageSize: z.number().int(),
  results: z.number().int(),
  nextPage: z.string().optional(),
});

export const customerSchema = z.looseObject({
  customerNumber: z.number().int(),
  name: z.string(),
  currency: z.string(),
  customerGroup: numberRef('customerGroupNumber'),
  paymentTerms: numberRef('paymentTermsNumber'),
  vatZone: numberRef('vatZoneNumber'),
  layout: numberRef('layoutNumber').optional(),
  address: text,
  zip: text,
  city: text,
  country: text,
  email: text,
  telephoneAndFaxNumber: text,
  mobilePhone: text,
  corporateIdentificationNumber: text,
  vatNumber: text,
  ean: text,
  barred: z.boolean().optional(),
  lastUpdated: text,
});
export type EconomicCustomer = z.output<typeof customerSchema>;

export const productSchema = z.looseObject({
  productNumber: z.string(),
  name: z.string(),
  productGroup: numberRef('productGroupNumber'),
  salesPrice: wireDecimal.optional(),
  costPrice: wireDecimal.optional(),
  unit: z.looseObject({ unitNumber: z.number().int(), name: text }).optional(),
  barred: z.boolean().optional(),
  lastUpdated: text,
});
export type EconomicProduct = z.output<typeof productSchema>;

/** A Projects API project (flat numbers, booleans always present). */
export const projectSchema = z.looseObject({
  number: z.number().int(),
  name: z.string(),
  projectGroupNumber: z.number().int(),
  customerNumber: z.number().int().optional(),
  isBarred: z.boolean().optional(),
  isClosed: z.boolean().optional(),
  deliveryDate: text,
  objectVersion: text,
  lastUpdated: text,
});
export type EconomicProject = z.output<typeof projectSchema>;

export const projectCursorPageSchema = z.object({ cursor: text, items: z.array(projectSchema) });

export const paymentTermsSchema = z.looseObject({
  paymentTermsNumber: z.number().int(),
  name: z.string(),
  daysOfCredit: z.number().int().optional(),
  paymentTermsType: text,
});
export type EconomicPaymentTerms = z.output<typeof paymentTermsSchema>;

export const unitSchema = z.looseObject({ unitNumber: z.number().int(), name: z.string() });

/** What drafts and booked invoices share, as listed and as read one by one. */
const invoiceFields = {
  date: z.string(),
  currency: z.string(),
  netAmount: wireDecimal,
  vatAmount: wireDecimal,
  grossAmount: wireDecimal,
  customer: numberRef('customerNumber'),
  references: z.looseObject({ other: text }).optional(),
};

export const draftSchema = z.looseObject({ draftInvoiceNumber: z.number().int(), ...invoiceFields });
export type EconomicDraft = z.output<typeof draftSchema>;

export const bookedSchema = z.looseObject({
  bookedInvoiceNumber: z.number().int(),
  ...invoiceFields,
  remainder: wireDecimal,
  sent: text,
});
export type EconomicBooked = z.output<typeof bookedSchema>;

export const selfSchema = z.looseObject({
  agreementNumber: z.number().int(),
  company: z.looseObject({ name: z.string() }),
});

export const accountingYearSchema = z.looseObject({ year: z.string(), fromDate: z.string(), toDate: z.string() });
export type EconomicAccountingYear = z.output<typeof accountingYearSchema>;

/** A booked ledger entry (`/accounting-years/:year/entries`; fields as in the vendor's Entry model, E5). */
export const entrySchema = z.looseObject({
  entryNumber: z.number().int(),
  entryType: z.string(),
  date: z.string(),
  amount: wireDecimal,
  amountInBaseCurrency: wireDecimal.optional(),
  currency: text,
  text: text,
  invoiceNumber: text,
  voucherNumber: z.number().int().optional(),
  supplier: numberRef('supplierNumber').optional(),
  supplierInvoiceNumber: text,
  project: numberRef('projectNumber').optional(),
});
export type EconomicEntry = z.output<typeof entrySchema>;

/** Generic reference rows for `listReferenceData`. */
export const referenceRowSchema = z.looseObject({ name: z.string().optional() });
