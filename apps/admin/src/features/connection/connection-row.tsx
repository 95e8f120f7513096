import { useState } from 'react';
import { useMutation } from 'urql';
import { transportMessage } from '../../ui/format';
import { Link } from '../../ui/router';
import { TestConnectionMutation } from './connection.graphql';
import { connectionHealth } from './credential-fields';
import { DisconnectButton } from './disconnect-button';
import { ReauthorizeForm } from './reauthorize-form';
import { rowReconnect } from './reconnect-choice';

interface ConnectionRowProps {
  readonly connection: { id: string; name: string; status: string; statusReason: string | null; tokenExpiresAt: string | null };
  readonly systemName: string;
  readonly refreshesItself: boolean;
  readonly onEditRules: () => void;
  /** The connection's connector as the catalogue describes it; its Reconnect needs the auth mode and client schema. */
  readonly connector?: { readonly displayName: string; readonly authMode: string; readonly credentialsSchema: Record<string, unknown> } | undefined;
}

export function ConnectionRow({ connection, systemName, refreshesItself, onEditRules, connector }: ConnectionRowProps) {
  const [{ fetching }, testConnection] = useMutation(TestConnectionMutation);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const health = connectionHealth(connection, { now: new Date(), refreshesItself });
  const reconnect = rowReconnect(connector, connection);
  // the settings page's Connection section holds the credentials form
  const reconnectHref = `/admin/connection-settings?connection=${encodeURIComponent(connection.id)}&section=connection`;

  async function handleTest() {
    setOutcome(null);
    const result = await testConnection({ input: { connectionId: connection.id } });
    const payload = result.data?.testConnection;
    if (payload === undefined) setOutcome({ ok: false, message: transportMessage(result.error) });
    else if (payload.errors.length > 0) setOutcome({ ok: false, message: payload.errors.map((e) => e.message).join(' ') });
    else if (payload.problem !== null) setOutcome({ ok: false, message: `${systemName} answered: ${payload.problem.message}` });
    else setOutcome({ ok: true, message: `Works${payload.accountName === null ? '' : `: signed in to ${payload.accountName}`}.` });
  }

  return (
    <tr>
      <td>{connection.name}</td>
      <td>{systemName}</td>
      <td>
        <span className={`badge badge-${health.tone}`}>{health.label}</span>
        {health.warning !== null && <p className="warning">{health.warning}</p>}
      </td>
      <td>
        <button
          className="button button-secondary button-small"
          type="button"
          disabled={fetching}
          aria-label={`Test ${connection.name}`}
          onClick={() => void handleTest()}
        >
          {fetching ? 'Testing…' : 'Test'}
        </button>{' '}
        <button className="button button-secondary button-small" type="button" aria-label={`Transfer rules for ${connection.name}`} onClick={onEditRules}>
          Rules
        </button>{' '}
        <Link className="button button-secondary button-small" href={`/admin/connection-settings?connection=${encodeURIComponent(connection.id)}`} aria-label={`Settings for ${connection.name}`}>Settings</Link>
        {' '}<Link className="button button-secondary button-small" href={`/admin/reconciliation?connection=${encodeURIComponent(connection.id)}`} aria-label={`Go-live comparison for ${connection.name}`}>Compare</Link>
        {connection.status !== 'DISCONNECTED' && <>{' '}<DisconnectButton connection={connection} systemName={systemName} /></>}
        {reconnect === 'authorize' && connector !== undefined && <>{' '}<ReauthorizeForm connection={connection} connector={connector} variant="row" /></>}
        {reconnect === 'settings' && <>{' '}<Link className="button button-small" href={reconnectHref} aria-label={`Reconnect ${connection.name}`}>Reconnect</Link></>}
        {outcome !== null && (
          <p role="status" className={outcome.ok ? 'ok' : 'field-error'}>
            {outcome.message}
          </p>
        )}
      </td>
    </tr>
  );
}
