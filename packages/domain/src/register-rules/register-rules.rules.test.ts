import { describe, expect, it } from 'vitest';
import { changedKeyProblem, customerPushDecision, transferAllDirections, erpCustomerImportProblem, mayApplyUpdate, numberRulesFor, numberRuleViolations, projectPushDecision } from './register-rules.rules.js';

const customer = { isActive: true, isProspect: false, isInternal: false };
const fresh = { hasActiveProject: false, hasInvoice: false, previouslyTransferred: false };
const rules = { transferAllCustomers: false, pushNewCustomersAtFirstInvoice: false };

describe('master system (X-06)', () => {
  it('should apply updates only from the master, and from both sides without one (SE-EE-13, SE-FX-43, SE-VN-22)', () => {
    expect([mayApplyUpdate('SOURCE', 'TO_ERP'), mayApplyUpdate('SOURCE', 'FROM_ERP')]).toEqual([true, false]);
    expect([mayApplyUpdate('ERP', 'TO_ERP'), mayApplyUpdate('ERP', 'FROM_ERP')]).toEqual([false, true]);
    expect([mayApplyUpdate('NONE', 'TO_ERP'), mayApplyUpdate('NONE', 'FROM_ERP')]).toEqual([true, true]);
  });
});

describe('transfer all customers (X-11)', () => {
  it('should copy from the master to the other system, both ways without a master, and nothing when off (SE-FX-37, SE-FX-40)', () => {
    expect(transferAllDirections({ transferAllCustomers: true, customerMaster: 'SOURCE' })).toEqual({ toErp: true, fromErp: false });
    expect(transferAllDirections({ transferAllCustomers: true, customerMaster: 'ERP' })).toEqual({ toErp: false, fromErp: true });
    expect(transferAllDirections({ transferAllCustomers: true, customerMaster: 'NONE' })).toEqual({ toErp: true, fromErp: true });
    expect(transferAllDirections({ transferAllCustomers: false, customerMaster: 'NONE' })).toEqual({ toErp: false, fromErp: false });
  });
});

describe('customer eligibility (X-12)', () => {
  it('should never send an internal customer, not even when transferring all (SE-FX-13, SE-VN-23, SE-FX-37)', () => {
    expect(customerPushDecision({ ...customer, isInternal: true }, fresh, { ...rules, transferAllCustomers: true })).toEqual({ send: false, reason: expect.stringContaining('SE-FX-13') });
  });

  it('should not send an inactive customer, nor a prospect until it has a project or invoice (SE-FX-12, SE-FX-14)', () => {
    expect(customerPushDecision({ ...customer, isActive: false }, fresh, rules)).toEqual({ send: false, reason: expect.stringContaining('SE-FX-12') });
    expect(customerPushDecision({ ...customer, isProspect: true }, fresh, rules)).toEqual({ send: false, reason: expect.stringContaining('SE-FX-14') });
    expect(customerPushDecision({ ...customer, isProspect: true }, { ...fresh, hasActiveProject: true }, rules)).toEqual({ send: true });
  });

  it('should keep sending a customer once sent, even when it stops qualifying (SE-FX-15)', () => {
    expect(customerPushDecision({ ...customer, isProspect: true, isActive: false }, { ...fresh, previouslyTransferred: true }, rules)).toEqual({ send: true });
  });

  it('should send prospects too while "transfer all customers" is on, but still no inactive customer (SE-FX-37, SE-FX-40, SE-FX-12)', () => {
    const all = { ...rules, transferAllCustomers: true, pushNewCustomersAtFirstInvoice: true };
    expect(customerPushDecision({ ...customer, isProspect: true }, fresh, all)).toEqual({ send: true });
    expect(customerPushDecision({ ...customer, isActive: false }, fresh, all)).toEqual({ send: false, reason: expect.stringContaining('SE-FX-12') });
  });

  it('should hold a new customer back until its first invoice when asked to, but not one already in the ERP (PV-05, PV-23)', () => {
    const wait = { ...rules, pushNewCustomersAtFirstInvoice: true };
    expect(customerPushDecision(customer, fresh, wait)).toEqual({ send: false, reason: expect.stringContaining('PV-05') });
    expect(customerPushDecision(customer, { ...fresh, hasInvoice: true }, wait)).toEqual({ send: true });
    expect(customerPushDecision(customer, { ...fresh, previouslyTransferred: true }, wait)).toEqual({ send: true });
  });

  it('should not import ERP customers with non-numeric numbers or inactive ones (SE-EE-30, SE-FX-19, SE-VN-24)', () => {
    expect(erpCustomerImportProblem({ number: 'AB12', isActive: true })).toMatch(/not numeric.*SE-FX-19/);
    expect(erpCustomerImportProblem({ isActive: true })).toMatch(/not numeric/);
    expect(erpCustomerImportProblem({ number: '1201', isActive: false })).toMatch(/inactive/);
    expect(erpCustomerImportProblem({ number: '1201', isActive: true })).toBeNull();
  });
});

