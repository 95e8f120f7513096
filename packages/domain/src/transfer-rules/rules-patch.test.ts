import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { registerRulesSchema } from '../register-rules/register-rules.js';
import { applyRulesPatch, mergeRulesPatch, transferRulesFor } from './connection-rules.js';
import { debtorRulesSchema } from './debtor-rules.js';
import { applyPatch, clearableKeys, mergePatch, withClearedFields } from './rules-patch.js';
import { transferRulesSchema } from './transfer-rules.js';

const stored = {
  defaultProductNumber: 'P-1',
  projectNameLimit: 40,
  transferSupplierInvoiceImages: true,
  registers: { customerMaster: 'ERP', customerNumberLength: 6, productNumberLength: 8 },
  debtor: { isEnabled: true, emptyLineProductNumber: 'TEXT', layoutMappings: [{ sourceLayout: 'A', erpLayoutNumber: '1' }] },
  inventoryValue: { isEnabled: false, frequency: 'MONTHLY', inventoryAccountNumber: '1400' },
  creditor: { isEnabled: false, journalNumber: '5', fallbackAccount: '4000', postingMatrix: [] },
  oneStopShopVat: { isEnabled: false, vatZoneNumber: '9' },
};

describe('rules patch: absent keeps, a value sets, null clears an optional field (ADR 0024; SE-VN-14, X-16, RB-21, RB-25)', () => {
  it('should keep every field the patch leaves out, at the top and in groups', () => {
    expect(applyRulesPatch(stored, {})).toEqual({ ok: true, value: stored });
    expect(applyRulesPatch(stored, { registers: {} })).toEqual({ ok: true, value: stored });
  });

  it('should set a value at the top level and inside a group without touching its neighbours', () => {
    const result = applyRulesPatch(stored, { defaultProductNumber: 'P-2', registers: { customerNumberLength: 7 } });
    expect(result).toEqual({ ok: true, value: { ...stored, defaultProductNumber: 'P-2', registers: { ...stored.registers, customerNumberLength: 7 } } });
  });

  it('should clear optional top-level fields (X-16, SE-FX-28) and optional fields in every group', () => {
    const result = applyRulesPatch(stored, {
      defaultProductNumber: null,
      projectNameLimit: null,
      registers: { customerNumberLength: null, customerMaster: null },
      debtor: { emptyLineProductNumber: null },
      inventoryValue: { inventoryAccountNumber: null },
      creditor: { fallbackAccount: null },
      oneStopShopVat: { vatZoneNumber: null },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        transferSupplierInvoiceImages: true,
        registers: { productNumberLength: 8 },
        debtor: { isEnabled: true, layoutMappings: stored.debtor.layoutMappings },
        inventoryValue: { isEnabled: false, frequency: 'MONTHLY' },
        creditor: { isEnabled: false, journalNumber: '5', postingMatrix: [] },
        oneStopShopVat: { isEnabled: false },
      },
    });
    // the cleared register rule falls back to the connector's default, the length rule to none
    const rules = transferRulesFor('fortnox', transferRulesSchema.parse(result.ok ? result.value : {}));
    expect(rules.registers.customerMaster).toBe('NONE');
    expect(rules.registers.customerNumberLength).toBeUndefined();
    expect(rules.defaultProductNumber).toBeUndefined();
  });

  it('should clear a whole optional group (RB-21) and treat clearing an unset field as a no-op', () => {
    const result = applyRulesPatch({ registers: { customerMaster: 'ERP' } }, { oneStopShopVat: null, companyVatRate: null, registers: { projectNumberLength: null } });
    expect(result).toEqual({ ok: true, value: { registers: { customerMaster: 'ERP' } } });
  });

  it('should put a defaulted field or group back to its stated default (RB-13, RB-25)', () => {
    const result = applyRulesPatch(stored, { transferSupplierInvoiceImages: null, debtor: { isEnabled: null }, inventoryValue: null });
    expect(result.ok).toBe(true);
    const value = result.ok ? result.value : {};
    expect(value).not.toHaveProperty('transferSupplierInvoiceImages');
    expect(value).not.toHaveProperty('inventoryValue');
    expect(value['debtor']).toEqual({ emptyLineProductNumber: 'TEXT', layoutMappings: stored.debtor.layoutMappings });
    const parsed = transferRulesSchema.parse(value);
    expect(parsed.transferSupplierInvoiceImages).toBe(false);
    expect(parsed.debtor.isEnabled).toBe(true);
    expect(parsed.inventoryValue).toEqual({ isEnabled: false });
  });

  it('should refuse null on a required field, naming each one, and leave the stored value untouched', () => {
    const schema = z.object({ name: z.string(), group: z.object({ code: z.string(), note: z.string().optional() }).optional(), tags: z.array(z.string()) });
    const before = { name: 'a', group: { code: 'c', note: 'n' }, tags: ['x'] };
    const copy = JSON.parse(JSON.stringify(before)) as typeof before;
    const result = applyPatch(schema, before, { name: null, group: { code: null, note: null }, tags: null });
    expect(result).toEqual({ ok: false, error: [
      expect.objectContaining({ code: 'REQUIRED', field: ['name'] }),
      expect.objectContaining({ code: 'REQUIRED', field: ['group', 'code'] }),
      expect.objectContaining({ code: 'REQUIRED', field: ['tags'] }),
    ] });
    expect(before).toEqual(copy);
    // the lenient merge keeps those nulls, so the schema refuses them as well
    expect(schema.safeParse(mergePatch(schema, before, { name: null }).merged).success).toBe(false);
  });

  it('should replace lists whole and let a group patch create a group that was not stored', () => {
    const result = applyRulesPatch({}, { creditor: { postingMatrix: [{ productGroup: 'A', vatZone: 'DOMESTIC', accountNumber: '4000' }], fallbackAccount: null } });
    expect(result).toEqual({ ok: true, value: { creditor: { postingMatrix: [{ productGroup: 'A', vatZone: 'DOMESTIC', accountNumber: '4000' }] } } });
  });

  it('should merge and clear nested groups at any depth the schema describes', () => {
    const schema = z.object({ outer: z.object({ inner: z.object({ a: z.string().optional(), b: z.string() }).optional(), c: z.number().default(1) }).default({ c: 1 }) });
    const before = { outer: { inner: { a: 'x', b: 'y' }, c: 2 } };
    expect(applyPatch(schema, before, { outer: { inner: { a: null } } })).toEqual({ ok: true, value: { outer: { inner: { b: 'y' }, c: 2 } } });
    expect(applyPatch(schema, before, { outer: { inner: null } })).toEqual({ ok: true, value: { outer: { c: 2 } } });
    expect(applyPatch(schema, before, { outer: { inner: { b: null } } })).toEqual({ ok: false, error: [expect.objectContaining({ code: 'REQUIRED', field: ['outer', 'inner', 'b'] })] });
    expect(applyPatch(schema, before, { outer: { c: null } })).toEqual({ ok: true, value: { outer: { inner: { a: 'x', b: 'y' } } } });
  });

  it('should keep a null for an unknown key so the strict register schema refuses it', () => {
    const result = applyRulesPatch(stored, { registers: { notARule: null } });
    expect(result.ok).toBe(true);
    expect(transferRulesSchema.safeParse(result.ok ? result.value : {}).success).toBe(false);
  });
});

