import { z } from 'zod';
import { addressSchema } from '../address.js';
import { emailSchema, organizationNumberSchema, partyNumberSchema, vatNumberSchema } from '../party.js';
import { isIbanValid } from './supplier.rules.js';

/** An IBAN; spaces are removed and letters upper-cased before the mod-97 check. */
export const ibanSchema = z
  .string()
  .overwrite((iban) => iban.replace(/\s+/g, '').toUpperCase())
  .regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, 'IBAN must be a country code, 2 check digits and 11 to 30 letters or digits')
  .refine((iban) => !/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban) || isIbanValid(iban), {
    message: 'IBAN check digits are wrong',
    params: { code: 'INVALID_VALUE' },
  });

/** A BIC/SWIFT code: 8 or 11 characters. */
export const bicSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'BIC must be 8 or 11 letters or digits, e.g. "DABADKKK"');

/**
 * Where a supplier is paid. Nordic suppliers often have only a domestic account (bank
 * registration + account, bankgiro), so the IBAN is optional but one of the two is needed.
 */
export const bankAccountSchema = z
  .object({
    iban: ibanSchema.optional(),
    accountNumber: z.string().trim().min(1).max(34).optional(),
    bic: bicSchema.optional(),
  })
  .refine((account) => account.iban !== undefined || account.accountNumber !== undefined, {
    message: 'Give an IBAN or an account number',
    params: { code: 'REQUIRED' },
  });

/** A supplier, whose invoices become project costs (SE-VN-04, SE-VN-58). */
export const supplierInputSchema = z.object({
  number: partyNumberSchema.optional(),
  name: z.string().trim().min(1).max(255),
  organizationNumber: organizationNumberSchema.optional(),
  vatNumber: vatNumberSchema.optional(),
  email: emailSchema.optional(),
  address: addressSchema.optional(),
  bankAccount: bankAccountSchema.optional(),
  /** @default true */
  isActive: z.boolean().default(true),
});

/** A validated supplier, defaults applied. */
export type SupplierInput = z.infer<typeof supplierInputSchema>;
