import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { FieldMappingRegister } from '../../graphql/generated/graphql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { FieldMappingPreviewQuery, PreviewRecordsQuery } from './field-mapping.graphql';
import type { GraphqlRegister } from './mapping-editor-state';

/** Registers whose records we hold and can be picked; the others have no record list of ours here. */
const pickable: Partial<Record<GraphqlRegister, 'customers' | 'products' | 'projects'>> = { CUSTOMERS: 'customers', PRODUCTS: 'products', PROJECTS: 'projects' };

/** The saved table applied to one real record, as the connector would receive it (nothing is sent). */
export function MappingPreview({ connectionId, register, revision }: { connectionId: string; register: GraphqlRegister; revision: number }) {
  const list = pickable[register];
  const [recordId, setRecordId] = useState('');
  const [{ data: records }] = useQuery({
    query: PreviewRecordsQuery,
    variables: { customers: list === 'customers', products: list === 'products', projects: list === 'projects' },
    pause: list === undefined,
  });
  const options = list === undefined ? [] : (records?.[list]?.nodes ?? []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FieldMappingPreviewQuery,
    variables: { connectionId, register: register as FieldMappingRegister, recordId },
    pause: recordId === '',
    requestPolicy: 'network-only',
  });

  useEffect(() => {
    // a save changed the table on the server: show what it makes of the record now
    if (revision > 0 && recordId !== '') refetch({ requestPolicy: 'network-only' });
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
  return (
    <div className="panel" aria-labelledby="mapping-preview-title">
      <h2 id="mapping-preview-title">Preview on a real record</h2>
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
        <div aria-live="polite">
          <p className="muted">
            Sent as {preview.operation === 'UPDATE' ? 'an update (create-only fields left out)' : 'a new record'}.
          </p>
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
