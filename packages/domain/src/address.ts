import { z } from 'zod';

/**
 * A postal address. Postal code and city are required because ERPs refuse customers without them
 * (SE-EE-05, SE-EE-29); lengths fit every ERP in the spec's field tables.
 */
export const addressSchema = z.object({
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().min(1).max(200).optional(),
  postalCode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  /** ISO 3166-1 alpha-2, upper case, e.g. `"DK"`. */
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'Country must be an ISO 3166-1 alpha-2 code of two upper-case letters, e.g. "DK"'),
});

export type Address = z.infer<typeof addressSchema>;
