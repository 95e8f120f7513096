import { registerRulesFor, type RegisterRules } from '../register-rules/register-rules.js';
import { transferRulesSchema, type TransferRules } from './transfer-rules.js';

/** A connection's transfer rules as the engine runs them: stored values over the connector's defaults. */
export type ConnectionTransferRules = Omit<TransferRules, 'registers'> & { registers: RegisterRules };

export function transferRulesFor(connectorId: string, stored: unknown): ConnectionTransferRules {
  const parsed = transferRulesSchema.parse(stored ?? {});
  return { ...parsed, registers: registerRulesFor(connectorId, parsed.registers) };
}

/**
 * A rules patch over the stored rules, one level deep: a top-level value replaces, and every
 * settings group (`registers`, `debtor`, `inventoryValue`, `creditor`, `oneStopShopVat`) is merged
 * field by field, so `{ debtor: { markSentWhenBooked: true } }` changes that one setting and keeps
 * the group's others. Lists (e.g. a posting matrix) are replaced whole.
 */
export function mergeRulesPatch(stored: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(patch)) {
    const before = merged[key];
    merged[key] = isPlainObject(value) && isPlainObject(before) ? { ...before, ...value } : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
