import { fieldError, type FieldError } from '../errors.js';
import { parseInput } from '../validation.js';
import { mappingTableSchema, targetField, type MappingRegister, type MappingRow } from './field-mapping.js';
import { effectiveMappingTable, type EffectiveMappingRow } from './field-mapping.rules.js';

/** Unsaved edits of a table, shaped like an update: rows that replace their target's row, and targets reset to the default. */
export interface MappingDraft {
  readonly rows: readonly unknown[];
  readonly resetTargets: readonly string[];
}

export interface DraftTable {
  /** The table as it would be after saving the valid part of the draft, minus the targets of invalid rows. */
  readonly rows: EffectiveMappingRow[];
  /** Problems of draft rows, `field` = [rowIndex, property…] exactly as the register's schema reports them on save. */
  readonly rowErrors: FieldError[];
  /** Problems of reset targets, `field` = ['resetTargets', index]. */
  readonly resetErrors: FieldError[];
  /** Targets of invalid rows that no valid row replaces: they are left out rather than previewed from stale rows. */
  readonly withheldTargets: string[];
}

function targetOf(row: unknown): string | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  const target = (row as Record<string, unknown>)['target'];
  return typeof target === 'string' ? target.trim() : undefined;
}

/**
 * What the table would be if the draft were saved, for a preview before saving. Rows are
 * judged by the same schema as a save, but one bad row does not sink the others: each valid row
 * takes effect and each invalid one is reported by index and left out, so an admin sees the rest
 * of the record while fixing it. Saved overrides come first, as a save merges over them.
 */
export function draftMappingTable(register: MappingRegister, p: { defaults: readonly MappingRow[]; saved: readonly MappingRow[]; draft: MappingDraft }): DraftTable {
  const schema = mappingTableSchema(register);
  const whole = parseInput(schema, p.draft.rows);
  const rowErrors = whole.ok ? [] : whole.error;
  // an issue without a row index (a table over the size limit) concerns every row
  const isWholeTableBad = rowErrors.some((e) => e.field[0] === undefined || !/^\d+$/.test(e.field[0]));
  const badIndexes = new Set(rowErrors.map((e) => Number(e.field[0])));
  const valid: MappingRow[] = whole.ok ? whole.value : [];
  const withheld = new Set<string>();
  if (!whole.ok) {
    p.draft.rows.forEach((row, i) => {
      const single = isWholeTableBad || badIndexes.has(i) ? undefined : schema.safeParse([row]);
      if (single?.success) valid.push(...single.data);
      else {
        const target = targetOf(row);
        if (target !== undefined) withheld.add(target);
      }
    });
  }
  const resetErrors: FieldError[] = [];
  const resets = new Set<string>();
  p.draft.resetTargets.forEach((t, i) => {
    if (targetField(register, t)) resets.add(t);
    else resetErrors.push(fieldError('INVALID_VALUE', `"${t}" is not a field of ${register}`, ['resetTargets', String(i)]));
  });
  const replaced = new Set([...valid.map((r) => r.target), ...resets]);
  for (const target of replaced) withheld.delete(target);
  const overrides = [...p.saved.filter((r) => !replaced.has(r.target) && !withheld.has(r.target)), ...valid];
  const rows = effectiveMappingTable(p.defaults, overrides).filter((r) => !withheld.has(r.target));
  return { rows, rowErrors, resetErrors, withheldTargets: [...withheld] };
}
