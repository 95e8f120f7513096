import { debtorRulesSchema, type LayoutMapping } from '@ledgerbridge/domain';
import type { PayloadError } from '../../ui/user-error';
import { bindErrors, zodErrors, type FormErrors } from './settings-errors';

/** One row on screen; `key` keeps React's identity stable while rows are added and removed. */
export interface LayoutRow {
  readonly key: number;
  readonly sourceLayout: string;
  readonly erpLayoutNumber: string;
}

/** The list as the domain checks it: pairs, at most 200, no layout of ours twice (RB-23). */
const layoutMappingsSchema = debtorRulesSchema.shape.layoutMappings;

/** A row's fields are keyed `N.sourceLayout` / `N.erpLayoutNumber`, N its place in the list sent. */
const rowKey = (path: readonly string[]) =>
  /^\d+$/.test(path[0] ?? '') && (path[1] === 'sourceLayout' || path[1] === 'erpLayoutNumber') ? `${path[0]}.${path[1]}` : undefined;

export function rowsOf(mappings: unknown): LayoutRow[] {
  const list = Array.isArray(mappings) ? (mappings as Partial<LayoutMapping>[]) : [];
  return list.map((m, i) => ({ key: i, sourceLayout: m.sourceLayout ?? '', erpLayoutNumber: m.erpLayoutNumber ?? '' }));
}

/**
 * The whole list, because the API replaces it whole: a row left completely empty is dropped
 * (a fresh "add" not filled in), a half-filled one is sent so the schema names the missing side.
 */
export function compactRows(rows: readonly LayoutRow[]): LayoutRow[] {
  return rows.filter((row) => row.sourceLayout.trim() !== '' || row.erpLayoutNumber.trim() !== '');
}

/** Reads rows already compacted, so error N is the N-th row on screen. */
export function readLayoutMappings(rows: readonly LayoutRow[]): { ok: true; value: LayoutMapping[] } | { ok: false; errors: FormErrors } {
  const sent = rows.map((row) => ({ sourceLayout: row.sourceLayout.trim(), erpLayoutNumber: row.erpLayoutNumber.trim() }));
  const parsed = layoutMappingsSchema.safeParse(sent);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: zodErrors(parsed.error, rowKey) };
}

export function layoutErrorsFromApi(errors: readonly PayloadError[]): FormErrors {
  return bindErrors(errors, ['rules', 'debtor', 'layoutMappings'], rowKey);
}
