import { describe, expect, it } from 'vitest';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { supplierInputSchema } from './supplier.js';
import { isIbanValid } from './supplier.rules.js';

describe('isIbanValid', () => {
  it.each(['GB82WEST12345698765432', 'DK5000400440116243', 'dk50 0040 0440 1162 43', 'SE4550000000058398257466'])('should accept %j', (iban) => {
    expect(isIbanValid(iban)).toBe(true);
  });

  it.each(['GB82WEST12345698765433', 'DK5000400440116234', 'DK50', '1234567890123456'])('should reject %j', (iban) => {
    expect(isIbanValid(iban)).toBe(false);
  });
});

describe('supplierInputSchema', () => {
  it('should accept a minimal supplier with isActive defaulting to true', () => {
    expect(parseValid(supplierInputSchema, { name: 'Kontorland A/S' })).toEqual({ name: 'Kontorland A/S', isActive: true });
  });

  it('should normalise the IBAN and BIC', () => {
    const supplier = parseValid(supplierInputSchema, {
      name: 'Kontorland A/S',
      bankAccount: { iban: 'dk50 0040 0440 1162 43', bic: 'dabadkkk' },
    });
    expect(supplier.bankAccount).toEqual({ iban: 'DK5000400440116243', bic: 'DABADKKK' });
  });

  it('should require a name', () => {
    expect(codesAndPaths(fieldErrorsOf(supplierInputSchema, { name: '' }))).toEqual([['REQUIRED', 'name']]);
  });

  it('should reject an IBAN with wrong check digits as INVALID_VALUE', () => {
    expect(fieldErrorsOf(supplierInputSchema, { name: 'A', bankAccount: { iban: 'DK5000400440116234' } })).toEqual([
      { code: 'INVALID_VALUE', message: 'IBAN check digits are wrong', field: ['bankAccount', 'iban'] },
    ]);
  });

  it('should reject a malformed IBAN and BIC as INVALID_FORMAT', () => {
    expect(codesAndPaths(fieldErrorsOf(supplierInputSchema, { name: 'A', bankAccount: { iban: 'DK50', bic: 'DABA' } }))).toEqual([
      ['INVALID_FORMAT', 'bankAccount.iban'],
      ['INVALID_FORMAT', 'bankAccount.bic'],
    ]);
  });

  it('should require an IBAN or an account number in a bank account', () => {
    expect(codesAndPaths(fieldErrorsOf(supplierInputSchema, { name: 'A', bankAccount: { bic: 'DABADKKK' } }))).toEqual([
      ['REQUIRED', 'bankAccount'],
    ]);
    expect(parseValid(supplierInputSchema, { name: 'A', bankAccount: { accountNumber: '1234 5678901234' } }).bankAccount).toEqual({
      accountNumber: '1234 5678901234',
    });
  });

  it('should reject invalid VAT number, e-mail and address fields at their paths', () => {
    const errors = fieldErrorsOf(supplierInputSchema, {
      name: 'A',
      vatNumber: '123',
      email: 'x',
      address: { line1: 'Road 1', postalCode: '1000', city: 'Oslo', countryCode: 'NOR' },
    });
    expect(codesAndPaths(errors)).toEqual([
      ['INVALID_FORMAT', 'vatNumber'],
      ['INVALID_FORMAT', 'email'],
      ['INVALID_FORMAT', 'address.countryCode'],
    ]);
  });
});
