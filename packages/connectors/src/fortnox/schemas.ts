import { z } from 'zod';
import { decimalFromWire } from './wire.js';

// The Fortnox JSON the connector reads, validated at the edge. Only the fields the mappers use
// are declared (zod strips the rest); optional fields are `nullish` because Fortnox sends null
// for empty values. Keys and numbers may come as strings or numbers, so both are accepted.

/** A Fortnox key (customer, article, document number) as a string, whatever JSON type it came as. */
const key = z.union([z.string(), z.number()]).transform(String);

/** A Fortnox amount as a canonical decimal string. */
export const wireDecimal = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const decimal = decimalFromWire(value);
  if (decimal === null) {
    ctx.addIssue({ code: 'custom', message: `not a decimal amount: ${String(value)}` });
    return z.NEVER;
  }
  return decimal;
});

const text = z.string().nullish();
const flag = z.boolean().nullish();

/** `MetaInformation` of every list (§2.2). */
export const metaSchema = z.object({
  '@TotalResources': z.coerce.number(),
  '@TotalPages': z.coerce.number(),
  '@CurrentPage': z.coerce.number(),
});

/** A full `Customer` (GET /3/customers/{CustomerNumber}, §2.5). */
export const customerSchema = z.object({
  CustomerNumber: key,
  Name: z.string(),
  OrganisationNumber: text,
  VATNumber: text,
  GLN: text,
  Email: text,
  Phone1: text,
  Address1: text,
  Address2: text,
  ZipCode: text,
  City: text,
  CountryCode: text,
  TermsOfPayment: key.nullish(),
  Currency: text,
  Active: flag,
});
export type FortnoxCustomer = z.output<typeof customerSchema>;

/** A full `Article` (§2.6); `SalesPrice` is the default price list's price. */
export const articleSchema = z.object({
  ArticleNumber: key,
  Description: z.string(),
  Unit: text,
  SalesPrice: wireDecimal.nullish(),
  PurchasePrice: wireDecimal.nullish(),
  VAT: wireDecimal.nullish(),
  Active: flag,
});
export type FortnoxArticle = z.output<typeof articleSchema>;

/** A `Project` (§2.7); the project list returns these whole. */
export const projectSchema = z.object({
  ProjectNumber: key,
  Description: z.string(),
  Status: text,
  StartDate: text,
  EndDate: text,
});
export type FortnoxProject = z.output<typeof projectSchema>;

/** The fields of an invoice list item (InvoiceSubset) the lookups need. */
export const invoiceSubsetSchema = z.object({
  DocumentNumber: key,
  ExternalInvoiceReference1: text,
  Cancelled: flag,
});
export type FortnoxInvoiceSubset = z.output<typeof invoiceSubsetSchema>;

/** A full `Invoice` or credit invoice (§2.8). */
export const invoiceSchema = z.object({
  DocumentNumber: key,
  Booked: z.boolean(),
  Cancelled: flag,
  Sent: flag,
  Credit: flag,
  CreditInvoiceReference: key.nullish(),
  Balance: wireDecimal,
  Total: wireDecimal,
  RoundOff: wireDecimal.nullish(),
  OCR: text,
  ExternalInvoiceReference1: text,
  FinalPayDate: text,
});
export type FortnoxInvoice = z.output<typeof invoiceSchema>;

/** An `InvoicePayment` (§2.10), as listed and as returned on create. */
export const paymentSchema = z.object({
  Number: key,
  InvoiceNumber: key,
  Amount: wireDecimal,
  PaymentDate: z.string(),
});
export type FortnoxPayment = z.output<typeof paymentSchema>;

/** A supplier invoice list item: only its key is relied on. */
export const supplierInvoiceSubsetSchema = z.object({ GivenNumber: key });

/** A file connected to a supplier invoice; `Name` is the archive file's name. */
export const supplierInvoiceFileConnectionSchema = z.object({ FileId: z.string().min(1), Name: z.string().trim().min(1).catch('attachment') });

/** One voucher row of a supplier invoice; generated rows carry a `Code` (TOT, VAT, …). */
export const supplierInvoiceRowSchema = z.object({
  Account: z.coerce.number().nullish(),
  ArticleNumber: text,
  Code: text,
  Debit: wireDecimal.nullish(),
  Credit: wireDecimal.nullish(),
  Project: text,
  TransactionInformation: text,
});

/** A full `SupplierInvoice` with its rows (§2.9). */
export const supplierInvoiceSchema = z.object({
  GivenNumber: key,
  SupplierNumber: key,
  SupplierName: text,
  InvoiceNumber: text,
  InvoiceDate: z.string(),
  Project: text,
  SupplierInvoiceRows: z.array(supplierInvoiceRowSchema).nullish(),
});
export type FortnoxSupplierInvoice = z.output<typeof supplierInvoiceSchema>;

/** A `Unit` from /3/units. */
export const unitSchema = z.object({ Code: key, Description: text });
export type FortnoxUnit = z.output<typeof unitSchema>;

/** `CompanyInformation`: the company the token opens. */
export const companySchema = z.object({
  CompanyName: z.string(),
  OrganizationNumber: text,
  DatabaseNumber: key.nullish(),
});

/** A `Price` in a price list (§2.6). */
export const priceSchema = z.object({ ArticleNumber: key, PriceList: z.string(), Price: wireDecimal });
