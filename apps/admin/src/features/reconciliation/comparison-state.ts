import type { PayloadError } from '../../ui/user-error';

export type RegisterActionValue = 'LINK' | 'CREATE' | 'IGNORE';

export interface ComparedSide {
  readonly id: string;
  readonly number?: string | null;
  readonly name: string;
  readonly isActive: boolean;
}

export interface ComparisonRowData {
  readonly ours?: ComparedSide | null;
  readonly theirs?: ComparedSide | null;
  readonly isLinked: boolean;
  readonly score: number;
  readonly basis?: string | null;
  readonly predictedAction: RegisterActionValue;
  readonly oursDecision?: RegisterActionValue | null;
  readonly theirsDecision?: RegisterActionValue | null;
}

export interface DecisionInput {
  readonly action: RegisterActionValue;
  readonly recordId?: string;
  readonly externalId?: string;
}

/** A row's identity across refetches: the pair of record ids it shows. */
export function rowKey(row: Pick<ComparisonRowData, 'ours' | 'theirs'>): string {
  return `${row.ours?.id ?? ''}|${row.theirs?.id ?? ''}`;
}

/** A ratio shown as a whole percentage; never money, so plain number formatting is fine. */
export function scoreLabel(score: number): string {
  return `${Math.round(score * 100)} %`;
}

/** What the integration will do with the row now: a remembered decision wins over the prediction. */
export function effectiveAction(row: ComparisonRowData): { action: RegisterActionValue; remembered: boolean } {
  if (row.isLinked) return { action: 'LINK', remembered: true };
  const remembered = row.oursDecision ?? row.theirsDecision ?? null;
  return remembered === null ? { action: row.predictedAction, remembered: false } : { action: remembered, remembered: true };
}

export interface DecisionBatch {
  /** What is sent to decideRegisterRecords, in order. */
  readonly decisions: readonly DecisionInput[];
  /** The row key of each decision, by index, to place the API's ["decisions", i, …] errors. */
  readonly rowOfDecision: readonly string[];
  /** Rows refused before sending, with the reason shown next to them. */
  readonly refused: ReadonlyMap<string, string>;
}

/**
 * Turns the selected rows and one action into decisions. LINK pairs our record with the ERP's
 * and so needs both; CREATE and IGNORE are decided per record, so a row showing two records
 * yields one decision for each (the API keeps them per side, ADR 0009).
 */
export function buildDecisions(rows: readonly ComparisonRowData[], selected: ReadonlySet<string>, action: RegisterActionValue): DecisionBatch {
  const decisions: DecisionInput[] = [];
  const rowOfDecision: string[] = [];
  const refused = new Map<string, string>();
  for (const row of rows) {
    const key = rowKey(row);
    if (!selected.has(key)) continue;
    if (row.isLinked) {
      refused.set(key, 'Already linked; nothing to decide.');
      continue;
    }
    const push = (decision: DecisionInput) => {
      decisions.push(decision);
      rowOfDecision.push(key);
    };
    if (action === 'LINK') {
      if (!row.ours || !row.theirs) refused.set(key, 'Linking needs a record on both sides.');
      else push({ action, recordId: row.ours.id, externalId: row.theirs.id });
      continue;
    }
    if (row.ours) push({ action, recordId: row.ours.id });
    if (row.theirs) push({ action, externalId: row.theirs.id });
  }
  return { decisions, rowOfDecision, refused };
}

/**
 * Places the API's errors: those naming ["decisions", i, …] go next to the row of decision i,
 * the others (connection, register, ERP unreachable) above the table.
 */
export function placeDecisionErrors(
  errors: readonly PayloadError[],
  rowOfDecision: readonly string[],
): { readonly byRow: ReadonlyMap<string, readonly string[]>; readonly general: readonly string[] } {
  const byRow = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const [head, index] = error.field ?? [];
    const key = head === 'decisions' && index !== undefined ? rowOfDecision[Number(index)] : undefined;
    if (key === undefined) general.push(error.message);
    else byRow.set(key, [...(byRow.get(key) ?? []), error.message]);
  }
  return { byRow, general };
}

/** Select-all toggles the rows of the page shown; others stay as they were. */
export function toggleAll(selected: ReadonlySet<string>, pageKeys: readonly string[]): Set<string> {
  const next = new Set(selected);
  const allSelected = pageKeys.length > 0 && pageKeys.every((key) => next.has(key));
  for (const key of pageKeys) {
    if (allSelected) next.delete(key);
    else next.add(key);
  }
  return next;
}
