import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describedByFor, FieldNotes, GeneralErrors, TextField } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { ConnectorSettingsQuery, ReferenceDataQuery, UpdateConnectorSettingsMutation } from './connection-settings.graphql';
import { changedSettings, connectorSettingsErrors, settingFields, shownValue, type ReferenceKind, type SettingField } from './connector-settings-form';
import { noErrors, type FormErrors } from './settings-errors';
import { CheckField, PickField } from './settings-controls';

/** The connector's own settings of this connection (issue #6, screen 3), generated from its settings schema. */
export function ConnectorSettingsPanel({ connectionId }: { readonly connectionId: string }) {
  const [{ data, error }] = useQuery({ query: ConnectorSettingsQuery, variables: { id: connectionId } });
  if (error !== undefined) return <GeneralErrors messages={[transportMessage(error)]} />;
  if (data === undefined) return <p role="status">Loading…</p>;
  const node = data.node;
  const connection = node !== null && node !== undefined && 'settings' in node ? node : undefined;
  if (connection === undefined) return <GeneralErrors messages={['The connection was not found.']} />;
  const schema = data.connectors.find((c) => c.id === connection.connectorId)?.settingsSchema ?? {};
  return (
    <ConnectorSettingsForm
      connectionId={connectionId}
      schema={schema as Record<string, unknown>}
      settings={connection.settings as Record<string, unknown>}
      autoTransferInvoices={connection.autoTransferInvoices}
    />
  );
}

interface FormProps {
  readonly connectionId: string;
  readonly schema: Record<string, unknown>;
  readonly settings: Record<string, unknown>;
  readonly autoTransferInvoices: boolean;
}

function ConnectorSettingsForm({ connectionId, schema, settings, autoTransferInvoices }: FormProps) {
  const fields = useMemo(() => settingFields(schema), [schema]);
  const [{ fetching }, save] = useMutation(UpdateConnectorSettingsMutation);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    setErrors(noErrors);
    const form = new FormData(event.currentTarget);
    const autoTransfer = form.get('autoTransferInvoices') !== null;
    const input = {
      connectionId,
      settings: changedSettings(fields, form, settings),
      ...(autoTransfer === autoTransferInvoices ? {} : { autoTransferInvoices: autoTransfer }),
    };
    const result = await save({ input });
    const payload = result.data?.updateConnectionSettings;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(connectorSettingsErrors(payload.errors, fields));
    else setNotice('Connector settings saved.');
  }

  return (
    <form className="panel form" aria-label="Connector settings" onSubmit={(event) => void handleSubmit(event)}>
      <h2>Connector settings</h2>
      <p className="muted">The ERP's own defaults for records the integration creates; an empty field uses the default shown.</p>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <CheckField
        name="autoTransferInvoices"
        label="Transfer invoices automatically when they are ready"
        defaultChecked={autoTransferInvoices}
        error={errors.fields['autoTransferInvoices']}
      />
      {fields.map((field) => (
        <SettingInput key={field.name} connectionId={connectionId} field={field} settings={settings} error={errors.fields[field.name]} />
      ))}
      <div>
        <button className="button" type="submit" disabled={fetching}>
          Save connector settings
        </button>
      </div>
    </form>
  );
}

function hintOf(field: SettingField): string | undefined {
  const parts = [field.description, field.defaultValue === undefined ? undefined : `Default: ${field.defaultValue === true ? 'yes' : field.defaultValue === false ? 'no' : field.defaultValue}.`];
  const hint = parts.filter((p) => p !== undefined).join(' ');
  return hint === '' ? undefined : hint;
}

interface InputProps {
  readonly connectionId: string;
  readonly field: SettingField;
  readonly settings: Record<string, unknown>;
  readonly error: string | undefined;
}

function SettingInput({ connectionId, field, settings, error }: InputProps) {
  const id = `settings-${field.name}`;
  const name = `setting.${field.name}`;
  const hint = hintOf(field);
  if (field.kind === 'boolean') {
    const stored = settings[field.name];
    const checked = typeof stored === 'boolean' ? stored : field.defaultValue === true;
    return <CheckField name={name} label={field.label} defaultChecked={checked} error={error} note={hint} />;
  }
  if (field.referenceKind !== undefined) {
    return <ReferencePick connectionId={connectionId} kind={field.referenceKind} id={id} name={name} field={field} value={shownValue(field, settings)} error={error} hint={hint} />;
  }
  if (field.kind === 'choice') {
    return (
      <div className="field">
        <label htmlFor={id}>{field.label}</label>
        <select id={id} name={name} defaultValue={shownValue(field, settings)} aria-invalid={error !== undefined} aria-describedby={describedByFor(id, undefined, error)}>
          <option value="">{field.defaultValue === undefined ? '(not set)' : `Default (${String(field.defaultValue)})`}</option>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <FieldNotes id={id} error={error} />
      </div>
    );
  }
  return (
    <TextField
      id={id}
      name={name}
      label={field.label}
      required={field.isRequired}
      inputMode={field.kind === 'text' ? undefined : 'numeric'}
      placeholder={typeof field.defaultValue === 'string' ? field.defaultValue : undefined}
      defaultValue={shownValue(field, settings)}
      error={error}
      hint={hint}
    />
  );
}

interface PickProps {
  readonly connectionId: string;
  readonly kind: ReferenceKind;
  readonly id: string;
  readonly name: string;
  readonly field: SettingField;
  readonly value: string;
  readonly error: string | undefined;
  readonly hint: string | undefined;
}

/** The ERP's list for this setting (X-04); while it loads or when it cannot be read, the code is typed. */
function ReferencePick({ connectionId, kind, id, name, field, value, error, hint }: PickProps) {
  const [{ data }] = useQuery({ query: ReferenceDataQuery, variables: { id: connectionId, kind } });
  const node = data?.node;
  const items = node !== null && node !== undefined && 'referenceData' in node ? node.referenceData.items : [];
  const emptyLabel = field.defaultValue === undefined ? '(not set)' : `Default (${String(field.defaultValue)})`;
  // the list is keyed by its first answer so the select takes the stored value once the items are there
  return <PickField key={items.length === 0 ? 'typed' : 'listed'} id={id} name={name} label={field.label} value={value} items={items} emptyLabel={emptyLabel} error={error} hint={hint} />;
}
