import { mappingTableSchema, type MappingRegister, type MappingRowInput } from '@ledgerbridge/domain';
import type { PayloadError } from '../../ui/user-error';

export const graphqlRegisters = ['CUSTOMERS', 'PRODUCTS', 'PROJECTS', 'INVOICES', 'INVOICE_LINES', 'PROJECT_COSTS'] as const;
export type GraphqlRegister = (typeof graphqlRegisters)[number];

export const domainRegister: Record<GraphqlRegister, MappingRegister> = {
  CUSTOMERS: 'customers',
  PRODUCTS: 'products',
  PROJECTS: 'projects',
  INVOICES: 'invoices',
  INVOICE_LINES: 'invoiceLines',
  PROJECT_COSTS: 'projectCosts',
};

export const sourceKinds = ['FIELD', 'FIXED', 'TEMPLATE'] as const;
export type SourceKind = (typeof sourceKinds)[number];
export const transforms = ['TRUNCATE', 'UPPER', 'FIRST_LINE', 'FOLD_ADDRESS_LINES', 'SPLIT_NAME_FIRST', 'SPLIT_NAME_REST', 'PRICE_INCL_VAT'] as const;
export type Transform = (typeof transforms)[number];
export type Mode = 'ALWAYS' | 'CREATE_ONLY';
export type Direction = 'TO_ERP' | 'FROM_ERP';

/** A row as the API lists it. */
export interface MappingRowData {
  readonly target: string;
  readonly sourceKind: SourceKind;
  readonly source: string;
  readonly transform?: Transform | null;
  readonly transformLength?: number | null;
  readonly vatRateField?: string | null;
  readonly default?: string | null;
  readonly isRequired: boolean;
  readonly mode: Mode;
  readonly direction: Direction;
  readonly origin: 'DEFAULT' | 'OVERRIDDEN';
}

/** A row while it is edited: every input as the text the admin typed. */
export interface RowDraft {
  readonly target: string;
  readonly sourceKind: SourceKind;
  readonly source: string;
  readonly transform: Transform | '';
  readonly transformLength: string;
  readonly vatRateField: string;
  readonly default: string;
  readonly isRequired: boolean;
  readonly mode: Mode;
  readonly direction: Direction;
}

/** The editable fields, named as the GraphQL input names them (errors come back with these names). */
export type DraftField = 'target' | 'sourceKind' | 'source' | 'transform' | 'transformLength' | 'vatRateField' | 'default' | 'isRequired' | 'mode' | 'direction';
export type RowErrors = Partial<Record<DraftField | 'row', string>>;

export function draftFromRow(row: MappingRowData): RowDraft {
  return {
    target: row.target,
    sourceKind: row.sourceKind,
    source: row.source,
    transform: row.transform ?? '',
    transformLength: row.transformLength === null || row.transformLength === undefined ? '' : String(row.transformLength),
    vatRateField: row.vatRateField ?? '',
    default: row.default ?? '',
    isRequired: row.isRequired,
    mode: row.mode,
    direction: row.direction,
  };
}

export function sameDraft(a: RowDraft, b: RowDraft): boolean {
  return (Object.keys(a) as (keyof RowDraft)[]).every((key) => a[key] === b[key]);
}

/** The draft as the domain's row, so the domain's schema can judge it exactly as the API will. */
export function toDomainRow(draft: RowDraft): MappingRowInput {
  const source =
    draft.sourceKind === 'FIELD'
      ? { kind: 'FIELD' as const, path: draft.source }
      : draft.sourceKind === 'FIXED'
        ? { kind: 'FIXED' as const, value: draft.source }
        : { kind: 'TEMPLATE' as const, template: draft.source };
  const transform =
    draft.transform === ''
      ? undefined
      : draft.transform === 'TRUNCATE'
        ? { kind: 'TRUNCATE' as const, length: draft.transformLength.trim() === '' ? Number.NaN : Number(draft.transformLength) }
        : draft.transform === 'PRICE_INCL_VAT'
          ? { kind: 'PRICE_INCL_VAT' as const, vatRateField: draft.vatRateField }
          : { kind: draft.transform };
  return {
    target: draft.target,
    source,
    ...(transform === undefined ? {} : { transform }),
    ...(draft.default === '' ? {} : { default: draft.default }),
    required: draft.isRequired,
    mode: draft.mode,
    direction: draft.direction,
  };
}