describe('what a settings form sends for the optional fields it shows (ADR 0024)', () => {
  it('should list the clearable fields of a group from its domain schema', () => {
    expect(clearableKeys(registerRulesSchema)).toContain('customerNumberLength');
    expect(clearableKeys(registerRulesSchema)).toHaveLength(12);
    expect(clearableKeys(z.object({ a: z.string(), b: z.string().optional(), c: z.number().default(1) }))).toEqual(['b', 'c']);
  });

  it('should send null for an emptied saved value, nothing for an untouched empty one, and the value when entered', () => {
    const shown = ['customerMaster', 'customerNumberLength', 'productNumberLength', 'projectNumberLength'];
    const saved = { customerNumberLength: 6, productNumberLength: 8 };
    expect(withClearedFields(registerRulesSchema, { customerMaster: 'ERP', productNumberLength: 9 }, saved, shown)).toEqual({ customerMaster: 'ERP', customerNumberLength: null, productNumberLength: 9 });
  });

  it('should never clear a field the form does not show or one that is required', () => {
    expect(withClearedFields(debtorRulesSchema, {}, { emptyLineProductNumber: 'X', layoutMappings: [] }, ['emptyLineProductNumber'])).toEqual({ emptyLineProductNumber: null });
    expect(withClearedFields(z.object({ a: z.string() }), {}, { a: 'x' }, ['a'])).toEqual({});
  });
});
