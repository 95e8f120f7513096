import { describe, expect, it } from 'vitest';
import { sumAmounts } from './money.js';
import { computeInvoiceTotals, computeLineAmounts, vatBreakdown } from './vat.js';

describe('computeLineAmounts', () => {
  it('should compute net, VAT and gross of a plain line', () => {
    expect(computeLineAmounts({ quantity: '2', unitPrice: '100', vatRate: '25' })).toEqual({
      netAmount: '200.00',
      vatAmount: '50.00',
      grossAmount: '250.00',
    });
  });

  it('should apply the discount before VAT and round the net half away from zero', () => {
    // 3 × 33.3333 = 99.9999; −10 % = 89.99991 → 90.00; VAT 25 % = 22.4975 → 22.50
    expect(computeLineAmounts({ quantity: '3', unitPrice: '33.3333', discountPercent: '10', vatRate: '25' })).toEqual({
      netAmount: '90.00',
      vatAmount: '22.50',
      grossAmount: '112.50',
    });
  });

  it('should round the VAT of a line on its own', () => {
    // net 0.10 × 25 % = 0.025 → 0.03
    expect(computeLineAmounts({ quantity: '1', unitPrice: '0.1', vatRate: '25' }).vatAmount).toBe('0.03');
  });

  it('should give a credit line (negative quantity) the exact negative amounts', () => {
    expect(computeLineAmounts({ quantity: '-1', unitPrice: '0.1', vatRate: '25' })).toEqual({
      netAmount: '-0.10',
      vatAmount: '-0.03',
      grossAmount: '-0.13',
    });
  });

  it('should give a zero-rated line no VAT', () => {
    expect(computeLineAmounts({ quantity: '1.5', unitPrice: '80', vatRate: '0' }).vatAmount).toBe('0.00');
  });
});

describe('computeInvoiceTotals', () => {
  it('should sum rounded line amounts, not round the sum', () => {
    const line = { quantity: '1', unitPrice: '0.1', vatRate: '25' };
    // each line's VAT 0.025 rounds to 0.03; three lines give 0.09, not round(0.075) = 0.08
    expect(computeInvoiceTotals([line, line, line])).toEqual({ netAmount: '0.30', vatAmount: '0.09', grossAmount: '0.39' });
  });

  it('should total an empty invoice as zero', () => {
    expect(computeInvoiceTotals([])).toEqual({ netAmount: '0.00', vatAmount: '0.00', grossAmount: '0.00' });
  });
});

describe('vatBreakdown', () => {
  const lines = [
    { quantity: '1', unitPrice: '100', vatRate: '25' },
    { quantity: '2', unitPrice: '10', vatRate: '12' },
    { quantity: '1', unitPrice: '0.1', vatRate: '25.00' },
    { quantity: '1', unitPrice: '50', vatRate: '0' },
  ];

  it('should group lines by rate, ascending, treating "25" and "25.00" as one rate', () => {
    expect(vatBreakdown(lines)).toEqual([
      { vatRate: '0.00', netAmount: '50.00', vatAmount: '0.00' },
      { vatRate: '12.00', netAmount: '20.00', vatAmount: '2.40' },
      { vatRate: '25.00', netAmount: '100.10', vatAmount: '25.03' },
    ]);
  });

  it('should add up to the invoice totals', () => {
    const rows = vatBreakdown(lines);
    const totals = computeInvoiceTotals(lines);
    expect(sumAmounts(rows.map((row) => row.vatAmount))).toBe(totals.vatAmount);
    expect(sumAmounts(rows.map((row) => row.netAmount))).toBe(totals.netAmount);
  });
});
