import type { RemoteRecord } from '../../core/connector.js';
import type { CustomerRecord } from '../../core/records.js';
import type { FortnoxCustomer } from '../schemas.js';
import { optional, present } from './payload.js';

/**
 * A Fortnox customer as a canonical record, keyed by its customer number. A terms code that is
 * not a day count (a custom code) maps to 0 days, to be corrected by the tenant's mapping.
 */
export function fromFortnoxCustomer(customer: FortnoxCustomer): RemoteRecord<CustomerRecord> {
  const terms = customer.TermsOfPayment ?? '';
  const line1 = present(customer.Address1);
  const postalCode = present(customer.ZipCode);
  const city = present(customer.City);
  const line2 = present(customer.Address2);
  const record: CustomerRecord = {
    number: customer.CustomerNumber,
    name: customer.Name,
    ...optional('organizationNumber', present(customer.OrganisationNumber)),
    ...optional('vatNumber', present(customer.VATNumber)),
    ...optional('ean', present(customer.GLN)),
    ...optional('email', present(customer.Email)),
    ...optional('phone', present(customer.Phone1)),
    ...(line1 !== undefined && postalCode !== undefined && city !== undefined
      ? { address: { line1, ...optional('line2', line2), postalCode, city, countryCode: present(customer.CountryCode) ?? 'SE' } }
      : {}),
    paymentTermsDays: /^\d+$/.test(terms) ? Number(terms) : 0,
    currency: present(customer.Currency) ?? 'SEK',
    isActive: customer.Active ?? true,
  };
  return { ref: { externalId: customer.CustomerNumber, externalNumber: customer.CustomerNumber }, record };
}
