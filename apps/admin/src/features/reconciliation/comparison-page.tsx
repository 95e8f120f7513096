import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ReconcileRegister, RegisterAction } from '../../graphql/generated/graphql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import {
  buildDecisions,
  effectiveAction,
  placeDecisionErrors,
  rowKey,
  scoreLabel,
  toggleAll,
  type ComparisonRowData,
  type RegisterActionValue,
} from './comparison-state';
import { ConnectionRegisterPage } from './connection-register-picker';
import { InitialSyncPanel } from './initial-sync-panel';
import { DecideRegisterRecordsMutation, RegisterComparisonQuery } from './reconciliation.graphql';
import './reconciliation.css';

const registers = ['CUSTOMERS', 'PRODUCTS', 'PROJECTS'] as const satisfies readonly ReconcileRegister[];
const registerLabels: Record<(typeof registers)[number], string> = { CUSTOMERS: 'Customers', PRODUCTS: 'Products', PROJECTS: 'Projects' };
const actions: readonly { value: RegisterActionValue; label: string }[] = [
  { value: 'LINK', label: 'Link: they are the same record' },
  { value: 'CREATE', label: 'Create: send ours, or import theirs, at the next sync' },
  { value: 'IGNORE', label: 'Ignore: never synchronise' },
];
const pageSize = 50;

export function ComparisonPage() {
  const [syncsSeen, setSyncsSeen] = useState(0);
  return (
    <ConnectionRegisterPage
      titleId="comparison-title"
      title="Register comparison"
      intro={
        <>
          Our records beside the ERP&apos;s, read live, with how alike they are and what the integration will do (SE-FX-09, X-10). Decide before
          the first synchronisation.
        </>
      }
      idPrefix="comparison"
      registers={registers}
      registerLabel={(r) => registerLabels[r]}
    >
      {({ connectionId, register }) => (
        <>
          <ComparisonTable key={`${connectionId}-${register}-${syncsSeen}`} connectionId={connectionId} register={register} />
          <InitialSyncPanel key={`sync-${connectionId}`} connectionId={connectionId} onFinished={() => setSyncsSeen((n) => n + 1)} />
        </>
      )}
    </ConnectionRegisterPage>
  );
}

function ComparisonTable({ connectionId, register }: { connectionId: string; register: ReconcileRegister }) {
  // earlier pages' cursors, so "Previous" goes back without the API paging backwards
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RegisterComparisonQuery,
    variables: { connectionId, register, first: pageSize, after },
    requestPolicy: 'network-only',
  });
  const [{ fetching: deciding }, decide] = useMutation(DecideRegisterRecordsMutation);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [action, setAction] = useState<RegisterActionValue>('LINK');
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [general, setGeneral] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const payload = data?.registerComparison;
  const rows: readonly ComparisonRowData[] = payload?.rows ?? [];
  const pageKeys = rows.filter((row) => !row.isLinked).map(rowKey);
  const allSelected = pageKeys.length > 0 && pageKeys.every((key) => selected.has(key));

  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setSelected(next);
  };

  async function apply() {
    setNotice(null);
    const batch = buildDecisions(rows, selected, action);
    const placed = new Map<string, readonly string[]>([...batch.refused].map(([key, message]) => [key, [message]]));
    if (batch.refused.size > 0 || batch.decisions.length === 0) {
      setRowErrors(placed);
      setGeneral(batch.decisions.length === 0 && batch.refused.size === 0 ? ['Select at least one row.'] : []);
      return;
    }
    const result = await decide({
      input: { connectionId, register, decisions: batch.decisions.map((d) => ({ ...d, action: d.action as RegisterAction })) },
    });
    const answer = result.data?.decideRegisterRecords;
    if (answer === undefined) {
      setRowErrors(new Map());
      setGeneral([transportMessage(result.error)]);
      return;
    }
    const errors = placeDecisionErrors(answer.errors, batch.rowOfDecision);
    setRowErrors(errors.byRow);
    setGeneral(errors.general);
    if (answer.errors.length === 0) {
      setSelected(new Set());
      setNotice(`${batch.decisions.length} decision${batch.decisions.length === 1 ? '' : 's'} saved.`);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  if (error !== undefined) return <GeneralErrors messages={[transportMessage(error)]} />;
  if (payload === undefined) return <p role="status">{fetching ? 'Reading both registers…' : 'Loading…'}</p>;
  return (
    <div className="panel">
      <h2>
        {registerLabels[register as (typeof registers)[number]]} <span className="muted">({payload.totalCount} rows)</span>
      </h2>
      <GeneralErrors messages={[...payload.errors.map((e) => e.message), ...general]} />
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <form
        className="bulk-bar"
        aria-label="Decide selected rows"
        onSubmit={(event) => {
          event.preventDefault();
          void apply();
        }}
      >
        <div className="field">
          <label htmlFor="comparison-action">Decision for the selected rows</label>
          <select id="comparison-action" value={action} onChange={(event) => setAction(event.target.value as RegisterActionValue)}>
            {actions.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit" disabled={deciding || selected.size === 0}>
          Apply to {selected.size} selected
        </button>
      </form>
      <div className="table-wrap">
        <table className="comparison-table">
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" aria-label="Select all rows on this page" checked={allSelected} onChange={() => setSelected(toggleAll(selected, pageKeys))} />
              </th>
              <th scope="col">Ours</th>
              <th scope="col">ERP</th>
              <th scope="col">Similarity</th>
              <th scope="col">Will</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const key = rowKey(row);
              const messages = rowErrors.get(key);
              const label = `${row.ours?.name ?? '—'} / ${row.theirs?.name ?? '—'}`;
              const errorId = `comparison-row-error-${key}`;
              const { action: will, remembered } = effectiveAction(row);
              return (
                <tr key={key} className={messages === undefined ? undefined : 'row-invalid'} data-testid="comparison-row">
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${label}`}
                      checked={selected.has(key)}
                      disabled={row.isLinked}
                      aria-describedby={messages === undefined ? undefined : errorId}
                      onChange={() => toggle(key)}
                    />
                  </td>
                  <td data-label="Ours">
                    <RecordCell record={row.ours} />
                  </td>
                  <td data-label="ERP">
                    <RecordCell record={row.theirs} />
                  </td>
                  <td data-label="Similarity">
                    <span className="score">{scoreLabel(row.score)}</span>
                    {row.basis !== null && row.basis !== undefined && <span className="muted"> · {row.basis.toLowerCase()}</span>}
                  </td>
                  <td data-label="Will">
                    <span className={`badge ${remembered ? 'badge-ok' : 'badge-warn'}`} data-testid="row-action">
                      {row.isLinked ? 'Linked' : will}
                    </span>
                    <span className="muted"> {row.isLinked ? '' : remembered ? 'decided' : 'predicted'}</span>
                    {messages !== undefined && (
                      <p id={errorId} className="field-error">
                        {messages.join(' ')}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="row">
        <button className="button button-secondary button-small" type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Previous page
        </button>
        <button
          className="button button-secondary button-small"
          type="button"
          disabled={!payload.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, payload.pageInfo.endCursor ?? null])}
        >
          Next page
        </button>
      </div>
    </div>
  );
}

function RecordCell({ record }: { record: ComparisonRowData['ours'] }) {
  if (record === null || record === undefined) return <span className="muted">none</span>;
  return (
    <span>
      {record.number !== null && record.number !== undefined && <span className="record-number">{record.number}</span>} {record.name}
      {!record.isActive && <span className="muted"> (inactive)</span>}
    </span>
  );
}
