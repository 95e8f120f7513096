import { describe, expect, it } from 'vitest';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { productInputSchema } from './product.js';

describe('productInputSchema', () => {
  it('should accept a minimal product with unit "pcs" and active by default', () => {
    expect(parseValid(productInputSchema, { number: 'CONSULT', name: 'Consulting', salesPrice: '950.00' })).toEqual({
      number: 'CONSULT',
      name: 'Consulting',
      unit: 'pcs',
      salesPrice: '950.00',
      isActive: true,
    });
  });

  it('should require a number, because it is the link key (SE-VN-20, SE-FX-26)', () => {
    expect(codesAndPaths(fieldErrorsOf(productInputSchema, { name: 'Consulting', salesPrice: '1' }))).toEqual([['REQUIRED', 'number']]);
    expect(codesAndPaths(fieldErrorsOf(productInputSchema, { number: ' ', name: 'Consulting', salesPrice: '1' }))).toEqual([
      ['REQUIRED', 'number'],
    ]);
  });

  it('should reject over-long number, name, unit and group', () => {
    const errors = fieldErrorsOf(productInputSchema, {
      number: 'x'.repeat(41),
      name: 'x'.repeat(256),
      unit: 'x'.repeat(21),
      productGroup: 'x'.repeat(101),
      salesPrice: '1',
    });
    expect(codesAndPaths(errors)).toEqual([
      ['TOO_LONG', 'number'],
      ['TOO_LONG', 'name'],
      ['TOO_LONG', 'unit'],
      ['TOO_LONG', 'productGroup'],
    ]);
  });

  it('should require a sales price as a decimal string', () => {
    expect(codesAndPaths(fieldErrorsOf(productInputSchema, { number: 'P', name: 'P' }))).toEqual([['REQUIRED', 'salesPrice']]);
    expect(codesAndPaths(fieldErrorsOf(productInputSchema, { number: 'P', name: 'P', salesPrice: 9.5 }))).toEqual([
      ['INVALID_FORMAT', 'salesPrice'],
    ]);
  });

  it('should reject a cost price with more than 4 decimals and a VAT rate above 100', () => {
    const errors = fieldErrorsOf(productInputSchema, { number: 'P', name: 'P', salesPrice: '1', costPrice: '0.12345', vatRate: '125' });
    expect(codesAndPaths(errors)).toEqual([
      ['INVALID_FORMAT', 'costPrice'],
      ['TOO_LARGE', 'vatRate'],
    ]);
  });
});
