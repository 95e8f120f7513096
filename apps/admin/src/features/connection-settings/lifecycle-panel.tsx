import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { connectionHealth, credentialFields, credentialsFromForm } from '../connection/credential-fields';
import { CredentialInputs } from '../connection/credential-inputs';
import { ReauthorizeForm } from '../connection/reauthorize-form';
import { ReconnectSystemMutation, SetConnectionActiveMutation, settingsContext } from './connection-settings.graphql';
import { bindErrors, noErrors, type FormErrors } from './settings-errors';

interface LifecyclePanelProps {
  readonly connection: { id: string; name: string; status: string; statusReason: string | null; tokenExpiresAt: string | null };
  readonly connector: { displayName: string; authMode: string; credentialsSchema: Record<string, unknown> } | undefined;
}

/** Status, reconnect with new credentials or, for OAuth systems, by authorizing again in place (X-02, PV-19, ADR 0021) and deactivate / activate with settings kept. */
export function LifecyclePanel({ connection, connector }: LifecyclePanelProps) {
  const isOauth = connector?.authMode === 'oauth2';
  const health = connectionHealth(connection, { now: new Date(), refreshesItself: isOauth });
  const [{ fetching: switching }, setActive] = useMutation(SetConnectionActiveMutation);
  const [activeErrors, setActiveErrors] = useState<readonly string[]>([]);
  const isDisabled = connection.status === 'DISABLED';

  async function toggle() {
    setActiveErrors([]);
    const result = await setActive({ input: { connectionId: connection.id, isActive: isDisabled } }, settingsContext);
    const payload = result.data?.setConnectionActive;
    if (payload === undefined) setActiveErrors([transportMessage(result.error)]);
    else if (payload.errors.length > 0) setActiveErrors(payload.errors.map((e) => e.message));
  }

  return (
    <>
      <div className="panel">
        <h2>Status</h2>
        <p>
          <span className={`badge badge-${health.tone}`} data-testid="connection-status">
            {isDisabled ? 'Deactivated' : health.label}
          </span>
        </p>
        {health.warning !== null && <p className="warning">{health.warning}</p>}
        <p className="muted">
          {isDisabled
            ? 'Transfers and schedules are paused; settings are kept. Activating checks the credentials with the ERP first.'
            : 'Deactivating pauses every transfer and schedule of this connection and keeps its settings.'}
        </p>
        <GeneralErrors messages={activeErrors} />
        {connection.status === 'DISCONNECTED' ? (
          <p>The credentials were deleted; reconnect to transfer again.</p>
        ) : (
          <button className={isDisabled ? 'button' : 'button button-danger'} type="button" disabled={switching} onClick={() => void toggle()}>
            {isDisabled ? 'Activate' : 'Deactivate'}
          </button>
        )}
      </div>
      {connector !== undefined &&
        (isOauth ? (
          <ReauthorizeForm key={connection.status} connection={connection} connector={connector} variant="panel" />
        ) : (
          <ReconnectForm connectionId={connection.id} connector={connector} />
        ))}
    </>
  );
}

function ReconnectForm({ connectionId, connector }: { connectionId: string; connector: { displayName: string; credentialsSchema: Record<string, unknown> } }) {
  const fields = useMemo(() => credentialFields(connector.credentialsSchema), [connector.credentialsSchema]);
  const [{ fetching }, reconnect] = useMutation(ReconnectSystemMutation);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);
  const names = fields.map((field) => field.name);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    setErrors(noErrors);
    const credentials = credentialsFromForm(fields, new FormData(event.currentTarget));
    const result = await reconnect({ input: { connectionId, credentials } }, settingsContext);
    const payload = result.data?.reconnectSystem;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(bindErrors(payload.errors, ['credentials'], (path) => (names.includes(path[0]!) ? path[0] : undefined)));
    else {
      setNotice(`Reconnected: ${connector.displayName} accepted the new credentials.`);
      event.currentTarget?.reset();
    }
  }

  return (
    <form className="panel form" aria-label="Reconnect" onSubmit={(event) => void handleSubmit(event)}>
      <h2>Reconnect</h2>
      <p className="muted">New credentials are checked with {connector.displayName} before they replace the old ones; settings and history stay.</p>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <CredentialInputs fields={fields} idFor={(name) => `reconnect-${name}`} errorFor={(name) => errors.fields[name]} prefill="value" />
      <div>
        <button className="button" type="submit" disabled={fetching}>
          Reconnect
        </button>
      </div>
    </form>
  );
}