/** The draft as updateFieldMapping's row input. */
export function toRowInput(draft: RowDraft) {
  return {
    target: draft.target,
    sourceKind: draft.sourceKind,
    source: draft.source,
    transform: draft.transform === '' ? null : draft.transform,
    transformLength: draft.transform === 'TRUNCATE' && draft.transformLength.trim() !== '' ? Number(draft.transformLength) : null,
    vatRateField: draft.transform === 'PRICE_INCL_VAT' && draft.vatRateField !== '' ? draft.vatRateField : null,
    default: draft.default === '' ? null : draft.default,
    isRequired: draft.isRequired,
    mode: draft.mode,
    direction: draft.direction,
  };
}

/** A domain issue path ([row, property, sub]) under the input's field name, as the API names it. */
function fieldOf(path: readonly PropertyKey[]): DraftField | 'row' {
  const [, prop, sub] = path;
  if (prop === 'required') return 'isRequired';
  if (prop === 'transform' && sub === 'length') return 'transformLength';
  if (prop === 'transform' && sub === 'vatRateField') return 'vatRateField';
  if (prop === 'source') return 'source';
  if (prop === 'target' || prop === 'transform' || prop === 'default' || prop === 'mode' || prop === 'direction') return prop;
  return 'row';
}

function addError(errors: Map<string, RowErrors>, target: string, field: DraftField | 'row', message: string): void {
  const current = errors.get(target) ?? {};
  const existing = current[field];
  errors.set(target, { ...current, [field]: existing === undefined ? message : `${existing} ${message}` });
}

/**
 * Checks the whole table with the register's schema from @ledgerbridge/domain (ADR 0012), so a
 * mistake shows next to its field while typing. Errors are keyed by the row's target.
 */
export function validateDrafts(register: GraphqlRegister, drafts: readonly RowDraft[]): Map<string, RowErrors> {
  const errors = new Map<string, RowErrors>();
  const parsed = mappingTableSchema(domainRegister[register]).safeParse(drafts.map(toDomainRow));
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const index = issue.path[0];
    const draft = typeof index === 'number' ? drafts[index] : undefined;
    if (draft === undefined) continue;
    addError(errors, draft.target, fieldOf(issue.path), issue.message);
  }
  return errors;
}

export interface SaveRequest {
  readonly rows: ReturnType<typeof toRowInput>[];
  readonly resetTargets: string[];
  /** The target of each sent row, by index, to place the API's ["rows", i, …] errors. */
  readonly sentTargets: readonly string[];
}

/** Only what changed is sent: edited or added rows, and the overrides to drop. */
export function saveRequest(drafts: readonly RowDraft[], loaded: ReadonlyMap<string, RowDraft>, resets: ReadonlySet<string>): SaveRequest {
  const changed = drafts.filter((draft) => !resets.has(draft.target)).filter((draft) => {
    const before = loaded.get(draft.target);
    return before === undefined || !sameDraft(before, draft);
  });
  return { rows: changed.map(toRowInput), resetTargets: [...resets], sentTargets: changed.map((draft) => draft.target) };
}

/** The API's errors next to their rows: ["rows", i, field] by sent row, ["resetTargets", i] by reset target. */
export function placeSaveErrors(
  errors: readonly PayloadError[],
  request: Pick<SaveRequest, 'sentTargets' | 'resetTargets'>,
): { readonly byRow: Map<string, RowErrors>; readonly general: readonly string[] } {
  const byRow = new Map<string, RowErrors>();
  const general: string[] = [];
  for (const error of errors) {
    const [head, index, field] = error.field ?? [];
    const target =
      head === 'rows' && index !== undefined ? request.sentTargets[Number(index)] : head === 'resetTargets' && index !== undefined ? request.resetTargets[Number(index)] : undefined;
    if (target === undefined) general.push(error.message);
    else addError(byRow, target, isDraftField(field) ? field : 'row', error.message);
  }
  return { byRow, general };
}

const draftFields: readonly string[] = ['target', 'sourceKind', 'source', 'transform', 'transformLength', 'vatRateField', 'default', 'isRequired', 'mode', 'direction'];
function isDraftField(value: string | undefined): value is DraftField {
  return value !== undefined && draftFields.includes(value);
}

/** A fresh row for a target the table does not map yet: a copy of the same-named source field, when there is one. */
export function newDraft(target: string, sourceFields: readonly string[], direction: Direction): RowDraft {
  return {
    target,
    sourceKind: sourceFields.includes(target) ? 'FIELD' : 'FIXED',
    source: sourceFields.includes(target) ? target : '',
    transform: '',
    transformLength: '',
    vatRateField: '',
    default: '',
    isRequired: false,
    mode: 'ALWAYS',
    direction,
  };
}
