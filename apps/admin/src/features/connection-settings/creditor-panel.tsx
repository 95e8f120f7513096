import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describedByFor, FieldNotes, GeneralErrors, TextField } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { CreditorSettingsQuery, ReferenceDataQuery, UpdateCreditorSettingsMutation, UpdateOneStopShopVatMutation } from './connection-settings.graphql';
import { accountOf, cellName, creditorErrorsFromApi, matrixRows, readCreditorForm, readOssForm, vatZones, type CellKeys } from './posting-matrix-form';
import { bindErrors, noErrors, topLevelKey, type FormErrors } from './settings-errors';
import { CheckField, PickField } from './settings-controls';

const zoneLabels = { DOMESTIC: 'Domestic', EU: 'EU', ABROAD: 'Abroad' } as const;

type Items = readonly { externalId: string; name: string; isBlocked: boolean }[];

export function useReferenceItems(connectionId: string, kind: 'ACCOUNTS' | 'JOURNALS' | 'LAYOUTS'): { items: Items; problem: string | null } {
  const [{ data, error }] = useQuery({ query: ReferenceDataQuery, variables: { id: connectionId, kind } });
  const node = data?.node;
  const reference = node !== null && node !== undefined && 'referenceData' in node ? node.referenceData : undefined;
  if (error !== undefined) return { items: [], problem: transportMessage(error) };
  return { items: reference?.items ?? [], problem: reference?.problem?.message ?? null };
}

