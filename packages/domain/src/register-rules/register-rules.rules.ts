import { isCustomerEligibleForTransfer, type CustomerEligibilityFlags, type CustomerTransferContext } from '../customer/customer.rules.js';
import { isProjectTransferable } from '../project/project.rules.js';
import type { MasterSystem, RegisterRules } from './register-rules.js';

/**
 * Whether an edit may flow in `direction` under `master`: only from the master, or both
 * ways when there is none. Creates are not asked about: a new record goes to the other side
 * whichever system is master (SE-FX-42).
 */
export function mayApplyUpdate(master: MasterSystem, direction: 'TO_ERP' | 'FROM_ERP'): boolean {
  if (master === 'NONE') return true;
  return direction === 'TO_ERP' ? master === 'SOURCE' : master === 'ERP';
}

/**
 * Which way "transfer all customers" copies (SE-FX-37..40): from the master to the other system,
 * both ways when there is no master.
 */
export function transferAllDirections(rules: Pick<RegisterRules, 'transferAllCustomers' | 'customerMaster'>): { toErp: boolean; fromErp: boolean } {
  return {
    toErp: rules.transferAllCustomers && rules.customerMaster !== 'ERP',
    fromErp: rules.transferAllCustomers && rules.customerMaster !== 'SOURCE',
  };
}

/** A decision to send a record, or the reason it is not sent. */
export type PushDecision = { readonly send: true } | { readonly send: false; readonly reason: string };

/**
 * Whether a source customer is sent to the ERP on this run. Internal customers never are
 * (SE-FX-13, SE-VN-23), nor inactive ones not sent before (SE-FX-12: from either system, so even
 * "transfer all customers" leaves them); "transfer all customers" sends prospects too (SE-FX-37);
 * a customer not yet in the ERP may wait for its first invoice (PV-05); otherwise the eligibility
 * rule decides (SE-FX-14, SE-FX-15).
 */
export function customerPushDecision(
  customer: CustomerEligibilityFlags,
  context: CustomerTransferContext,
  rules: Pick<RegisterRules, 'transferAllCustomers' | 'pushNewCustomersAtFirstInvoice'>,
): PushDecision {
  if (customer.isInternal) return { send: false, reason: 'Not sent: internal customers stay in the source (SE-FX-13, SE-VN-23)' };
  if (!context.previouslyTransferred && !customer.isActive) return { send: false, reason: 'Not sent: inactive customer (SE-FX-12)' };
  if (rules.transferAllCustomers) return { send: true };
  if (!context.previouslyTransferred && rules.pushNewCustomersAtFirstInvoice && !context.hasInvoice) {
    return { send: false, reason: 'Not sent yet: a new customer goes to the ERP at its first invoice (PV-05)' };
  }
  if (isCustomerEligibleForTransfer(customer, context)) return { send: true };
  return { send: false, reason: 'Not sent: a prospect without an active project or invoice (SE-FX-14)' };
}

/** The project facts the project rules read. */
export interface ProjectPushFlags {
  readonly isInternal: boolean;
  readonly isActive: boolean;
}

/**
 * Whether a source project is sent: never when projects are not transferred (SE-FX-31) or
 * it is internal (SE-VN-30); a closed project already in the ERP is left alone there where the
 * connector says so (SE-FX-30) and otherwise deactivated (SE-VN-29).
 */
export function projectPushDecision(project: ProjectPushFlags, isLinked: boolean, rules: Pick<RegisterRules, 'transferProjects' | 'closedProjects'>): PushDecision {
  if (!rules.transferProjects) return { send: false, reason: 'Not sent: this connection does not transfer projects (SE-FX-31)' };
  if (!isProjectTransferable(project)) return { send: false, reason: 'Internal projects are not sent (SE-VN-30)' };
  if (!project.isActive && isLinked && rules.closedProjects === 'LEAVE') {
    return { send: false, reason: 'Closed in the source; the ERP project is left as it is (SE-FX-30)' };
  }
  return { send: true };
}

/**
 * Why an ERP customer is not imported into the source, or null when it may be: its number must
 * be numeric (SE-EE-30, SE-FX-19) and it must be active (SE-FX-12, SE-VN-24).
 */
