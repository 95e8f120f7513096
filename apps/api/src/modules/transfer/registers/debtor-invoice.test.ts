import type { InvoiceDraftRecord } from '@ledgerbridge/connectors';
import { debtorRulesSchema } from '@ledgerbridge/domain';
import { describe, expect, it } from 'vitest';
import { applyDebtorRules } from './debtor-invoice.js';
import { withDebtorCostPrice } from './debtor-product.js';

const record: InvoiceDraftRecord = {
  reference: 'inv-1', customerNumber: '101', currency: 'DKK', issueDate: '2026-11-02',
  lines: [
    { description: 'Kabel', quantity: '1.375', unitPrice: '100.0000', discountPercent: '10.00', vatRate: '25', netAmount: '123.75' },
    { description: 'Time', quantity: '2.0000', unitPrice: '450.0000', discountPercent: '0.00', vatRate: '25', netAmount: '900.00' },
  ],
  netAmount: '1023.75', vatAmount: '255.94', grossAmount: '1279.69',
};

describe('applyDebtorRules (RB-14, RB-15, RB-23, RB-24)', () => {
  it('should refuse the invoice, naming the line, when an actual quantity has 3 decimals (RB-15)', () => {
    const r = applyDebtorRules(record, { layout: null }, debtorRulesSchema.parse({}));
    expect(r).toEqual({ record: null, code: 'QUANTITY_DECIMALS', problems: [expect.stringMatching(/^Line 1: quantity 1\.375/)] });
  });

  it('should send each line as 1 × its net amount without the discount again, keeping the totals (RB-14)', () => {
    const r = applyDebtorRules(record, { layout: null }, debtorRulesSchema.parse({ useActualQuantity: false }));
    expect(r.record?.lines.map((l) => [l.quantity, l.unitPrice, l.discountPercent, l.netAmount])).toEqual([['1', '123.75', '0', '123.75'], ['1', '900.00', '0', '900.00']]);
    expect(r.record?.grossAmount).toBe('1279.69');
  });

  it('should carry the mapped ERP layout, and refuse a layout the mapping lacks (RB-23, RB-24)', () => {
    const rules = debtorRulesSchema.parse({ useActualQuantity: false, layoutMappings: [{ sourceLayout: 'logo', erpLayoutNumber: '21' }] });
    expect(applyDebtorRules(record, { layout: 'logo' }, rules).record?.layoutNumber).toBe('21');
    expect(applyDebtorRules(record, { layout: null }, rules).record).not.toHaveProperty('layoutNumber');
    expect(applyDebtorRules(record, { layout: 'old' }, rules)).toMatchObject({ record: null, code: 'LAYOUT_NOT_MAPPED' });
  });
});

describe('withDebtorCostPrice (RB-22)', () => {
  const product = { number: 'P', name: 'P', unit: 'pcs', salesPrice: '10', costPrice: '6.00', isActive: true };
  it('should send our cost price with the setting on, the suggested purchase price with it off, and none when unknown', () => {
    expect(withDebtorCostPrice(product, { costPrice: '6.00', suggestedPurchasePrice: '5.50' }, { useActualCostPrice: true }).costPrice).toBe('6.00');
    expect(withDebtorCostPrice(product, { costPrice: '6.00', suggestedPurchasePrice: '5.50' }, { useActualCostPrice: false }).costPrice).toBe('5.50');
    expect(withDebtorCostPrice(product, { costPrice: '6.00', suggestedPurchasePrice: null }, { useActualCostPrice: false })).not.toHaveProperty('costPrice');
  });
});
