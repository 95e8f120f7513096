import { isEuMember } from './vat-zone.js';

/** The parts of a customer that decide its OSS treatment. */
export interface OssCustomer {
  readonly countryCode?: string | null | undefined;
  readonly vatNumber?: string | null | undefined;
}

/**
 * Whether a customer is sold to under One Stop Shop VAT (RB-21, ADR 0007): OSS is on, the tenant
 * is in the EU, and the customer is a consumer (no VAT number) in another EU member state.
 * Businesses with a VAT number stay under the reverse charge (the EU zone), and customers at home
 * or outside the EU are not affected.
 */
export function isOneStopShopCustomer(customer: OssCustomer, companyCountry: string, isOssEnabled: boolean): boolean {
  if (!isOssEnabled) return false;
  const country = customer.countryCode?.trim().toUpperCase();
  const home = companyCountry.toUpperCase();
  if (!country || country === home || !isEuMember(country) || !isEuMember(home)) return false;
  return !customer.vatNumber?.trim();
}
