import type { AddressRecord, CustomerRecord } from '../../core/records.js';
import type { EconomicCustomer } from '../schemas.js';
import { countryCode } from './countries.js';

function present(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function address(customer: EconomicCustomer): AddressRecord | undefined {
  if (present(customer.address) === undefined && present(customer.city) === undefined && present(customer.zip) === undefined) return undefined;
  const [line1 = '', ...rest] = (customer.address ?? '').split(/\r?\n/);
  // A Danish agreement's customers without a country are domestic.
  const code = countryCode(customer.country) ?? 'DK';
  return {
    line1,
    ...(rest.length > 0 ? { line2: rest.join(', ') } : {}),
    postalCode: customer.zip ?? '',
    city: customer.city ?? '',
    countryCode: code,
  };
}

/**
 * An e-conomic customer as the canonical record. `paymentTermsDays` comes from the agreement's
 * payment terms (looked up by number); unknown terms read as 0 days.
 */
export function fromEconomicCustomer(customer: EconomicCustomer, daysOfCredit: (paymentTermsNumber: number) => number | undefined): CustomerRecord {
  const optional = {
    organizationNumber: present(customer.corporateIdentificationNumber),
    vatNumber: present(customer.vatNumber),
    ean: present(customer.ean),
    email: present(customer.email),
    phone: present(customer.telephoneAndFaxNumber) ?? present(customer.mobilePhone),
    address: address(customer),
  };
  return {
    number: String(customer.customerNumber),
    name: customer.name,
    ...(Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) as Partial<CustomerRecord>),
    paymentTermsDays: daysOfCredit(customer.paymentTerms.paymentTermsNumber) ?? 0,
    currency: customer.currency,
    isActive: customer.barred !== true,
  };
}
