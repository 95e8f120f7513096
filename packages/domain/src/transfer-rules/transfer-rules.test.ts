import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation.js';
import { transferRulesSchema } from './transfer-rules.js';

describe('transferRulesSchema', () => {
  it('should bill project costs at cost by default (X-24, SE-VN-59)', () => {
    expect(transferRulesSchema.parse({})).toMatchObject({ projectCostMode: 'COSTS_AND_FEES', projectCostMultiplierPercent: '100' });
    expect(transferRulesSchema.parse({})).not.toHaveProperty('projectCostProductNumber');
  });

  it('should accept a 150 % multiplier and a default cost product (SE-VN-59, SE-FX-48)', () => {
    expect(transferRulesSchema.parse({ projectCostMultiplierPercent: '150', projectCostProductNumber: 'KOST' })).toMatchObject({ projectCostMultiplierPercent: '150', projectCostProductNumber: 'KOST' });
  });

  it('should report bad values with their field', () => {
    const r = parseInput(transferRulesSchema, { projectCostMode: 'ALL', projectNameLimit: 0 });
    expect(r.ok ? [] : r.error.map((e) => e.field.join('.')).sort()).toEqual(['projectCostMode', 'projectNameLimit']);
  });
});
