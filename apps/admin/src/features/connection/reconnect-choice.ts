import type { CredentialField } from './credential-fields';

/**
 * How a connection is reconnected: token systems take new credentials in a form;
 * OAuth systems are authorized again at the vendor, in place (ADR 0021). The stored OAuth client
 * is reused, so its id and secret are asked for only once a disconnect deleted them.
 */
export type ReconnectChoice =
  | { readonly kind: 'credentials' }
  | { readonly kind: 'authorize'; readonly askForClient: boolean };

export function reconnectChoice(connector: { readonly authMode: string }, connection: { readonly status: string }): ReconnectChoice {
  if (connector.authMode !== 'oauth2') return { kind: 'credentials' };
  return { kind: 'authorize', askForClient: connection.status === 'DISCONNECTED' };
}

/** The list offers Reconnect only where the connection cannot work without it. */
export function needsReconnect(connection: { readonly status: string }): boolean {
  return connection.status === 'NEEDS_RECONNECT' || connection.status === 'DISCONNECTED';
}

/** The client inputs an authorization needs: all of the connector's client fields, or none. */
export function clientFieldsFor(choice: ReconnectChoice, fields: readonly CredentialField[]): readonly CredentialField[] {
  return choice.kind === 'authorize' && choice.askForClient ? fields : [];
}

/**
 * What the connections list row offers: nothing while the connection works; an OAuth system is
 * authorized again right there; a token system's new credentials are entered on its settings page.
 */
export function rowReconnect(connector: { readonly authMode: string } | undefined, connection: { readonly status: string }): 'none' | 'authorize' | 'settings' {
  if (connector === undefined || !needsReconnect(connection)) return 'none';
  return reconnectChoice(connector, connection).kind === 'authorize' ? 'authorize' : 'settings';
}
