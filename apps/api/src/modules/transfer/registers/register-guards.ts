import { changedKeyProblem, mayApplyUpdate, numberRulesFor, numberRuleViolations, type FieldError, type MasterSystem, type NumberedRegister, type NumberRuleViolation } from '@ledgerbridge/domain';
import type { ExternalRefEntity } from '../external-ref.entity.js';
import type { RegisterContext } from '../register-context.js';

/** A record not sent on purpose: planned as SKIP, logged with its reason (or silently when `reason` is null). */
export async function noteSkipped(ctx: RegisterContext, register: string, recordId: string, reason: string | null): Promise<void> {
  if (ctx.plan) ctx.plan.push({ register, recordId, action: 'SKIP', reason, payload: null, errors: [] });
  else if (reason) await ctx.log.item({ register, recordId, direction: 'PUSH', outcome: 'SKIPPED', message: reason });
}

/** A record that breaks a rule: a dry run lists the problem, a run fails the item with the rule's code. */
export async function noteFailed(ctx: RegisterContext, register: string, recordId: string, code: string, message: string): Promise<void> {
  if (ctx.plan) ctx.plan.push({ register, recordId, action: 'SKIP', reason: null, payload: null, errors: [message] });
  else await ctx.log.item({ register, recordId, direction: 'PUSH', outcome: 'FAILED', errorCode: code, message });
}

/** Field errors as one line for an item's message ("email: Invalid email; name: Required"). */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; ');
}

/** The connection's number-rule violations for a register, by record id. */
export function violationsById(
  ctx: RegisterContext,
  register: NumberedRegister,
  records: readonly { id: string; number: string | null }[],
): Map<string, NumberRuleViolation> {
  return new Map(numberRuleViolations(register, records, numberRulesFor(ctx.rules.registers, register)).map((v) => [v.id, v]));
}

/**
 * The checks every master-data record passes before it is sent: its number rules, its key
 * unchanged since it was linked (SE-VN-15, PV-25), and, for a linked record, the master allowing
 * our edits to reach the ERP. False when the record is not to be sent; the item is logged.
 */
export async function mayPush(
  ctx: RegisterContext,
  p: {
    register: string;
    numbered: NumberedRegister;
    recordId: string;
    number: string | null;
    ref: ExternalRefEntity | undefined;
    violation: NumberRuleViolation | undefined;
    master: MasterSystem;
    hash: string;
    /** Linked by a register decision that joined different numbers on purpose: no key check. */
    isLinkedByDecision?: boolean;
  },
): Promise<boolean> {
  // nothing would be sent for an unchanged linked record, so there is nothing to check
  if (p.ref && p.ref.contentHash === p.hash) return true;
  if (p.violation) {
    await noteFailed(ctx, p.register, p.recordId, p.violation.rule, p.violation.message);
    return false;
  }
  const changed = p.isLinkedByDecision ? null : changedKeyProblem(p.numbered, p.ref?.externalNumber ?? p.ref?.externalId, p.number);
  if (changed) {
    await noteFailed(ctx, p.register, p.recordId, 'KEY_CHANGED', changed);
    return false;
  }
  if (p.ref && p.ref.contentHash !== p.hash && !mayApplyUpdate(p.master, 'TO_ERP')) {
    await noteSkipped(ctx, p.register, p.recordId, 'Not sent: the ERP is the master for this register, so our edits stay here (X-06)');
    return false;
  }
  return true;
}