describe('projects (X-07)', () => {
  const project = { isInternal: false, isActive: true };
  const on = { transferProjects: true, closedProjects: 'DEACTIVATE' as const };

  it('should send no project when projects are not transferred, and never an internal one (SE-FX-31, SE-VN-30)', () => {
    expect(projectPushDecision(project, false, { ...on, transferProjects: false })).toEqual({ send: false, reason: expect.stringContaining('SE-FX-31') });
    expect(projectPushDecision({ ...project, isInternal: true }, false, on)).toEqual({ send: false, reason: expect.stringContaining('SE-VN-30') });
  });

  it('should leave a closed linked project alone with LEAVE and send the deactivation with DEACTIVATE (SE-FX-30, SE-VN-29)', () => {
    const closed = { ...project, isActive: false };
    expect(projectPushDecision(closed, true, { ...on, closedProjects: 'LEAVE' })).toEqual({ send: false, reason: expect.stringContaining('SE-FX-30') });
    expect(projectPushDecision(closed, true, on)).toEqual({ send: true });
  });
});

describe('number rules (X-15)', () => {
  it('should refuse empty keys, naming the rule (SE-FX-26, SE-VN-20)', () => {
    const v = numberRuleViolations('product', [{ id: 'a', number: '  ' }, { id: 'b', number: 'P-1' }], { isRequired: true });
    expect(v).toEqual([expect.objectContaining({ id: 'a', rule: 'NUMBER_REQUIRED', message: expect.stringContaining('SE-FX-26') })]);
  });

  it('should take each register\'s length from the connection and require customer numbers only where the source numbers them (X-08, SE-VN-14)', () => {
    const rules = { customerNumbering: 'ERP' as const, customerNumberLength: 5, productNumberLength: undefined, projectNumberLength: 4 };
    expect(numberRulesFor(rules, 'customer')).toEqual({ length: 5, isRequired: false });
    expect(numberRulesFor({ ...rules, customerNumbering: 'SOURCE' }, 'customer')).toEqual({ length: 5, isRequired: true });
    expect(numberRulesFor(rules, 'product')).toEqual({ length: undefined, isRequired: true });
    expect(numberRulesFor(rules, 'project')).toEqual({ length: 4, isRequired: true });
  });

  it('should let a customer wait for the ERP number but not a product (X-08)', () => {
    expect(numberRuleViolations('customer', [{ id: 'a', number: null }], { isRequired: false })).toEqual([]);
    expect(numberRuleViolations('product', [{ id: 'a', number: null }], { isRequired: true })).toHaveLength(1);
  });

  it('should refuse keys used twice, whatever their case (SE-EE-07, SE-VN-20)', () => {
    const v = numberRuleViolations('product', [{ id: 'a', number: 'tid-1' }, { id: 'b', number: 'TID-1' }, { id: 'c', number: 'TID-2' }], { isRequired: true });
    expect(v.map((x) => [x.id, x.rule])).toEqual([['a', 'NUMBER_NOT_UNIQUE'], ['b', 'NUMBER_NOT_UNIQUE']]);
  });

  it('should refuse numbers whose length differs from the configured one (SE-VN-14, SE-VN-31)', () => {
    const v = numberRuleViolations('project', [{ id: 'a', number: '1234' }, { id: 'b', number: '123' }, { id: 'c', number: '12345' }], { length: 4, isRequired: true });
    expect(v.map((x) => x.id)).toEqual(['b', 'c']);
    expect(v[0]?.message).toMatch(/must be 4 characters.*SE-VN-14/);
  });

  it('should report a key changed after linking instead of letting it create a duplicate (SE-VN-15, PV-25)', () => {
    expect(changedKeyProblem('customer', '1001', '1002')).toMatch(/changed from "1001" to "1002".*SE-VN-15, PV-25/);
    expect(changedKeyProblem('customer', '1001', '1001')).toBeNull();
    expect(changedKeyProblem('customer', null, '1001')).toBeNull();
  });
});
