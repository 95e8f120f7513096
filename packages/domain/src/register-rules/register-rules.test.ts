import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation.js';
import { mergeRulesPatch, transferRulesFor } from '../transfer-rules/connection-rules.js';
import { transferRulesSchema } from '../transfer-rules/transfer-rules.js';
import { registerRulesFor } from './register-rules.js';

describe('register rules: defaults per connector', () => {
  it('should have no master for customers and products unless the admin picks one (X-06, SE-VN-17, SE-VN-22)', () => {
    for (const connector of ['e-conomic', 'fortnox', 'visma-net']) {
      expect(registerRulesFor(connector, undefined)).toMatchObject({ customerMaster: 'NONE', productMaster: 'NONE' });
    }
  });

  it('should let e-conomic and Visma.net number customers and the source number them for Fortnox (X-08, PV-26, SE-VN-02, SE-VN-25)', () => {
    expect(registerRulesFor('e-conomic', {}).customerNumbering).toBe('ERP');
    expect(registerRulesFor('visma-net', {}).customerNumbering).toBe('ERP');
    expect(registerRulesFor('fortnox', {}).customerNumbering).toBe('SOURCE');
  });

  it('should leave a closed project alone in Fortnox and deactivate it elsewhere (SE-FX-30, SE-VN-29)', () => {
    expect(registerRulesFor('fortnox', {}).closedProjects).toBe('LEAVE');
    expect(registerRulesFor('visma-net', {}).closedProjects).toBe('DEACTIVATE');
  });

  it('should transfer projects, not transfer all customers and not wait for the first invoice by default (SE-FX-31, SE-FX-37, PV-05)', () => {
    expect(registerRulesFor('fortnox', {})).toMatchObject({ transferProjects: true, transferAllCustomers: false, pushNewCustomersAtFirstInvoice: false });
  });

  it('should put what the admin set over the connector default (SE-FX-36, SE-FX-43)', () => {
    expect(registerRulesFor('e-conomic', { customerNumbering: 'SOURCE', productMaster: 'ERP', projectNumberLength: 4 })).toMatchObject({ customerNumbering: 'SOURCE', productMaster: 'ERP', projectNumberLength: 4 });
  });
});

describe('register rules: validation through the transfer rules', () => {
  it('should name each bad register rule by its path (X-06, X-15)', () => {
    const r = parseInput(transferRulesSchema, { registers: { customerMaster: 'BOTH', projectNumberLength: 0, closedProjects: 'CLOSE', customerMastr: 'ERP' } });
    expect(r.ok ? [] : r.error.map((e) => e.field.join('.')).sort()).toEqual(['registers.closedProjects', 'registers.customerMaster', 'registers.customerMastr', 'registers.projectNumberLength']);
  });

  it('should keep the stored rules free of defaults and resolve them per connector for the engine', () => {
    expect(transferRulesSchema.parse({})).not.toHaveProperty('registers');
    expect(transferRulesFor('fortnox', { registers: { transferProjects: false } }).registers).toMatchObject({ transferProjects: false, closedProjects: 'LEAVE' });
  });

  it('should merge a change to one register rule into the others the admin set (SE-FX-39)', () => {
    const stored = { projectNameLimit: 40, registers: { customerMaster: 'ERP', transferAllCustomers: true } };
    expect(mergeRulesPatch(stored, { registers: { transferAllCustomers: false } })).toEqual({ projectNameLimit: 40, registers: { customerMaster: 'ERP', transferAllCustomers: false } });
    expect(mergeRulesPatch(stored, { projectNameLimit: 30 })).toEqual({ projectNameLimit: 30, registers: { customerMaster: 'ERP', transferAllCustomers: true } });
  });

  it('should merge every settings group field by field and replace lists whole (RB-13, RB-25, RB-07, RB-21)', () => {
    const stored = {
      registers: { customerMaster: 'ERP' },
      debtor: { isEnabled: true, useActualQuantity: true },
      inventoryValue: { isEnabled: true, frequency: 'MONTHLY' },
      creditor: { isEnabled: true, journalNumber: '5', postingMatrix: [{ productGroup: 'A', vatZone: 'DOMESTIC', accountNumber: '4000' }] },
      oneStopShopVat: { isEnabled: true, vatZoneNumber: '9' },
    };
    const patch = {
      registers: { productMaster: 'SOURCE' },
      debtor: { useActualQuantity: false },
      inventoryValue: { frequency: 'DAILY' },
      creditor: { postingMatrix: [] },
      oneStopShopVat: { isEnabled: false },
    };
    expect(mergeRulesPatch(stored, patch)).toEqual({
      registers: { customerMaster: 'ERP', productMaster: 'SOURCE' },
      debtor: { isEnabled: true, useActualQuantity: false },
      inventoryValue: { isEnabled: true, frequency: 'DAILY' },
      creditor: { isEnabled: true, journalNumber: '5', postingMatrix: [] },
      oneStopShopVat: { isEnabled: false, vatZoneNumber: '9' },
    });
  });
});
