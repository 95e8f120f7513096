import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation.js';
import { debtorRuleWarnings, debtorRulesSchema } from './debtor-rules.js';
import { transferRulesSchema } from './transfer-rules.js';

describe('debtor rules (RB-13..RB-24)', () => {
  it('should default to what the engine did before the settings existed (RB-13, RB-14, RB-16, RB-22)', () => {
    expect(transferRulesSchema.parse({}).debtor).toEqual({
      isEnabled: true, useActualQuantity: true, neverBookEanInvoices: false, markSentWhenBooked: false, useActualCostPrice: true, layoutMappings: [],
    });
    expect(transferRulesSchema.parse({}).inventoryValue).toEqual({ isEnabled: false });
  });

  it('should refuse a layout mapped twice and a non-numeric ERP layout, naming the field (RB-23)', () => {
    const r = parseInput(transferRulesSchema, { debtor: { layoutMappings: [{ sourceLayout: 'std', erpLayoutNumber: '19' }, { sourceLayout: 'std', erpLayoutNumber: 'x' }] } });
    expect(r.ok ? [] : r.error.map((e) => `${e.code} ${e.field.join('.')}`).sort()).toEqual(['CONFLICT debtor.layoutMappings.1.sourceLayout', 'INVALID_FORMAT debtor.layoutMappings.1.erpLayoutNumber']);
  });

  it('should warn that "never book EAN" has no effect without "book when booked" (RB-18)', () => {
    expect(debtorRuleWarnings(debtorRulesSchema.parse({ neverBookEanInvoices: true }))).toEqual([expect.objectContaining({ code: 'NO_EFFECT', field: ['debtor', 'neverBookEanInvoices'] })]);
    expect(debtorRuleWarnings(debtorRulesSchema.parse({ neverBookEanInvoices: true, bookWhenBookedInSource: false }))).toHaveLength(1);
    expect(debtorRuleWarnings(debtorRulesSchema.parse({ neverBookEanInvoices: true, bookWhenBookedInSource: true }))).toEqual([]);
    expect(debtorRuleWarnings(debtorRulesSchema.parse({}))).toEqual([]);
  });
});

describe('inventory value rules (RB-25..RB-29)', () => {
  it('should require frequency, journal and both accounts once enabled (RB-25)', () => {
    const r = parseInput(transferRulesSchema, { inventoryValue: { isEnabled: true } });
    expect(r.ok ? [] : r.error.map((e) => `${e.code} ${e.field.join('.')}`).sort()).toEqual([
      'REQUIRED inventoryValue.frequency', 'REQUIRED inventoryValue.inventoryAccountNumber', 'REQUIRED inventoryValue.journalNumber', 'REQUIRED inventoryValue.offsetAccountNumber',
    ]);
  });

  it('should accept a complete setting and refuse an unknown frequency (RB-26)', () => {
    const full = { isEnabled: true, frequency: 'WEEKLY', journalNumber: '4', inventoryAccountNumber: '5610', offsetAccountNumber: '1310' };
    expect(transferRulesSchema.parse({ inventoryValue: full }).inventoryValue).toEqual(full);
    const r = parseInput(transferRulesSchema, { inventoryValue: { ...full, frequency: 'HOURLY' } });
    expect(r.ok ? [] : r.error.map((e) => e.field.join('.'))).toEqual(['inventoryValue.frequency']);
  });

  it('should refuse the same account on both sides (RB-28, RB-29)', () => {
    const r = parseInput(transferRulesSchema, { inventoryValue: { isEnabled: true, frequency: 'DAILY', journalNumber: '4', inventoryAccountNumber: '5610', offsetAccountNumber: '5610' } });
    expect(r.ok ? [] : r.error.map((e) => `${e.code} ${e.field.join('.')}`)).toEqual(['INVALID_VALUE inventoryValue.offsetAccountNumber']);
  });
});
