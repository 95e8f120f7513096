import { describe, expect, it } from 'vitest';
import { divRound, formatScaled, toScaled } from './decimal.js';
import { parseLastModified } from './listing.js';
import { invoiceTotals, rowTotal } from './rules.js';
import type { InvoiceRow } from './store.js';

function row(quantity: string, price: string, vat: bigint, discount = 0n): InvoiceRow {
  const input = { quantity: toScaled(quantity, 4)!, price: toScaled(price, 4)!, discount, discountType: 'PERCENT' as const, vat };
  return { rowId: 1, ...input, total: rowTotal(input) };
}

describe('Fortnox sandbox money rules', () => {
  it('should read JSON numbers through their decimal text, never as floats', () => {
    expect(toScaled(0.1 + 0.2, 2)).toBeNull(); // 0.30000000000000004 has too many decimals
    expect(toScaled(650.5, 4)).toBe(6_505_000n);
    expect(toScaled('-12.30', 2)).toBe(-1230n);
    expect(toScaled('1e3', 2)).toBeNull();
    expect(formatScaled(-1230n, 2)).toBe('-12.3');
  });

  it('should round halves away from zero', () => {
    expect(divRound(5n, 10n)).toBe(1n);
    expect(divRound(-5n, 10n)).toBe(-1n);
    expect(divRound(4n, 10n)).toBe(0n);
  });

  it('should compute VAT per rate and round the SEK total to whole kronor', () => {
    const totals = invoiceTotals([row('1', '99.99', 2500n), row('3', '0.333', 600n)], 'SEK', true);
    // 99.99 + 1.00 (0.999 rounded) = 100.99; VAT 25.00 (24.9975) + 0.06 = 25.06; 126.05 → 126
    expect(totals).toEqual({ gross: 10_099n, net: 10_099n, vat: 2_506n, roundOff: -5n, total: 12_600n });
    expect(invoiceTotals([row('1', '99.99', 2500n)], 'EUR', true).roundOff).toBe(0n);
  });

  it('should apply a percent discount before rounding the row', () => {
    expect(row('3', '45', 1200n, 1000n).total).toBe(12_150n);
  });
});

describe('Fortnox sandbox lastmodified', () => {
  it('should read the timestamp as Stockholm time across daylight saving', () => {
    expect(parseLastModified('2024-01-15 12:00')).toBe(Date.parse('2024-01-15T11:00:00Z'));
    expect(parseLastModified('2024-07-15 12:00:30')).toBe(Date.parse('2024-07-15T10:00:30Z'));
    expect(parseLastModified('2024-07-15')).toBe(Date.parse('2024-07-14T22:00:00Z'));
    expect(parseLastModified('15/07/2024')).toBeNull();
  });
});
