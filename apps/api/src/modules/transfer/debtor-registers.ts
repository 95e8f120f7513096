import type { TransferRules } from '@ledgerbridge/domain';
import type { RegisterContext } from './register-context.js';

/** The registers the debtor integration covers: off, none of them runs for the connection (RB-13). */
const DEBTOR_REGISTERS: readonly string[] = ['customers', 'invoices', 'payments'];

export function isRegisterEnabled(rules: TransferRules, register: string): boolean {
  return rules.debtor.isEnabled || !DEBTOR_REGISTERS.includes(register);
}

/**
 * Says once per run why a requested debtor register did nothing, so an empty run is explained
 * in the log instead of looking like "nothing to send".
 */
export async function reportDisabledRegisters(ctx: RegisterContext, requested: readonly string[]): Promise<void> {
  for (const register of DEBTOR_REGISTERS.filter((r) => requested.includes(r) && !isRegisterEnabled(ctx.rules, r))) {
    const reason = 'The debtor integration is off for this connection (RB-13)';
    if (ctx.plan) ctx.plan.push({ register, recordId: null, action: 'SKIP', reason, payload: null, errors: [] });
    else await ctx.log.item({ register, recordId: null, direction: 'PUSH', outcome: 'SKIPPED', message: reason });
  }
}
