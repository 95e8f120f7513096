import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { FieldMappingRegister } from '../../graphql/generated/graphql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { ConnectionRegisterPage } from '../reconciliation/connection-register-picker';
import { FieldMappingQuery, UpdateFieldMappingMutation } from './field-mapping.graphql';
import { MappingPreview } from './mapping-preview';
import { MappingRowEditor } from './mapping-row-editor';
import {
  draftFromRow,
  graphqlRegisters,
  newDraft,
  placeSaveErrors,
  saveRequest,
  validateDrafts,
  type GraphqlRegister,
  type MappingRowData,
  type RowDraft,
  type RowErrors,
} from './mapping-editor-state';
import './field-mapping.css';

const registerLabels: Record<GraphqlRegister, string> = {
  CUSTOMERS: 'Customers',
  PRODUCTS: 'Products',
  PROJECTS: 'Projects',
  INVOICES: 'Invoices',
  INVOICE_LINES: 'Invoice lines',
  PROJECT_COSTS: 'Project costs (from the ERP)',
};

export function FieldMappingPage() {
  return (
    <ConnectionRegisterPage
      titleId="field-mapping-title"
      title="Field mapping"
      intro={
        <>
          Which of our fields fills each ERP field, per connection and register (X-13): a field, a fixed value or a template, with a transformation
          and a default (X-14, X-16).
        </>
      }
      idPrefix="mapping"
      registers={graphqlRegisters}
      registerLabel={(r) => registerLabels[r]}
    >
      {({ connectionId, register }) => <MappingTable key={`${connectionId}-${register}`} connectionId={connectionId} register={register} />}
    </ConnectionRegisterPage>
  );
}

interface TableState {
  readonly loaded: ReadonlyMap<string, RowDraft>;
  readonly origins: ReadonlyMap<string, MappingRowData['origin']>;
  readonly drafts: readonly RowDraft[];
}

function stateFrom(rows: readonly MappingRowData[]): TableState {
  const drafts = rows.map(draftFromRow);
  return {
    loaded: new Map(drafts.map((draft) => [draft.target, draft])),
    origins: new Map(rows.map((row) => [row.target, row.origin])),
    drafts,
  };
}

