import { describe, expect, it } from 'vitest';
import { addressSchema } from './address.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from './testing/parse.js';

const valid = { line1: 'Vesterbrogade 1', postalCode: '1620', city: 'København V', countryCode: 'DK' };

describe('addressSchema', () => {
  it('should accept an address without a second line and trim text', () => {
    expect(parseValid(addressSchema, { ...valid, city: ' Aarhus ' })).toEqual({ ...valid, city: 'Aarhus' });
  });

  it('should require line 1, postal code, city and country (SE-EE-05)', () => {
    expect(codesAndPaths(fieldErrorsOf(addressSchema, {}))).toEqual([
      ['REQUIRED', 'line1'],
      ['REQUIRED', 'postalCode'],
      ['REQUIRED', 'city'],
      ['REQUIRED', 'countryCode'],
    ]);
  });

  it('should treat a blank city as missing', () => {
    expect(codesAndPaths(fieldErrorsOf(addressSchema, { ...valid, city: '   ' }))).toEqual([['REQUIRED', 'city']]);
  });

  it('should reject over-long lines and postal codes', () => {
    expect(codesAndPaths(fieldErrorsOf(addressSchema, { ...valid, line2: 'x'.repeat(201), postalCode: '1'.repeat(21) }))).toEqual([
      ['TOO_LONG', 'line2'],
      ['TOO_LONG', 'postalCode'],
    ]);
  });

  it.each(['dk', 'DNK', 'D1'])('should reject the country code %j', (countryCode) => {
    expect(codesAndPaths(fieldErrorsOf(addressSchema, { ...valid, countryCode }))).toEqual([['INVALID_FORMAT', 'countryCode']]);
  });
});
