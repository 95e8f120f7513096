import { registerRulesFor, type RegisterRules } from '../register-rules/register-rules.js';
import type { FieldError } from '../errors.js';
import type { Result } from '../result.js';
import { applyPatch, mergePatch } from './rules-patch.js';
import { transferRulesSchema, type TransferRules } from './transfer-rules.js';

/** A connection's transfer rules as the engine runs them: stored values over the connector's defaults. */
export type ConnectionTransferRules = Omit<TransferRules, 'registers'> & { registers: RegisterRules };

export function transferRulesFor(connectorId: string, stored: unknown): ConnectionTransferRules {
  const parsed = transferRulesSchema.parse(stored ?? {});
  return { ...parsed, registers: registerRulesFor(connectorId, parsed.registers) };
}

/**
 * A rules patch over the stored rules (ADR 0017, ADR 0024): a top-level value replaces, every
 * settings group (`registers`, `debtor`, `inventoryValue`, `creditor`, `oneStopShopVat`) is merged
 * field by field, lists (e.g. a posting matrix) are replaced whole, and `null` clears an optional
 * field. A `null` on a field that always has a value is left in place for the schema to refuse;
 * {@link applyRulesPatch} names it instead.
 */
export function mergeRulesPatch(stored: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  return mergePatch(transferRulesSchema, stored, patch).merged;
}

/** {@link mergeRulesPatch} with `null` on a field that cannot be cleared refused as REQUIRED, by its path under the rules. */
export function applyRulesPatch(stored: Record<string, unknown>, patch: Record<string, unknown>): Result<Record<string, unknown>, FieldError[]> {
  return applyPatch(transferRulesSchema, stored, patch);
}
