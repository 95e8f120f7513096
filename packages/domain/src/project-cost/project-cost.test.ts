import { describe, expect, it } from 'vitest';
import { uuid } from '../testing/ids.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { projectCostInputSchema } from './project-cost.js';
import { billablePrice } from './project-cost.rules.js';

const valid = { projectId: uuid(1), description: '2024-05-02 V-1043 Kontorland A/S', date: '2024-05-02', unitCost: '1200.00' };

describe('projectCostInputSchema', () => {
  it('should default quantity to 1 and make the cost billable (SE-VN-67/4)', () => {
    expect(parseValid(projectCostInputSchema, valid)).toEqual({ ...valid, quantity: '1', isBillable: true });
  });

  it('should require project, description, date and unit cost', () => {
    expect(codesAndPaths(fieldErrorsOf(projectCostInputSchema, {}))).toEqual([
      ['REQUIRED', 'projectId'],
      ['REQUIRED', 'description'],
      ['REQUIRED', 'date'],
      ['REQUIRED', 'unitCost'],
    ]);
  });

  it('should reject malformed ids, dates, money and multiplier at their paths', () => {
    const errors = fieldErrorsOf(projectCostInputSchema, {
      ...valid,
      supplierId: 's1',
      productId: 'p1',
      date: '2024-5-2',
      quantity: 1,
      unitCost: '1.23456',
      markupMultiplierPercent: '-150',
      vatRate: '101',
    });
    expect(codesAndPaths(errors)).toEqual([
      ['INVALID_FORMAT', 'supplierId'],
      ['INVALID_FORMAT', 'productId'],
      ['INVALID_FORMAT', 'date'],
      ['INVALID_FORMAT', 'quantity'],
      ['INVALID_FORMAT', 'unitCost'],
      ['INVALID_FORMAT', 'markupMultiplierPercent'],
      ['TOO_LARGE', 'vatRate'],
    ]);
  });

  it('should reject a description over 500 characters', () => {
    expect(codesAndPaths(fieldErrorsOf(projectCostInputSchema, { ...valid, description: 'x'.repeat(501) }))).toEqual([['TOO_LONG', 'description']]);
  });

  it('should accept a multiplier above 100 %', () => {
    expect(parseValid(projectCostInputSchema, { ...valid, markupMultiplierPercent: '150' }).markupMultiplierPercent).toBe('150');
  });
});

describe('billablePrice', () => {
  it('should price a cost-only line at 0.00 (SE-VN-59)', () => {
    expect(billablePrice({ unitCost: '1200.00', isBillable: false }, '150')).toBe('0.00');
  });

  it('should price a re-billable cost at the cost when the multiplier is 100 % (SE-VN-59)', () => {
    expect(billablePrice({ unitCost: '1200.00', isBillable: true }, '100')).toBe('1200.00');
  });

  it('should price a re-billable cost at cost × 1.5 when the multiplier is 150 % (SE-VN-59)', () => {
    expect(billablePrice({ unitCost: '1200.00', isBillable: true }, '150')).toBe('1800.00');
  });

  it('should round the price half away from zero to 2 decimals', () => {
    // 33.33 × 1.5 = 49.995
    expect(billablePrice({ unitCost: '33.33', isBillable: true }, '150')).toBe('50.00');
    expect(billablePrice({ unitCost: '-33.33', isBillable: true }, '150')).toBe('-50.00');
  });
});
