import { describe, expect, it } from 'vitest';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { customerInputSchema } from './customer.js';

const address = { line1: 'Strandvejen 10', postalCode: '2900', city: 'Hellerup', countryCode: 'DK' };

describe('customerInputSchema', () => {
  it('should accept a minimal customer and apply the defaults', () => {
    expect(parseValid(customerInputSchema, { name: 'Nordlys ApS' })).toEqual({
      name: 'Nordlys ApS',
      paymentTermsDays: 30,
      isActive: true,
      isProspect: false,
      isInternal: false,
    });
  });

  it('should accept a complete customer and normalise the VAT number to upper case', () => {
    const customer = parseValid(customerInputSchema, {
      number: 'C-1001',
      name: 'Nordlys ApS',
      organizationNumber: '12345678',
      vatNumber: 'dk12345678',
      ean: '5790000000005',
      email: 'bogholderi@nordlys.dk',
      phone: '+45 12 34 56 78',
      billingAddress: address,
      postalAddress: address,
      visitingAddress: { ...address, line2: '2. sal' },
      paymentTermsDays: 14,
      currency: 'EUR',
      isActive: false,
      isProspect: true,
    });
    expect(customer.vatNumber).toBe('DK12345678');
    expect(customer.paymentTermsDays).toBe(14);
  });

  it('should require a name and treat a blank name as missing', () => {
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, {}))).toEqual([['REQUIRED', 'name']]);
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: '  ' }))).toEqual([['REQUIRED', 'name']]);
  });

  it('should reject a name over 255 characters', () => {
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'x'.repeat(256) }))).toEqual([['TOO_LONG', 'name']]);
  });

  it('should reject a customer number with other characters or over 30 characters', () => {
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', number: '10 01' }))).toEqual([['INVALID_FORMAT', 'number']]);
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', number: '1'.repeat(31) }))).toEqual([['TOO_LONG', 'number']]);
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', number: '' }))).toEqual([['REQUIRED', 'number']]);
  });

  it.each(['12345678', 'D12345678', 'DK1', 'DK12345678901234'])('should reject the VAT number %j', (vatNumber) => {
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', vatNumber }))).toEqual([['INVALID_FORMAT', 'vatNumber']]);
  });

  it('should reject an EAN that is not 13 digits as INVALID_FORMAT', () => {
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', ean: '579000000000' }))).toEqual([['INVALID_FORMAT', 'ean']]);
  });

  it('should reject an EAN with a wrong check digit as INVALID_VALUE', () => {
    expect(fieldErrorsOf(customerInputSchema, { name: 'A', ean: '5790000000006' })).toEqual([
      { code: 'INVALID_VALUE', message: 'EAN check digit is wrong', field: ['ean'] },
    ]);
  });

  it('should reject an invalid e-mail and phone', () => {
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', email: 'nordlys.dk', phone: 'call me' }))).toEqual([
      ['INVALID_FORMAT', 'email'],
      ['INVALID_FORMAT', 'phone'],
    ]);
  });

  it('should report address errors under the address field', () => {
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', postalAddress: { ...address, city: undefined } }))).toEqual([
      ['REQUIRED', 'postalAddress.city'],
    ]);
  });

  it('should keep payment terms a whole number of days between 0 and 365', () => {
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', paymentTermsDays: 366 }))).toEqual([['TOO_LARGE', 'paymentTermsDays']]);
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', paymentTermsDays: -1 }))).toEqual([['TOO_SMALL', 'paymentTermsDays']]);
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', paymentTermsDays: 1.5 }))).toEqual([
      ['INVALID_FORMAT', 'paymentTermsDays'],
    ]);
  });

  it('should reject a currency that is not an ISO 4217 code', () => {
    expect(codesAndPaths(fieldErrorsOf(customerInputSchema, { name: 'A', currency: 'kr' }))).toEqual([['INVALID_FORMAT', 'currency']]);
  });
});
