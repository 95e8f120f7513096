import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation.js';
import { invoiceInputSchema } from './invoice.js';

const base = {
  customerId: '00000000-0000-4000-8000-000000000001', currency: 'SEK', issueDate: '2026-11-02',
  lines: [{ description: 'Montör', quantity: '1', unitPrice: '100.00', vatRate: '25' }],
};

describe('invoice header fields (SE-FX-56)', () => {
  it('should accept the optional header rows, upper-casing the language and dropping blanks (SE-FX-56 rows 5, 6, 12-15)', () => {
    const parsed = parseInput(invoiceInputSchema, {
      ...base, paymentTerms: '30', ourReference: ' Bo Ek ', freeTextAbove: 'Över', freeTextBelow: '', language: 'en',
      receiverAddress: 'Storgatan 1', receiverPostalCode: '111 22', receiverCity: 'Stockholm', receiverCountry: 'Sverige',
    });
    expect(parsed.ok && parsed.value).toMatchObject({ paymentTerms: '30', ourReference: 'Bo Ek', freeTextAbove: 'Över', language: 'EN', receiverPostalCode: '111 22' });
    expect(parsed.ok && parsed.value.freeTextBelow).toBeUndefined();
  });

  it('should refuse values over the ERPs\' limits with a typed error naming the field (SE-FX-56)', () => {
    const parsed = parseInput(invoiceInputSchema, {
      ...base, ourReference: 'x'.repeat(51), paymentTerms: 'x'.repeat(11), receiverPostalCode: '12345678901', freeTextAbove: 'x'.repeat(1001), language: 'swe',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byField = Object.fromEntries(parsed.error.map((e) => [e.field.join('.'), e.code]));
    expect(byField).toEqual({ ourReference: 'TOO_LONG', paymentTerms: 'TOO_LONG', receiverPostalCode: 'TOO_LONG', freeTextAbove: 'TOO_LONG', language: 'INVALID_FORMAT' });
  });
});
