import { describe, expect, it } from 'vitest';
import { uuid } from '../testing/ids.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { invoiceInputSchema, invoiceLineInputSchema } from './invoice.js';

const line = { description: 'Consulting, May', quantity: '7.5', unitPrice: '950', vatRate: '25' };
const valid = { customerId: uuid(1), currency: 'SEK', issueDate: '2024-05-31', lines: [line] };

describe('invoiceLineInputSchema', () => {
  it('should default the discount to "0"', () => {
    expect(parseValid(invoiceLineInputSchema, line)).toEqual({ ...line, discountPercent: '0' });
  });

  it('should require description, quantity, unit price and VAT rate', () => {
    expect(codesAndPaths(fieldErrorsOf(invoiceLineInputSchema, {}))).toEqual([
      ['REQUIRED', 'description'],
      ['REQUIRED', 'quantity'],
      ['REQUIRED', 'unitPrice'],
      ['REQUIRED', 'vatRate'],
    ]);
  });

  it('should reject a description over 500 characters and an over-long product number or unit', () => {
    const errors = fieldErrorsOf(invoiceLineInputSchema, { ...line, description: 'x'.repeat(501), productNumber: 'x'.repeat(41), unit: 'x'.repeat(21) });
    expect(codesAndPaths(errors)).toEqual([
      ['TOO_LONG', 'productNumber'],
      ['TOO_LONG', 'description'],
      ['TOO_LONG', 'unit'],
    ]);
  });

  it('should reject money given as JS numbers and rates out of range', () => {
    const errors = fieldErrorsOf(invoiceLineInputSchema, { ...line, quantity: 7.5, unitPrice: '1.23456', discountPercent: '101', vatRate: '-25' });
    expect(codesAndPaths(errors)).toEqual([
      ['INVALID_FORMAT', 'quantity'],
      ['INVALID_FORMAT', 'unitPrice'],
      ['TOO_LARGE', 'discountPercent'],
      ['INVALID_FORMAT', 'vatRate'],
    ]);
  });

  it('should reject product and project ids that are not UUIDs', () => {
    expect(codesAndPaths(fieldErrorsOf(invoiceLineInputSchema, { ...line, productId: 'p1', projectId: 'p2' }))).toEqual([
      ['INVALID_FORMAT', 'productId'],
      ['INVALID_FORMAT', 'projectId'],
    ]);
  });
});

describe('invoiceInputSchema', () => {
  it('should accept an invoice, defaulting the kind to INVOICE', () => {
    expect(parseValid(invoiceInputSchema, valid).kind).toBe('INVOICE');
  });

  it('should require customer, currency, issue date and lines', () => {
    expect(codesAndPaths(fieldErrorsOf(invoiceInputSchema, {}))).toEqual([
      ['REQUIRED', 'customerId'],
      ['REQUIRED', 'currency'],
      ['REQUIRED', 'issueDate'],
      ['REQUIRED', 'lines'],
    ]);
  });

  it('should require at least 1 and at most 500 lines', () => {
    expect(codesAndPaths(fieldErrorsOf(invoiceInputSchema, { ...valid, lines: [] }))).toEqual([['TOO_SMALL', 'lines']]);
    expect(codesAndPaths(fieldErrorsOf(invoiceInputSchema, { ...valid, lines: Array.from({ length: 501 }, () => line) }))).toEqual([
      ['TOO_LARGE', 'lines'],
    ]);
  });

  it('should report a line error at its index', () => {
    expect(codesAndPaths(fieldErrorsOf(invoiceInputSchema, { ...valid, lines: [line, { ...line, quantity: '1,5' }] }))).toEqual([
      ['INVALID_FORMAT', 'lines.1.quantity'],
    ]);
  });

  it('should reject a due date before the issue date', () => {
    expect(fieldErrorsOf(invoiceInputSchema, { ...valid, dueDate: '2024-05-30' })).toEqual([
      { code: 'INVALID_VALUE', message: 'Due date must not be before the issue date', field: ['dueDate'] },
    ]);
    expect(parseValid(invoiceInputSchema, { ...valid, dueDate: '2024-05-31' }).dueDate).toBe('2024-05-31');
  });

  it('should reject a reference over 60 characters, an unknown kind and an invalid currency', () => {
    expect(codesAndPaths(fieldErrorsOf(invoiceInputSchema, { ...valid, reference: 'x'.repeat(61), kind: 'ORDER', currency: 'sek' }))).toEqual([
      ['INVALID_VALUE', 'kind'],
      ['INVALID_FORMAT', 'currency'],
      ['TOO_LONG', 'reference'],
    ]);
  });

  it('should allow a credited invoice only on a credit note', () => {
    expect(codesAndPaths(fieldErrorsOf(invoiceInputSchema, { ...valid, creditedInvoiceId: uuid(9) }))).toEqual([
      ['INVALID_VALUE', 'creditedInvoiceId'],
    ]);
    const creditNote = { ...valid, kind: 'CREDIT_NOTE', creditedInvoiceId: uuid(9), lines: [{ ...line, quantity: '-7.5' }] };
    expect(parseValid(invoiceInputSchema, creditNote).creditedInvoiceId).toBe(uuid(9));
  });
});
