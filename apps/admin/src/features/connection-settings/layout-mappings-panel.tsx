import { useState, type FormEvent } from 'react';
import { describedByFor, FieldNotes, GeneralErrors } from '../../ui/form-field';
import { useReferenceItems } from './creditor-panel';
import { useGroupSave } from './debtor-rules-panel';
import { compactRows, layoutErrorsFromApi, readLayoutMappings, rowsOf, type LayoutRow } from './layout-mappings-form';

/**
 * Our layout names paired with the ERP's layouts (RB-23). The API replaces the list whole, so
 * this editor always sends every row and nothing else of the debtor group.
 */
export function LayoutMappingsForm({ connectionId, mappings }: { readonly connectionId: string; readonly mappings: unknown }) {
  const layouts = useReferenceItems(connectionId, 'LAYOUTS');
  const { fetching, errors, setErrors, notice, setNotice, send } = useGroupSave(layoutErrorsFromApi);
  const [rows, setRows] = useState<LayoutRow[]>(() => rowsOf(mappings));
  const [nextKey, setNextKey] = useState(rows.length);

  const update = (key: number, change: Partial<LayoutRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const compact = compactRows(rows);
    setRows(compact);
    const read = readLayoutMappings(compact);
    if (!read.ok) setErrors(read.errors);
    else await send(connectionId, { debtor: { layoutMappings: read.value } }, 'Layout mapping saved.');
  }

  return (
    <form className="panel form" aria-label="Layout mapping" onSubmit={(event) => void handleSubmit(event)}>
      <h2>Invoice layouts (RB-23)</h2>
      <p className="muted">A customer's layout picks the ERP layout its invoices use (RB-24).</p>
      {layouts.problem !== null && <p className="warning">The ERP's layouts are not available ({layouts.problem}): type the layout numbers instead.</p>}
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      {rows.length === 0 ? (
        <p className="muted">No layouts mapped: invoices use the ERP's default layout.</p>
      ) : (
        <div className="table-wrap">
          <table className="layout-mappings">
            <thead>
              <tr>
                <th scope="col">Our layout</th>
                <th scope="col">ERP layout</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const sourceError = errors.fields[`${index}.sourceLayout`];
                const erpError = errors.fields[`${index}.erpLayoutNumber`];
                const known = layouts.items.some((item) => item.externalId === row.erpLayoutNumber);
                return (
                  <tr key={row.key}>
                    <td>
                      <input
                        aria-label={`Our layout, row ${index + 1}`}
                        value={row.sourceLayout}
                        onChange={(event) => update(row.key, { sourceLayout: event.currentTarget.value })}
                        aria-invalid={sourceError !== undefined}
                        aria-describedby={describedByFor(`layout-${row.key}-source`, undefined, sourceError)}
                      />
                      <FieldNotes id={`layout-${row.key}-source`} error={sourceError} />
                    </td>
                    <td>
                      {layouts.items.length === 0 ? (
                        <input
                          aria-label={`ERP layout, row ${index + 1}`}
                          inputMode="numeric"
                          value={row.erpLayoutNumber}
                          onChange={(event) => update(row.key, { erpLayoutNumber: event.currentTarget.value })}
                          aria-invalid={erpError !== undefined}
                          aria-describedby={describedByFor(`layout-${row.key}-erp`, undefined, erpError)}
                        />
                      ) : (
                        <select
                          aria-label={`ERP layout, row ${index + 1}`}
                          value={row.erpLayoutNumber}
                          onChange={(event) => update(row.key, { erpLayoutNumber: event.currentTarget.value })}
                          aria-invalid={erpError !== undefined}
                          aria-describedby={describedByFor(`layout-${row.key}-erp`, undefined, erpError)}
                        >
                          <option value="">Not chosen</option>
                          {row.erpLayoutNumber !== '' && !known && <option value={row.erpLayoutNumber}>{row.erpLayoutNumber} (not in the ERP's list)</option>}
                          {layouts.items.map((item) => (
                            <option key={item.externalId} value={item.externalId} disabled={item.isBlocked && item.externalId !== row.erpLayoutNumber}>
                              {item.externalId} · {item.name}
                              {item.isBlocked ? ' (blocked)' : ''}
                            </option>
                          ))}
                        </select>
                      )}
                      <FieldNotes id={`layout-${row.key}-erp`} error={erpError} />
                    </td>
                    <td>
                      <button
                        className="button button-secondary"
                        type="button"
                        aria-label={`Remove row ${index + 1}`}
                        onClick={() => {
                          setErrors({ fields: {}, general: errors.general });
                          setRows((current) => current.filter((r) => r.key !== row.key));
                        }}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <button
          className="button button-secondary"
          type="button"
          onClick={() => {
            setRows((current) => [...current, { key: nextKey, sourceLayout: '', erpLayoutNumber: '' }]);
            setNextKey(nextKey + 1);
          }}
        >
          Add a layout
        </button>{' '}
        <button className="button" type="submit" disabled={fetching}>
          Save layout mapping
        </button>
      </div>
    </form>
  );
}
