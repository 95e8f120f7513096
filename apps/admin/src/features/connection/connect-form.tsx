import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { GeneralErrors, TextField } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { groupErrorsByField } from '../../ui/user-error';
import { connectionsContext, ConnectSystemMutation } from './connection.graphql';
import { CredentialInputs } from './credential-inputs';
import { credentialFields, credentialsFromForm } from './credential-fields';

interface ConnectFormProps {
  readonly connector: { id: string; displayName: string; authMode: string; credentialsSchema: Record<string, unknown> };
  readonly onDone: () => void;
  /** Where an OAuth system's authorization page is opened; the browser by default. */
  readonly redirect?: (url: string) => void;
}

export function ConnectForm({ connector, onDone, redirect = (url) => window.location.assign(url) }: ConnectFormProps) {
  const fields = useMemo(() => credentialFields(connector.credentialsSchema), [connector.credentialsSchema]);
  const fieldKeys = useMemo(() => ['name', ...fields.map((field) => `credentials.${field.name}`)], [fields]);
  const [{ fetching }, connectSystem] = useMutation(ConnectSystemMutation);
  const [errors, setErrors] = useState<{ fields: Partial<Record<string, string>>; general: readonly string[] }>({
    fields: {},
    general: [],
  });
  const isOauth = connector.authMode === 'oauth2';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      connectorId: connector.id,
      name: String(form.get('name') ?? '').trim(),
      credentials: credentialsFromForm(fields, form),
    };
    setErrors({ fields: {}, general: [] });
    const result = await connectSystem({ input }, connectionsContext);
    const payload = result.data?.connectSystem;
    if (payload === undefined) {
      setErrors({ fields: {}, general: [transportMessage(result.error)] });
      return;
    }
    if (payload.errors.length > 0) {
      setErrors(groupErrorsByField(payload.errors, fieldKeys));
      return;
    }
    if (payload.authorizeUrl !== null) {
      // The system's own sign-in page; its callback brings the admin back to this screen.
      redirect(payload.authorizeUrl);
      return;
    }
    onDone();
  }

  const idFor = (name: string) => `connect-${connector.id}-${name.replace(/\W+/g, '-')}`;
  return (
    <form className="form connect-form" aria-label={`Connect ${connector.displayName}`} onSubmit={(event) => void handleSubmit(event)}>
      <h3>Connect {connector.displayName}</h3>
      {isOauth && <p className="muted">You will be sent to {connector.displayName} to approve access, then brought back here.</p>}
      <GeneralErrors messages={errors.general} />
      <TextField
        id={idFor('name')}
        name="name"
        label="Connection name"
        required
        defaultValue={connector.displayName}
        error={errors.fields['name']}
      />
      <CredentialInputs fields={fields} idFor={idFor} errorFor={(name) => errors.fields[`credentials.${name}`]} prefill="placeholder" />
      <div className="row">
        <button className="button" type="submit" disabled={fetching}>
          {isOauth ? `Continue to ${connector.displayName}` : 'Connect'}
        </button>
        <button className="button button-secondary" type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
