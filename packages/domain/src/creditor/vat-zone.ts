import { z } from 'zod';

/** Where a trading party sits for VAT, seen from the tenant: the three columns of the posting matrix (RB-11). */
export const vatZoneSchema = z.enum(['DOMESTIC', 'EU', 'ABROAD']);

/** `'DOMESTIC'`, `'EU'` or `'ABROAD'`. */
export type VatZone = z.infer<typeof vatZoneSchema>;

/** A country as ISO 3166-1 alpha-2, upper case, e.g. `"DK"`. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Country must be an ISO 3166-1 alpha-2 code of two upper-case letters, e.g. "DK"');

/**
 * The 27 EU member states (ISO 3166-1 alpha-2). Greece appears as `GR`; its VAT prefix `EL` is
 * accepted too, because supplier countries are sometimes taken from VAT numbers.
 */
export const euMemberStates: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'EL', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]);

/** True when `countryCode` is an EU member state. */
export function isEuMember(countryCode: string): boolean {
  return euMemberStates.has(countryCode.toUpperCase());
}

/**
 * The VAT zone of a party in `countryCode` for a tenant established in `homeCountry` (RB-11 leaves
 * this open; ADR 0007): the same country is DOMESTIC, another EU member state is EU, anything
 * else ABROAD — also when the tenant itself is outside the EU (e.g. Norway), where the EU is
 * "abroad" too. A party without a country is DOMESTIC, the same convention the e-conomic
 * connector uses for customers, since a missing country almost always means a local party.
 */
export function vatZoneOf(countryCode: string | null | undefined, homeCountry: string): VatZone {
  const home = homeCountry.toUpperCase();
  const country = countryCode?.trim().toUpperCase();
  if (!country || country === home || (country === 'EL' && home === 'GR') || (country === 'GR' && home === 'EL')) return 'DOMESTIC';
  return isEuMember(country) && isEuMember(home) ? 'EU' : 'ABROAD';
}
