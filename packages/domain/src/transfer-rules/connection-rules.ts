import { registerRulesFor, type RegisterRules } from '../register-rules/register-rules.js';
import { transferRulesSchema, type TransferRules } from './transfer-rules.js';

/** A connection's transfer rules as the engine runs them: stored values over the connector's defaults. */
export type ConnectionTransferRules = Omit<TransferRules, 'registers'> & { registers: RegisterRules };

export function transferRulesFor(connectorId: string, stored: unknown): ConnectionTransferRules {
  const parsed = transferRulesSchema.parse(stored ?? {});
  return { ...parsed, registers: registerRulesFor(connectorId, parsed.registers) };
}

/**
 * A change to stored rules: top-level fields replace, `registers` is merged field by field, so
 * an admin changing one register rule keeps the others as they were set.
 */
export function patchTransferRules(stored: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...stored, ...patch };
  const before = stored['registers'];
  const change = patch['registers'];
  if (isPlainObject(before) && isPlainObject(change)) merged['registers'] = { ...before, ...change };
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
