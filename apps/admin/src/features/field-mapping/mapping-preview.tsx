import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import type { FieldMappingRegister } from '../../graphql/generated/graphql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { FieldMappingPreviewQuery, PreviewRecordsQuery } from './field-mapping.graphql';
import { placeSaveErrors, type GraphqlRegister, type SaveRequest } from './mapping-editor-state';
import { useDebounced } from './use-debounced';

/** Registers whose records we hold and can be picked; the others have no record list of ours here. */
const pickable: Partial<Record<GraphqlRegister, 'customers' | 'products' | 'projects'>> = { CUSTOMERS: 'customers', PRODUCTS: 'products', PROJECTS: 'projects' };

const INT_MAX = 2_147_483_647;

/**
 * A length GraphQL's Int cannot carry would fail the whole query; sent as missing, the API names
 * the row's field instead (and the editor already marks it while typing).
 */
function previewRows(rows: SaveRequest['rows']): SaveRequest['rows'] {
  return rows.map((row) => (row.transformLength === null || (Number.isInteger(row.transformLength) && Math.abs(row.transformLength) <= INT_MAX) ? row : { ...row, transformLength: null }));
}

/** How long the table must stay unchanged before the draft is previewed. */
export const PREVIEW_DEBOUNCE_MS = 400;

interface Props {
  readonly connectionId: string;
  readonly register: GraphqlRegister;
  /** Bumped by each save, so the preview is asked again even when the draft is empty both times. */
  readonly revision: number;
  /** The unsaved edits, as a save would send them; null when the table is as saved. */
  readonly draft: SaveRequest | null;
  readonly debounceMs?: number;
}

/**
 * The table applied to one real record, as the connector would receive it (nothing is sent or
 * saved). While the table has unsaved edits, the preview is of the edited table (ADR 0023).
 */
export function MappingPreview({ connectionId, register, revision, draft, debounceMs = PREVIEW_DEBOUNCE_MS }: Props) {
  const list = pickable[register];
  const [recordId, setRecordId] = useState('');
  const [{ data: records }] = useQuery({
    query: PreviewRecordsQuery,
    variables: { customers: list === 'customers', products: list === 'products', projects: list === 'projects' },
    pause: list === undefined,
  });
  const options = list === undefined ? [] : (records?.[list]?.nodes ?? []);
  const draftKey = draft === null ? '' : JSON.stringify([draft.rows, draft.resetTargets]);
  // back to the saved table (saved, or every edit undone): nothing to wait for
  const asked = useDebounced(draft, draftKey, debounceMs, draft === null);
  // urql answers only the variables asked last: an answer for an older draft is dropped, never shown
  const [{ data, error, fetching, stale }, refetch] = useQuery({
    query: FieldMappingPreviewQuery,
    variables: {
      connectionId,
      register: register as FieldMappingRegister,
      recordId,
      rows: asked.value === null ? null : previewRows(asked.value.rows),
      resetTargets: asked.value === null ? null : asked.value.resetTargets,
    },
    pause: recordId === '',
    requestPolicy: 'network-only',
  });

  const refetchedRevision = useRef(revision);
  useEffect(() => {
    // a save changed the table on the server: ask once more, even if the variables did not change
    // (refetch changes with the variables, so it alone must not trigger a second request)
    if (revision === refetchedRevision.current) return;
    refetchedRevision.current = revision;
    if (recordId !== '') refetch({ requestPolicy: 'network-only' });
  }, [revision, recordId, refetch]);

  if (list === undefined) {
    return (
      <div className="panel">
        <h2>Preview</h2>
        <p className="muted">A preview is available for customers, products and projects.</p>
      </div>
    );
  }
  const preview = recordId === '' ? undefined : data?.fieldMappingPreview;
  const isDraft = asked.value !== null;
  const isBehind = asked.key !== draftKey || fetching || stale;
  const leftOut = preview !== undefined && asked.value !== null ? placeSaveErrors(preview.rowErrors, asked.value) : undefined;
  return (
    <div className="panel" aria-labelledby="mapping-preview-title">
      <h2 id="mapping-preview-title">
        Preview on a real record{' '}
        {isDraft ? (
          <span className="badge badge-warn" data-testid="preview-unsaved">
            unsaved
          </span>
        ) : null}
      </h2>
      <p className="muted">
        {isDraft ? 'Shows the table as edited above, before it is saved. Nothing is saved or sent.' : 'Shows the saved table. Nothing is sent.'}
      </p>
      <div className="field">
        <label htmlFor="mapping-preview-record">Record to preview</label>
        <select id="mapping-preview-record" value={recordId} onChange={(event) => setRecordId(event.target.value)}>
          <option value="">Choose a record…</option>
          {options.map((record) => (
            <option key={record.id} value={record.id}>
              {record.number === null || record.number === undefined ? '' : `${record.number} · `}
              {record.name}
            </option>
          ))}
        </select>
      </div>
      {error !== undefined && <GeneralErrors messages={[transportMessage(error)]} />}
      {recordId !== '' && preview === undefined && <p role="status">{fetching ? 'Mapping…' : 'Loading…'}</p>}
      {preview !== undefined && (
        <div aria-live="polite" aria-busy={isBehind}>
          {isBehind && (
            <p className="muted" role="status">
              Updating the preview…
            </p>
          )}
          <p className="muted">
            Sent as {preview.operation === 'UPDATE' ? 'an update (create-only fields left out)' : 'a new record'}.
          </p>
          {leftOut !== undefined && (leftOut.byRow.size > 0 || leftOut.general.length > 0) && (
            <ul className="field-error" data-testid="preview-left-out">
              {[...leftOut.byRow.entries()].map(([target, problems]) => (
                <li key={target}>
                  {target}: left out until the row is fixed ({Object.values(problems).join(' ')})
                </li>
              ))}
              {leftOut.general.map((message, index) => (
                <li key={`general-${index}`}>{message}</li>
              ))}
            </ul>
          )}
          {preview.errors.length > 0 && (
            <ul className="field-error" data-testid="preview-errors">
              {preview.errors.map((problem, index) => (
                <li key={index}>
                  {problem.field === null || problem.field === undefined ? '' : `${problem.field.join('.')}: `}
                  {problem.message}
                </li>
              ))}
            </ul>
          )}
          <pre className="json" data-testid="mapping-preview-payload">
            {JSON.stringify(preview.payload ?? null, null, 2)}
          </pre>
        </div>
      )}
    </div>
  );
}
