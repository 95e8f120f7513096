import { describe, expect, it } from 'vitest';
import {
  absAmount,
  addAmounts,
  amountSchema,
  compareAmounts,
  currencySchema,
  differsByMoreThan,
  isZeroAmount,
  multiplyAmount,
  negateAmount,
  percentOfAmount,
  percentSchema,
  positiveAmountSchema,
  quantitySchema,
  roundAmount,
  subtractAmount,
  sumAmounts,
  unitPriceSchema,
} from './money.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from './testing/parse.js';

describe('amountSchema', () => {
  it.each(['0', '1234.50', '-10', '0.1', '999999999999999.99', '-999999999999999.99'])('should accept %s', (value) => {
    expect(parseValid(amountSchema, value)).toBe(value);
  });

  it.each(['1.005', '1e3', 'NaN', 'Infinity', '', ' 1', '1.', '.5', '+1', '1,50', '1000000000000000', '0x10'])(
    'should reject %j as INVALID_FORMAT',
    (value) => {
      expect(codesAndPaths(fieldErrorsOf(amountSchema, value))).toEqual([['INVALID_FORMAT', '']]);
    },
  );

  it('should reject a JS number, because floats cannot hold cents exactly', () => {
    expect(codesAndPaths(fieldErrorsOf(amountSchema, 12.5))).toEqual([['INVALID_FORMAT', '']]);
  });

  it('should reject a missing amount as REQUIRED', () => {
    expect(codesAndPaths(fieldErrorsOf(amountSchema, undefined))).toEqual([['REQUIRED', '']]);
  });
});

describe('positiveAmountSchema', () => {
  it('should accept an amount above zero', () => {
    expect(parseValid(positiveAmountSchema, '0.01')).toBe('0.01');
  });

  it.each(['0', '-0.01'])('should reject %j as TOO_SMALL', (value) => {
    expect(fieldErrorsOf(positiveAmountSchema, value)).toEqual([{ code: 'TOO_SMALL', message: 'Must be more than 0', field: [] }]);
  });

  it('should report a malformed amount once, as INVALID_FORMAT', () => {
    expect(codesAndPaths(fieldErrorsOf(positiveAmountSchema, 'abc'))).toEqual([['INVALID_FORMAT', '']]);
  });
});

describe('unitPriceSchema and quantitySchema', () => {
  it('should accept 4 decimals and negatives', () => {
    expect(parseValid(unitPriceSchema, '12.3456')).toBe('12.3456');
    expect(parseValid(quantitySchema, '-1.5')).toBe('-1.5');
  });

  it('should reject a fifth decimal', () => {
    expect(codesAndPaths(fieldErrorsOf(unitPriceSchema, '1.23456'))).toEqual([['INVALID_FORMAT', '']]);
    expect(codesAndPaths(fieldErrorsOf(quantitySchema, '1.23456'))).toEqual([['INVALID_FORMAT', '']]);
  });
});

describe('percentSchema', () => {
  it.each(['0', '25', '12.5', '100', '100.00'])('should accept %s', (value) => {
    expect(parseValid(percentSchema, value)).toBe(value);
  });

  it('should reject a rate above 100 as TOO_LARGE', () => {
    expect(fieldErrorsOf(percentSchema, '100.01')).toEqual([{ code: 'TOO_LARGE', message: 'Must be at most 100', field: [] }]);
  });

  it.each(['-5', '25.555', 'abc', '1000'])('should reject %j as INVALID_FORMAT only', (value) => {
    expect(codesAndPaths(fieldErrorsOf(percentSchema, value))).toEqual([['INVALID_FORMAT', '']]);
  });
});

describe('currencySchema', () => {
  it('should accept an ISO 4217 code', () => {
    expect(parseValid(currencySchema, 'DKK')).toBe('DKK');
  });

  it.each(['dkk', 'DK', 'DKKK', 'D1K'])('should reject %j', (value) => {
    expect(codesAndPaths(fieldErrorsOf(currencySchema, value))).toEqual([['INVALID_FORMAT', '']]);
  });
});

describe('money arithmetic', () => {
  it('should add 0.1 and 0.2 to exactly 0.30', () => {
    expect(addAmounts('0.1', '0.2')).toBe('0.30');
  });

  it('should keep the largest amounts exact', () => {
    expect(addAmounts('999999999999999.99', '0.01')).toBe('1000000000000000.00');
    expect(subtractAmount('999999999999999.99', '999999999999999.98')).toBe('0.01');
    expect(multiplyAmount('999999999999999.99', '9999.9999')).toBe('9999999899999999900.000001');
  });

  it('should sum a list and treat the empty sum as zero', () => {
    expect(sumAmounts(['1.10', '2.20', '-0.30'])).toBe('3.00');
    expect(sumAmounts([])).toBe('0.00');
  });

  it('should multiply without rounding so callers round once', () => {
    expect(multiplyAmount('3', '33.3333')).toBe('99.9999');
    expect(multiplyAmount('2', '3')).toBe('6.00');
  });

  it('should take a percentage exactly', () => {
    expect(percentOfAmount('99.99', '25')).toBe('24.9975');
  });

  it.each([
    ['2.675', '2.68'],
    ['1.005', '1.01'],
    ['-2.675', '-2.68'],
    ['2.674', '2.67'],
    ['-0.004', '0.00'],
    ['5', '5.00'],
  ])('should round %s half away from zero to %s', (value, expected) => {
    expect(roundAmount(value)).toBe(expected);
  });

  it('should round to the given number of decimals with exactly that many digits', () => {
    expect(roundAmount('1.23456', 4)).toBe('1.2346');
    expect(roundAmount('2.5', 0)).toBe('3');
    expect(roundAmount('1', 3)).toBe('1.000');
  });

  it('should compare numerically, not as text', () => {
    expect(compareAmounts('10.00', '9.99')).toBe(1);
    expect(compareAmounts('-1', '0')).toBe(-1);
    expect(compareAmounts('1.0', '1.00')).toBe(0);
  });

  it('should recognise every spelling of zero', () => {
    expect(isZeroAmount('0')).toBe(true);
    expect(isZeroAmount('-0.00')).toBe(true);
    expect(isZeroAmount('0.01')).toBe(false);
  });

  it('should negate and take the absolute value', () => {
    expect(negateAmount('12.5')).toBe('-12.50');
    expect(negateAmount('0')).toBe('0.00');
    expect(absAmount('-3.25')).toBe('3.25');
  });

  it('should flag only differences above the tolerance (SE-VN-36, SE-VN-38)', () => {
    expect(differsByMoreThan('100.00', '100.05', '0.05')).toBe(false);
    expect(differsByMoreThan('100.00', '100.06', '0.05')).toBe(true);
    expect(differsByMoreThan('100.06', '100.00', '0.05')).toBe(true);
  });

  it.each(['NaN', '1e3', 'Infinity', '0x10', '', '1.'])('should throw on the unvalidated value %j, because that is a bug', (value) => {
    expect(() => addAmounts('1', value)).toThrow(RangeError);
  });
});
