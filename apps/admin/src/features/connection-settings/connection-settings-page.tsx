import { useQuery } from 'urql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { Link, useLocation } from '../../ui/router';
import { ConnectionSettingsQuery, settingsContext } from './connection-settings.graphql';
import { ConnectorSettingsPanel } from './connector-settings-panel';
import { CreditorPanel } from './creditor-panel';
import { DebtorRulesPanel } from './debtor-rules-panel';
import { LifecyclePanel } from './lifecycle-panel';
import { NotificationsPanel } from './notifications-panel';
import { RegisterRulesPanel } from './register-rules-panel';
import './connection-settings.css';

export const settingsPath = '/admin/connection-settings';

export const settingsSections = [
  { id: 'registers', label: 'Registers' },
  { id: 'debtor', label: 'Customers and invoices' },
  { id: 'creditor', label: 'Supplier invoices' },
  { id: 'notifications', label: 'E-mails and nightly run' },
  { id: 'connector', label: 'Connector settings' },
  { id: 'connection', label: 'Connection' },
] as const;
type SectionId = (typeof settingsSections)[number]['id'];

export const settingsHref = (connectionId: string, section: SectionId = 'registers') =>
  `${settingsPath}?connection=${encodeURIComponent(connectionId)}&section=${section}`;

/** Settings per connection (issue #6, screen 3), one section at a time; the URL names both. */
export function ConnectionSettingsPage() {
  const [{ data, error }] = useQuery({ query: ConnectionSettingsQuery, context: settingsContext });
  const { searchParams } = useLocation();
  const connections = data?.connections ?? [];
  const connection = connections.find((c) => c.id === searchParams.get('connection')) ?? connections[0];
  const section: SectionId = settingsSections.find((s) => s.id === searchParams.get('section'))?.id ?? 'registers';

  if (error !== undefined) return <GeneralErrors messages={[transportMessage(error)]} />;
  if (data === undefined) return <p role="status">Loading…</p>;
  if (connection === undefined) {
    return (
      <section aria-labelledby="settings-title">
        <h1 id="settings-title">Connection settings</h1>
        <p>
          No connection yet. <Link href="/admin/connections">Connect a system</Link> first.
        </p>
      </section>
    );
  }
  const connector = data.connectors.find((c) => c.id === connection.connectorId);
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings: {connection.name}</h1>
      {connections.length > 1 && (
        <nav aria-label="Connections">
          <ul className="settings-tabs">
            {connections.map((c) => (
              <li key={c.id}>
                <Link href={settingsHref(c.id, section)} aria-current={c.id === connection.id ? 'page' : undefined}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <nav aria-label="Settings sections">
        <ul className="settings-tabs">
          {settingsSections.map((s) => (
            <li key={s.id}>
              <Link href={settingsHref(connection.id, s.id)} aria-current={s.id === section ? 'page' : undefined}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'registers' && <RegisterRulesPanel key={connection.id} connection={connection} />}
      {section === 'debtor' && <DebtorRulesPanel key={connection.id} connection={connection} />}
      {section === 'creditor' && <CreditorPanel key={connection.id} connectionId={connection.id} />}
      {section === 'notifications' && <NotificationsPanel key={connection.id} connectionId={connection.id} />}
      {section === 'connector' && <ConnectorSettingsPanel key={connection.id} connectionId={connection.id} />}
      {section === 'connection' && <LifecyclePanel key={connection.id} connection={connection} connector={connector} />}
    </section>
  );
}
