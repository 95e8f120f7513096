import { describe, expect, it } from 'vitest';
import { projectCostVatRate } from './project-cost-vat.rules.js';
import { transferRulesSchema } from '../transfer-rules/transfer-rules.js';

describe('projectCostVatRate', () => {
  it('should take the VAT rate from the cost\'s product (SE-FX-49)', () => {
    expect(projectCostVatRate({ product: '12', companyDefault: '25' })).toBe('12.00');
  });

  it('should fall back to the company default when the product has none (SE-EE-50)', () => {
    expect(projectCostVatRate({ product: null, companyDefault: '25' })).toBe('25.00');
    expect(projectCostVatRate({ companyDefault: '6.5' })).toBe('6.50');
  });

  it('should keep a 0 % product rate rather than fall through to the default (SE-FX-49)', () => {
    expect(projectCostVatRate({ product: '0', companyDefault: '25' })).toBe('0.00');
  });

  it('should prefer an explicitly given rate over the product\'s', () => {
    expect(projectCostVatRate({ explicit: '6', product: '25', companyDefault: '12' })).toBe('6.00');
  });

  it('should leave the rate unknown (null) when neither product nor company has one', () => {
    expect(projectCostVatRate({ product: null })).toBeNull();
  });
});

describe('transfer rules: companyVatRate (SE-EE-50)', () => {
  it('should be unset by default and accept a percentage string', () => {
    expect(transferRulesSchema.parse({}).companyVatRate).toBeUndefined();
    expect(transferRulesSchema.parse({ companyVatRate: '25' }).companyVatRate).toBe('25');
  });

  it('should reject a number, a rate above 100 and a malformed string, naming the field', () => {
    for (const bad of [25, '101', '25%']) {
      const parsed = transferRulesSchema.safeParse({ companyVatRate: bad });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['companyVatRate']);
    }
  });
});
