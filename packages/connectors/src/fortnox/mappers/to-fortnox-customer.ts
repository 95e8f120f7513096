import type { CustomerRecord } from '../../core/records.js';
import { compact, type FortnoxPayload } from './payload.js';

/**
 * A canonical customer as a Fortnox `Customer` (§2.5). Payment terms travel as the terms code,
 * which in Fortnox is the number of days ("30"); the code must exist in /3/termsofpayments.
 */
export function toFortnoxCustomer(customer: CustomerRecord): FortnoxPayload {
  const address = customer.address;
  return compact({
    CustomerNumber: customer.number,
    Name: customer.name,
    OrganisationNumber: customer.organizationNumber,
    VATNumber: customer.vatNumber,
    GLN: customer.ean,
    Email: customer.email,
    Phone1: customer.phone,
    Address1: address?.line1,
    Address2: address?.line2,
    ZipCode: address?.postalCode,
    City: address?.city,
    CountryCode: address?.countryCode,
    TermsOfPayment: String(customer.paymentTermsDays),
    Currency: customer.currency,
    Active: customer.isActive,
  });
}