/** Supplier invoices to a journal (RB-07..RB-12) and OSS VAT (RB-21). */
export function CreditorPanel({ connectionId }: { readonly connectionId: string }) {
  const [{ data, error }] = useQuery({ query: CreditorSettingsQuery, variables: { id: connectionId } });
  const accounts = useReferenceItems(connectionId, 'ACCOUNTS');
  const journals = useReferenceItems(connectionId, 'JOURNALS');
  const node = data?.node;
  const connection = node !== null && node !== undefined && 'creditorSettings' in node ? node : undefined;
  if (error !== undefined) return <GeneralErrors messages={[transportMessage(error)]} />;
  if (connection === undefined) return <p role="status">Loading…</p>;
  const problems = [accounts.problem, journals.problem].filter((p): p is string => p !== null);
  return (
    <>
      {problems.length > 0 && <p className="warning">The ERP's own lists are not available ({problems.join('; ')}): type the numbers instead.</p>}
      <CreditorForm connectionId={connectionId} settings={connection.creditorSettings} accounts={accounts.items} journals={journals.items} />
      <OssForm connectionId={connectionId} oss={connection.oneStopShopVat} />
    </>
  );
}

interface CreditorFormProps {
  readonly connectionId: string;
  readonly settings: {
    isEnabled: boolean; companyCountry: string | null; supplierControlAccount: string | null; journalNumber: string | null; fallbackAccount: string | null;
    postingMatrix: readonly { productGroup: string; vatZone: string; accountNumber: string }[];
    undecidedCells: readonly { productGroup: string; vatZone: string }[];
  };
  readonly accounts: Items;
  readonly journals: Items;
}

function CreditorForm({ connectionId, settings, accounts, journals }: CreditorFormProps) {
  const [{ fetching }, save] = useMutation(UpdateCreditorSettingsMutation);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = useMemo(() => matrixRows(settings), [settings]);
  const [cells, setCells] = useState<Record<string, string>>(() =>
    Object.fromEntries(rows.flatMap((group, row) => vatZones.map((zone) => [cellName(row, zone), accountOf(settings, group, zone)]))),
  );
  const sentKeys = useRef<CellKeys>([]);
  const undecided = Object.values(cells).filter((value) => value === '').length;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readCreditorForm(new FormData(event.currentTarget), rows);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors(noErrors);
    sentKeys.current = read.cellKeys;
    const { value } = read;
    const result = await save({
      input: {
        connectionId,
        isEnabled: value.isEnabled,
        companyCountry: value.companyCountry ?? null,
        supplierControlAccount: value.supplierControlAccount ?? null,
        journalNumber: value.journalNumber ?? null,
        fallbackAccount: value.fallbackAccount ?? null,
        postingMatrix: value.postingMatrix,
      },
    });
    const payload = result.data?.updateCreditorSettings;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(creditorErrorsFromApi(payload.errors, sentKeys.current));
    else setNotice('Creditor settings saved.');
  }

  return (
    <form className="panel form" aria-label="Creditor settings" onSubmit={(event) => void handleSubmit(event)}>
      <h2>Supplier invoices</h2>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <CheckField name="isEnabled" label="Book supplier invoices in the ERP (RB-07)" defaultChecked={settings.isEnabled} error={errors.fields['isEnabled']} />
      <TextField id="settings-companyCountry" name="companyCountry" label="Company country (decides each supplier's VAT zone)" hint="Two letters, e.g. DK." defaultValue={settings.companyCountry ?? ''} error={errors.fields['companyCountry']} />
      <PickField id="settings-supplierControlAccount" name="supplierControlAccount" label="Creditors control account (RB-08)" value={settings.supplierControlAccount ?? ''} items={accounts} emptyLabel="Not chosen" error={errors.fields['supplierControlAccount']} />
      <PickField id="settings-journalNumber" name="journalNumber" label="Journal for supplier invoices (RB-09)" value={settings.journalNumber ?? ''} items={journals} emptyLabel="Not chosen" error={errors.fields['journalNumber']} />
      <PickField id="settings-fallbackAccount" name="fallbackAccount" label="Fallback account (RB-10)" hint="Used only when the matrix's account cannot be used, e.g. it is blocked." value={settings.fallbackAccount ?? ''} items={accounts} emptyLabel="None" error={errors.fields['fallbackAccount']} />
      <h3 id="posting-matrix-title">Posting accounts per product group and VAT zone (RB-11)</h3>
      {rows.length === 0 ? (
        <p>No product groups yet: products with a product group appear here.</p>
      ) : (
        <>
          <p className={undecided > 0 ? 'warning' : 'muted'} role="status">
            {undecided > 0 ? `${undecided} cell${undecided === 1 ? '' : 's'} still to decide (RB-12): marked below.` : 'Every cell is decided.'}
          </p>
          <div className="table-wrap">
            <table className="posting-matrix" aria-labelledby="posting-matrix-title">
              <thead>
                <tr>
                  <th scope="col">Product group</th>
                  {vatZones.map((zone) => (
                    <th key={zone} scope="col">
                      {zoneLabels[zone]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((group, row) => (
                  <tr key={group}>
                    <th scope="row">{group}</th>
                    {vatZones.map((zone) => {
                      const name = cellName(row, zone);
                      const value = cells[name] ?? '';
                      const known = accounts.some((item) => item.externalId === value);
                      const message = errors.fields[name];
                      return (
                        <td key={zone} className={value === '' ? 'cell-undecided' : undefined}>
                          {accounts.length === 0 ? (
                            <input
                              name={name}
                              aria-label={`${group} · ${zoneLabels[zone]}`}
                              placeholder="Undecided"
                              value={value}
                              aria-invalid={message !== undefined}
                              aria-describedby={describedByFor(name, undefined, message)}
                              onChange={(event) => setCells({ ...cells, [name]: event.currentTarget.value })}
                            />
                          ) : (
                            <select
                              name={name}
                              aria-label={`${group} · ${zoneLabels[zone]}`}
                              value={value}
                              aria-invalid={message !== undefined}
                              aria-describedby={describedByFor(name, undefined, message)}
                              onChange={(event) => setCells({ ...cells, [name]: event.currentTarget.value })}
                            >
                              <option value="">Undecided</option>
                              {value !== '' && !known && <option value={value}>{value}</option>}
                              {accounts.map((item) => (
                                <option key={item.externalId} value={item.externalId} disabled={item.isBlocked && item.externalId !== value}>
                                  {item.externalId} · {item.name}
                                  {item.isBlocked ? ' (blocked)' : ''}
                                </option>
                              ))}
                            </select>
                          )}
                          <FieldNotes id={name} error={message} />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div>
        <button className="button" type="submit" disabled={fetching}>
          Save creditor settings
        </button>
      </div>
    </form>
  );
}

function OssForm({ connectionId, oss }: { connectionId: string; oss: { isEnabled: boolean; vatZoneNumber: string | null } }) {
  const [{ fetching }, save] = useMutation(UpdateOneStopShopVatMutation);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readOssForm(new FormData(event.currentTarget));
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors(noErrors);
    const result = await save({ input: { connectionId, isEnabled: read.value.isEnabled, vatZoneNumber: read.value.vatZoneNumber ?? null } });
    const payload = result.data?.updateOneStopShopVat;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(bindErrors(payload.errors, [], topLevelKey(['isEnabled', 'vatZoneNumber'])));
    else setNotice('One Stop Shop VAT saved.');
  }

  return (
    <form className="panel form" aria-label="One Stop Shop VAT" onSubmit={(event) => void handleSubmit(event)}>
      <h2>One Stop Shop VAT (RB-21)</h2>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <CheckField name="ossEnabled" label="Create EU consumers in the OSS VAT zone" defaultChecked={oss.isEnabled} error={errors.fields['isEnabled']} />
      <TextField id="settings-vatZoneNumber" name="vatZoneNumber" label="The ERP's VAT zone for OSS sales" defaultValue={oss.vatZoneNumber ?? ''} error={errors.fields['vatZoneNumber']} />
      <div>
        <button className="button button-secondary" type="submit" disabled={fetching}>
          Save OSS VAT
        </button>
      </div>
    </form>
  );
}
