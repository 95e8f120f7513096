import { describe, expect, it } from 'vitest';
import { divideRounded, lineNetAmount, parseScaled, toDecimalText, toJsonNumber, vatOf } from './money.js';

describe('e-conomic sandbox money', () => {
  it('should read JSON numbers as exact scaled units', () => {
    expect(parseScaled(0.1, 2)).toEqual({ ok: true, units: 10n });
    expect(parseScaled(-1625, 2)).toEqual({ ok: true, units: -162500n });
    expect(parseScaled(10.12345, 2)).toEqual({ ok: false, reason: 'too-many-decimals' });
    expect(parseScaled(1.5e-7, 2)).toEqual({ ok: false, reason: 'too-many-decimals' });
    expect(parseScaled('abc', 2)).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('should round half away from zero', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
  });

  it('should compute a line net once, without float drift', () => {
    // 0.1 × 0.3 in floats is 0.030000000000000002; in øre it is 0.03.
    expect(lineNetAmount({ quantity: 10n, unitNetPrice: 30n, discountPercentage: 0n })).toBe(3n);
    expect(lineNetAmount({ quantity: 4250n, unitNetPrice: 370n, discountPercentage: 1000n })).toBe(14153n);
    expect(vatOf(534153n, 25n)).toBe(133538n);
  });

  it('should render scaled units as numbers and decimal text', () => {
    expect(toJsonNumber(667691n)).toBe(6676.91);
    expect(toDecimalText(-5n)).toBe('-0.05');
    expect(toJsonNumber(37000n, 4)).toBe(3.7);
  });
});
