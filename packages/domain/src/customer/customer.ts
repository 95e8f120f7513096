import { z } from 'zod';
import { invoiceCreationModeSchema, invoiceDeliverySchema, invoicingTimeSchema } from '../invoicing/invoicing.js';
import { addressSchema } from '../address.js';
import { currencySchema } from '../money.js';
import { emailSchema, organizationNumberSchema, partyNumberSchema, phoneSchema, vatNumberSchema } from '../party.js';
import { isEanValid } from './customer.rules.js';

/** An EAN/GLN location number: 13 digits with a valid GS1 check digit (PV-14). */
export const eanSchema = z
  .string()
  .regex(/^\d{13}$/, 'EAN must be exactly 13 digits')
  .refine((ean) => !/^\d{13}$/.test(ean) || isEanValid(ean), {
    message: 'EAN check digit is wrong',
    params: { code: 'INVALID_VALUE' },
  });

/**
 * A customer as the source system or the admin submits it. The three addresses mirror the ERPs'
 * billing, postal and visiting addresses (SE-FX-54/13..15).
 */
export const customerInputSchema = z.object({
  /** Optional because the ERP may own customer numbers and assign one later (SE-VN-25). */
  number: partyNumberSchema.optional(),
  name: z.string().trim().min(1).max(255),
  organizationNumber: organizationNumberSchema.optional(),
  vatNumber: vatNumberSchema.optional(),
  ean: eanSchema.optional(),
  email: emailSchema.optional(),
  phone: phoneSchema.optional(),
  billingAddress: addressSchema.optional(),
  postalAddress: addressSchema.optional(),
  visitingAddress: addressSchema.optional(),
  /** @default 30 */
  paymentTermsDays: z.number().int().min(0).max(365).default(30),
  currency: currencySchema.optional(),
  /** @default true */
  isActive: z.boolean().default(true),
  /** A prospect is not sent to the ERP until it qualifies (SE-FX-14). @default false */
  isProspect: z.boolean().default(false),
  /** The tenant's own internal customer, never sent to the ERP (SE-FX-13, SE-VN-23). @default false */
  isInternal: z.boolean().default(false),
  /** This customer's own invoicing settings; absent = the tenant's (PV-07, PV-15). */
  invoiceCreationMode: invoiceCreationModeSchema.optional(),
  invoicingTime: invoicingTimeSchema.optional(),
  invoiceDelivery: invoiceDeliverySchema.optional(),
  /** The invoice layout chosen for this customer, one of the connection's layout mapping (RB-24). */
  layout: z.string().trim().min(1).max(50).optional(),
});

/** A validated customer, defaults applied. */
export type CustomerInput = z.infer<typeof customerInputSchema>;
