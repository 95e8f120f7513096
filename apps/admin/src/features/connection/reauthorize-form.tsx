import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { groupErrorsByField } from '../../ui/user-error';
import { credentialFields, credentialsFromForm } from './credential-fields';
import { CredentialInputs } from './credential-inputs';
import { ReauthorizeConnectionMutation } from './reauthorize.graphql';
import { clientFieldsFor, reconnectChoice } from './reconnect-choice';

interface ReauthorizeFormProps {
  readonly connection: { readonly id: string; readonly name: string; readonly status: string };
  readonly connector: { readonly displayName: string; readonly authMode: string; readonly credentialsSchema: Record<string, unknown> };
  /** `row`: a Reconnect button in the connections list that opens the form; `panel`: the settings page's section. */
  readonly variant: 'row' | 'panel';
  /** Where the vendor's authorization page is opened; the browser by default. */
  readonly redirect?: (url: string) => void;
}

type Errors = { readonly fields: Partial<Record<string, string>>; readonly general: readonly string[] };
const noErrors: Errors = { fields: {}, general: [] };

/**
 * Authorizes an OAuth connection again at its vendor, keeping the connection (X-02, ADR 0021).
 * The callback brings the admin back to the connections list, as after connecting.
 */
export function ReauthorizeForm({ connection, connector, variant, redirect = (url) => window.location.assign(url) }: ReauthorizeFormProps) {
  const choice = reconnectChoice(connector, connection);
  const allFields = useMemo(() => credentialFields(connector.credentialsSchema), [connector.credentialsSchema]);
  const fields = clientFieldsFor(choice, allFields);
  const fieldKeys = fields.map((field) => `credentials.${field.name}`);
  const [{ fetching }, reauthorize] = useMutation(ReauthorizeConnectionMutation);
  const [isOpen, setOpen] = useState(variant === 'panel');
  const [errors, setErrors] = useState<Errors>(noErrors);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(noErrors);
    const credentials = fields.length > 0 ? credentialsFromForm(fields, new FormData(event.currentTarget)) : undefined;
    const result = await reauthorize({ input: { connectionId: connection.id, ...(credentials === undefined ? {} : { credentials }) } });
    const payload = result.data?.reauthorizeConnection;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(groupErrorsByField(payload.errors, fieldKeys));
    else if (payload.authorizeUrl !== null) redirect(payload.authorizeUrl);
  }

  if (!isOpen) {
    return (
      <button className="button button-small" type="button" aria-label={`Reconnect ${connection.name}`} onClick={() => setOpen(true)}>
        Reconnect
      </button>
    );
  }
  const idFor = (name: string) => `reauthorize-${variant}-${connection.id}-${name}`;
  const label = `Reconnect ${connection.name}`;
  return (
    <form className={variant === 'panel' ? 'panel form' : 'form confirm'} aria-label={label} onSubmit={(event) => void handleSubmit(event)}>
      {variant === 'panel' && <h2>Reconnect</h2>}
      <p className={variant === 'panel' ? 'muted' : undefined}>
        {fields.length > 0
          ? `The ${connector.displayName} client was deleted when disconnecting; enter it again, then approve access at ${connector.displayName}. The connection keeps its settings, links and history.`
          : `You will be sent to ${connector.displayName} to approve access again. The connection keeps its settings, links and history; its current access stays until the approval completes.`}
      </p>
      <GeneralErrors messages={errors.general} />
      <CredentialInputs fields={fields} idFor={idFor} errorFor={(name) => errors.fields[`credentials.${name}`]} prefill="placeholder" />
      <div className="row">
        <button className="button" type="submit" disabled={fetching}>
          Continue to {connector.displayName}
        </button>
        {variant === 'row' && (
          <button className="button button-secondary" type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
