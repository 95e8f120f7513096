import { z } from 'zod';

// Field schemas shared by the two trading parties, customers and suppliers. The character
// classes accept the empty string so that an empty value reports only REQUIRED, not twice.

/** A customer or supplier number: letters, digits and "-", 1..30 characters. */
export const partyNumberSchema = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[A-Za-z0-9-]*$/, 'Number may contain only letters, digits and "-"');

/** An EU VAT number: 2-letter country prefix and 2..13 letters or digits, e.g. `"DK12345678"`. */
export const vatNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z]{2}[A-Z0-9]{2,13}$/,
    'VAT number must be a 2-letter country prefix followed by 2 to 13 letters or digits, e.g. "DK12345678"',
  );

/** A company registration number; formats differ per country, so only the length is checked. */
export const organizationNumberSchema = z.string().trim().min(1).max(30);

/** An e-mail address, at most 254 characters (the SMTP limit). */
export const emailSchema = z.email().max(254);

/** A phone number as typed: digits, spaces and `+ ( ) - .`. */
export const phoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[0-9+() .-]*$/, 'Phone may contain only digits, spaces and + ( ) - .');
