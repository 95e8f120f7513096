import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { navigate, useLocation } from '../../ui/router';
import { ConnectForm } from './connect-form';
import { ConnectionRow } from './connection-row';
import { connectionsContext, ConnectionsScreenQuery } from './connection.graphql';
import { SchedulesPanel } from './schedules-panel';
import { TransferRulesPanel } from './transfer-rules-panel';

export function ConnectionsPage() {
  const [{ data, error, fetching }] = useQuery({ query: ConnectionsScreenQuery, context: connectionsContext });
  const { pathname, searchParams } = useLocation();
  const [choosing, setChoosing] = useState<string | null>(null);
  const [editingRules, setEditingRules] = useState<string | null>(null);
  const connectedId = searchParams.get('connected');
  const [justConnected, setJustConnected] = useState<string | null>(connectedId);
  const connectors = useMemo(() => data?.connectors ?? [], [data]);
  const connections = data?.connections ?? [];

  useEffect(() => {
    // The OAuth callback lands here with ?connected=<id>; keep the notice, drop the parameter.
    if (connectedId !== null) {
      setJustConnected(connectedId);
      navigate(pathname, { replace: true });
    }
  }, [connectedId, pathname]);

  const connected = connections.find((connection) => connection.id === justConnected);
  const chosen = connectors.find((connector) => connector.id === choosing);
  const editing = connections.find((connection) => connection.id === editingRules);
  const authModes = new Map(connectors.map((connector) => [connector.id, connector.authMode]));

  return (
    <section aria-labelledby="connections-title">
      <h1 id="connections-title">Connections</h1>
      {connected !== undefined && (
        <div className="notice" role="status">
          <p>
            Connected <strong>{connected.name}</strong>.
          </p>
        </div>
      )}
      {error !== undefined && <GeneralErrors messages={[transportMessage(error)]} />}
      <div className="panel">
        <h2>Your connections</h2>
        {fetching && data === undefined ? (
          <p role="status">Loading…</p>
        ) : connections.length === 0 ? (
          <p>No systems connected yet. Choose one below.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">System</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {connections.map((connection) => (
                  <ConnectionRow
                    key={connection.id}
                    connection={connection}
                    systemName={connectors.find((c) => c.id === connection.connectorId)?.displayName ?? connection.connectorId}
                    refreshesItself={authModes.get(connection.connectorId) === 'oauth2'}
                    onEditRules={() => setEditingRules(connection.id)}
                    connector={connectors.find((c) => c.id === connection.connectorId)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      {editing !== undefined && (
        <>
          <TransferRulesPanel key={editing.id} connection={editing} onClose={() => setEditingRules(null)} />
          <SchedulesPanel key={`schedules-${editing.id}`} connectionId={editing.id} />
        </>
      )}
      <div className="panel">
        <h2>Connect a system</h2>
        <ul className="catalogue">
          {connectors.map((connector) => (
            <li key={connector.id} className="catalogue-item">
              <h3>{connector.displayName}</h3>
              <p className="muted">
                {connector.authMode === 'oauth2' ? 'Sign in at ' + connector.displayName : 'API tokens'} ·{' '}
                {connector.capabilities.map((capability) => capability.register).join(', ')}
              </p>
              <div className="row">
                <button
                  className="button button-small"
                  type="button"
                  aria-expanded={choosing === connector.id}
                  onClick={() => setChoosing(choosing === connector.id ? null : connector.id)}
                >
                  Connect {connector.displayName}
                </button>
                <a href={connector.docsUrl} target="_blank" rel="noreferrer">
                  Documentation
                </a>
              </div>
            </li>
          ))}
        </ul>
        {chosen !== undefined && <ConnectForm key={chosen.id} connector={chosen} onDone={() => setChoosing(null)} />}
      </div>
    </section>
  );
}
