import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../../core/records.js';
import customerJson from '../__fixtures__/customer.json' with { type: 'json' };
import termsJson from '../__fixtures__/payment-terms.json' with { type: 'json' };
import { customerSchema, paymentTermsSchema } from '../schemas.js';
import { fromEconomicCustomer } from './from-economic-customer.js';
import { customerDiffers, mergeCustomer, paymentTermsFor, toEconomicCustomer, vatZoneFor } from './to-economic-customer.js';

const customer = customerSchema.parse(customerJson);
const terms = termsJson.collection.map((t) => paymentTermsSchema.parse(t));
const zones = { domestic: 1, eu: 2, abroad: 3 };

const record: CustomerRecord = {
  number: '102',
  name: 'Vestergaard Ejendomme A/S',
  organizationNumber: '28765432',
  email: 'faktura@vestergaard-ejendomme.dk',
  address: { line1: 'Vestergade 4', postalCode: '1456', city: 'København K', countryCode: 'DK' },
  paymentTermsDays: 14,
  currency: 'DKK',
  isActive: true,
};

describe('e-conomic customer mappers', () => {
  it('should read a recorded customer as the canonical record', () => {
    const days = new Map(terms.map((t) => [t.paymentTermsNumber, t.daysOfCredit]));
    expect(fromEconomicCustomer(customer, (n) => days.get(n))).toEqual({
      number: '102',
      name: 'Vestergaard Ejendomme A/S',
      organizationNumber: '28765432',
      email: 'faktura@vestergaard-ejendomme.dk',
      address: { line1: 'Vestergade 4', postalCode: '1456', city: 'København K', countryCode: 'DK' },
      paymentTermsDays: 30,
      currency: 'DKK',
      isActive: true,
    });
  });

  it('should write the fields the record owns, with references as numbers', () => {
    const doc = toEconomicCustomer({ ...record, phone: '70 20 30 40', isActive: false }, { customerGroupNumber: 1, paymentTermsNumber: 2, vatZoneNumber: 1 });
    expect(doc).toEqual({
      customerNumber: 102,
      name: 'Vestergaard Ejendomme A/S',
      currency: 'DKK',
      customerGroup: { customerGroupNumber: 1 },
      paymentTerms: { paymentTermsNumber: 2 },
      vatZone: { vatZoneNumber: 1 },
      address: 'Vestergade 4',
      zip: '1456',
      city: 'København K',
      country: 'Danmark',
      email: 'faktura@vestergaard-ejendomme.dk',
      telephoneAndFaxNumber: '70 20 30 40',
      corporateIdentificationNumber: '28765432',
      barred: true,
    });
  });

  it('should pick the VAT zone from the country: domestic, EU or abroad', () => {
    expect(vatZoneFor({}, zones)).toBe(1);
    expect(vatZoneFor(record, zones)).toBe(1);
    expect(vatZoneFor({ address: { ...record.address!, countryCode: 'de' } }, zones)).toBe(2);
    expect(vatZoneFor({ address: { ...record.address!, countryCode: 'NO' } }, zones)).toBe(3);
  });

  it('should find net terms by days of credit and fall back otherwise', () => {
    expect(paymentTermsFor(14, terms, 1)).toBe(2);
    expect(paymentTermsFor(45, terms, 1)).toBe(1);
  });

  it('should merge for PUT: keep unknown fields and the group, clear barred when active again', () => {
    const barred = customerSchema.parse({ ...customerJson, barred: true, customerGroup: { customerGroupNumber: 3 } });
    const mapped = toEconomicCustomer(record, { customerGroupNumber: 1, paymentTermsNumber: 2, vatZoneNumber: 1 });
    const merged = mergeCustomer(barred, mapped);
    expect(merged).not.toHaveProperty('barred');
    expect(merged.customerGroup).toEqual({ customerGroupNumber: 3 });
    expect(merged.self).toBe('https://restapi.e-conomic.com/customers/102');
    expect(merged.paymentTerms).toEqual({ paymentTermsNumber: 2 });
  });

  it('should see no change when e-conomic already holds the record', () => {
    const same = toEconomicCustomer(record, { customerGroupNumber: 9, paymentTermsNumber: 4, vatZoneNumber: 1 });
    expect(customerDiffers(customer, same)).toBe(false);
    expect(customerDiffers(customer, { ...same, name: 'Andet navn A/S' })).toBe(true);
  });
});
