import { describe, expect, it } from 'vitest';
import { uuid } from '../testing/ids.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { paymentInputSchema } from './payment.js';
import { paymentState } from './payment.rules.js';

const valid = { invoiceId: uuid(1), amount: '500.00', paidOn: '2024-06-15' };

describe('paymentInputSchema', () => {
  it('should accept a payment with a reference', () => {
    expect(parseValid(paymentInputSchema, { ...valid, reference: '+71<000000012345678+12345678<' })).toMatchObject(valid);
  });

  it('should require invoice, amount and payment date', () => {
    expect(codesAndPaths(fieldErrorsOf(paymentInputSchema, {}))).toEqual([
      ['REQUIRED', 'invoiceId'],
      ['REQUIRED', 'amount'],
      ['REQUIRED', 'paidOn'],
    ]);
  });

  it.each(['0', '0.00', '-10.00'])('should reject the non-positive amount %j as TOO_SMALL', (amount) => {
    expect(fieldErrorsOf(paymentInputSchema, { ...valid, amount })).toEqual([{ code: 'TOO_SMALL', message: 'Must be more than 0', field: ['amount'] }]);
  });

  it('should reject an amount given as a JS number or with 3 decimals as INVALID_FORMAT only', () => {
    expect(codesAndPaths(fieldErrorsOf(paymentInputSchema, { ...valid, amount: 500 }))).toEqual([['INVALID_FORMAT', 'amount']]);
    expect(codesAndPaths(fieldErrorsOf(paymentInputSchema, { ...valid, amount: '5.005' }))).toEqual([['INVALID_FORMAT', 'amount']]);
  });

  it('should reject a bad date and an over-long reference', () => {
    expect(codesAndPaths(fieldErrorsOf(paymentInputSchema, { ...valid, paidOn: '15/06/2024', reference: 'x'.repeat(61) }))).toEqual([
      ['INVALID_FORMAT', 'paidOn'],
      ['TOO_LONG', 'reference'],
    ]);
  });
});

describe('paymentState', () => {
  it('should be UNPAID without payments', () => {
    expect(paymentState('1250.00', [])).toBe('UNPAID');
  });

  it('should be PARTIALLY_PAID while payments fall short (SE-VN-54)', () => {
    expect(paymentState('1250.00', [{ amount: '500.00' }, { amount: '749.99' }])).toBe('PARTIALLY_PAID');
  });

  it('should be PAID when payments reach the gross total exactly (SE-VN-54)', () => {
    expect(paymentState('0.30', [{ amount: '0.10' }, { amount: '0.20' }])).toBe('PAID');
  });

  it('should count an overpayment as PAID', () => {
    expect(paymentState('1250.00', [{ amount: '1300.00' }])).toBe('PAID');
  });

  it('should treat an invoice with nothing to pay as PAID', () => {
    expect(paymentState('0.00', [])).toBe('PAID');
    expect(paymentState('-125.00', [])).toBe('PAID');
  });
});