export function erpCustomerImportProblem(customer: { readonly number?: string | undefined; readonly isActive: boolean }): string | null {
  if (customer.number === undefined || !/^\d+$/.test(customer.number)) {
    return `Not imported: ERP customer number "${customer.number ?? ''}" is not numeric, which the source requires (SE-EE-30, SE-FX-19)`;
  }
  if (!customer.isActive) return 'Not imported: inactive ERP customer (SE-FX-12, SE-VN-24)';
  return null;
}

/** A number type whose rules {@link numberRuleViolations} checks. */
export type NumberedRegister = 'customer' | 'product' | 'project';

/**
 * The number rules a connection sets for a register: the length of its ERP number series, if set
 * (SE-VN-14), and whether a number is required — not for customers the ERP numbers.
 */
export function numberRulesFor(rules: Pick<RegisterRules, 'customerNumbering' | 'customerNumberLength' | 'productNumberLength' | 'projectNumberLength'>, register: NumberedRegister): { length: number | undefined; isRequired: boolean } {
  if (register === 'customer') return { length: rules.customerNumberLength, isRequired: rules.customerNumbering === 'SOURCE' };
  return { length: register === 'product' ? rules.productNumberLength : rules.projectNumberLength, isRequired: true };
}

/** One broken number rule: the record, the rule's code and a message naming the rule. */
export interface NumberRuleViolation {
  readonly id: string;
  readonly number: string | null;
  readonly rule: 'NUMBER_REQUIRED' | 'NUMBER_NOT_UNIQUE' | 'NUMBER_LENGTH';
  readonly message: string;
}

/**
 * The number rules checked before sending: a key is non-empty (SE-FX-26, SE-VN-20), unique
 * in its register (SE-EE-07, SE-VN-20; case and surrounding blanks do not make numbers different
 * in the ERPs), and of the configured length where one is set (SE-VN-14, SE-VN-31). Records with
 * `number: null` are only checked when `isRequired` (a customer may wait for the ERP's number).
 */
export function numberRuleViolations(
  register: NumberedRegister,
  records: readonly { readonly id: string; readonly number: string | null }[],
  options: { readonly length?: number | undefined; readonly isRequired: boolean },
): NumberRuleViolation[] {
  const violations: NumberRuleViolation[] = [];
  const seen = new Map<string, number>();
  for (const r of records) {
    const key = r.number?.trim().toUpperCase();
    if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const r of records) {
    const number = r.number?.trim() ?? '';
    if (number === '') {
      if (options.isRequired || r.number !== null) violations.push({ id: r.id, number: r.number, rule: 'NUMBER_REQUIRED', message: `Number rule: a ${register} number must not be empty (SE-FX-26, SE-VN-20)` });
      continue;
    }
    if ((seen.get(number.toUpperCase()) ?? 0) > 1) {
      violations.push({ id: r.id, number: r.number, rule: 'NUMBER_NOT_UNIQUE', message: `Number rule: ${register} number "${number}" is used by more than one ${register} (SE-EE-07, SE-VN-20)` });
      continue;
    }
    if (options.length !== undefined && number.length !== options.length) {
      violations.push({ id: r.id, number: r.number, rule: 'NUMBER_LENGTH', message: `Number rule: ${register} numbers must be ${options.length} characters long as in the ERP's number series, "${number}" has ${number.length} (SE-VN-14)` });
    }
  }
  return violations;
}

/**
 * Why a linked record may not be sent because its key changed on our side since it was linked,
 * or null. Sending it would create a duplicate under the new key, and e-conomic customer numbers
 * can never change (SE-VN-15, PV-25).
 */
export function changedKeyProblem(register: NumberedRegister, linkedNumber: string | null | undefined, currentNumber: string | null): string | null {
  if (!linkedNumber || currentNumber === null || currentNumber === linkedNumber) return null;
  return `The ${register} number changed from "${linkedNumber}" to "${currentNumber}" after it was linked to the ERP; numbers are the link keys and must not change (SE-VN-15, PV-25). Change it back to "${linkedNumber}".`;
}