function MappingTable({ connectionId, register }: { connectionId: string; register: GraphqlRegister }) {
  const [{ data, error }] = useQuery({ query: FieldMappingQuery, variables: { connectionId, register: register as FieldMappingRegister }, requestPolicy: 'network-only' });
  const [{ fetching: saving }, update] = useMutation(UpdateFieldMappingMutation);
  const mapping = data?.fieldMapping;
  const [table, setTable] = useState<TableState | null>(null);
  const [resets, setResets] = useState<ReadonlySet<string>>(new Set());
  const [apiErrors, setApiErrors] = useState<ReadonlyMap<string, RowErrors>>(new Map());
  const [general, setGeneral] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [savedRevision, setSavedRevision] = useState(0);
  const [adding, setAdding] = useState('');

  // the loaded table becomes the editable state once; a save replaces both with the API's answer
  const current = table ?? (mapping ? stateFrom(mapping.rows) : null);
  const liveErrors = useMemo(() => (current === null ? new Map<string, RowErrors>() : validateDrafts(register, current.drafts)), [current, register]);

  if (error !== undefined) return <GeneralErrors messages={[transportMessage(error)]} />;
  if (mapping === null) return <GeneralErrors messages={['No connection with this id.']} />;
  if (mapping === undefined || current === null) return <p role="status">Loading…</p>;

  const request = saveRequest(current.drafts, current.loaded, resets);
  const changes = request.rows.length + request.resetTargets.length;
  const unmapped = mapping.targetFields.filter((target) => !current.drafts.some((draft) => draft.target === target));

  const edit = (target: string, next: RowDraft) => {
    setNotice(null);
    setTable({ ...current, drafts: current.drafts.map((draft) => (draft.target === target ? next : draft)) });
    if (apiErrors.has(target)) {
      const rest = new Map(apiErrors);
      rest.delete(target);
      setApiErrors(rest);
    }
  };

  const toggleReset = (target: string) => {
    setNotice(null);
    const next = new Set(resets);
    if (next.has(target)) next.delete(target);
    else {
      next.add(target);
      // the row goes back to what was loaded; the default arrives with the save's answer
      const loaded = current.loaded.get(target);
      if (loaded !== undefined) setTable({ ...current, drafts: current.drafts.map((draft) => (draft.target === target ? loaded : draft)) });
    }
    setResets(next);
  };

  const addRow = () => {
    if (adding === '') return;
    const direction = current.drafts[0]?.direction ?? (register === 'PROJECT_COSTS' ? 'FROM_ERP' : 'TO_ERP');
    setTable({ ...current, drafts: [...current.drafts, newDraft(adding, mapping.sourceFields, direction)] });
    setAdding('');
  };

  async function save() {
    setNotice(null);
    if (liveErrors.size > 0) {
      setGeneral(['Fix the rows marked below first.']);
      return;
    }
    const result = await update({ input: { connectionId, register: register as FieldMappingRegister, rows: request.rows, resetTargets: request.resetTargets } });
    const payload = result.data?.updateFieldMapping;
    if (payload === undefined) {
      setGeneral([transportMessage(result.error)]);
      return;
    }
    const placed = placeSaveErrors(payload.errors, request);
    setApiErrors(placed.byRow);
    setGeneral(placed.general);
    if (payload.errors.length === 0 && payload.fieldMapping) {
      setTable(stateFrom(payload.fieldMapping.rows));
      setResets(new Set());
      setNotice(`Mapping saved (${changes} change${changes === 1 ? '' : 's'}).`);
      setSavedRevision((n) => n + 1);
    }
  }

  return (
    <>
      <form
        className="panel"
        aria-label="Mapping table"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2>{registerLabels[register]}</h2>
        <GeneralErrors messages={general} />
        {notice !== null && (
          <div className="notice" role="status">
            {notice}
          </div>
        )}
        <datalist id="mapping-source-fields">
          {mapping.sourceFields.map((field) => (
            <option key={field} value={field} />
          ))}
        </datalist>
        <ol className="mapping-rows">
          {current.drafts.map((draft) => (
            <MappingRowEditor
              key={draft.target}
              draft={draft}
              origin={current.origins.get(draft.target) ?? 'OVERRIDDEN'}
              isNew={!current.loaded.has(draft.target)}
              isChanged={request.sentTargets.includes(draft.target)}
              willReset={resets.has(draft.target)}
              errors={{ ...liveErrors.get(draft.target), ...apiErrors.get(draft.target) }}
              onChange={(next) => edit(draft.target, next)}
              onToggleReset={() => toggleReset(draft.target)}
              onRemoveNew={() => setTable({ ...current, drafts: current.drafts.filter((d) => d.target !== draft.target) })}
            />
          ))}
        </ol>
        {unmapped.length > 0 && (
          <div className="row">
            <div className="field">
              <label htmlFor="mapping-add-target">Map another target field</label>
              <select id="mapping-add-target" value={adding} onChange={(event) => setAdding(event.target.value)}>
                <option value="">Choose a field…</option>
                {unmapped.map((target) => (
                  <option key={target} value={target}>
                    {target}
                  </option>
                ))}
              </select>
            </div>
            <button className="button button-secondary button-small" type="button" disabled={adding === ''} onClick={addRow}>
              Add row
            </button>
          </div>
        )}
        <div className="row">
          <button className="button" type="submit" disabled={saving || changes === 0 || liveErrors.size > 0}>
            Save mapping
          </button>
          <span className="muted" data-testid="mapping-changes">
            {liveErrors.size > 0 ? `${liveErrors.size} row${liveErrors.size === 1 ? '' : 's'} to fix` : `${changes} unsaved change${changes === 1 ? '' : 's'}`}
          </span>
        </div>
      </form>
      <MappingPreview connectionId={connectionId} register={register} revision={savedRevision} draft={changes > 0 ? request : null} />
    </>
  );
}
