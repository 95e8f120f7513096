import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { ConnectionRow } from './connection-row';
import { ReauthorizeForm } from './reauthorize-form';
import { reconnectChoice, rowReconnect } from './reconnect-choice';

const fortnox = {
  displayName: 'Fortnox',
  authMode: 'oauth2',
  credentialsSchema: {
    type: 'object',
    required: ['clientId', 'clientSecret'],
    properties: {
      clientId: { type: 'string' },
      clientSecret: { type: 'string', writeOnly: true },
      baseUrl: { type: 'string', format: 'uri', default: 'https://api.fortnox.se' },
    },
  },
};
const economic = { displayName: 'e-conomic', authMode: 'agreement-grant', credentialsSchema: { type: 'object', properties: { agreementGrantToken: { type: 'string', writeOnly: true } } } };
const connection = (status: string) => ({ id: 'C1', name: 'Fortnox AB', status, statusReason: null, tokenExpiresAt: null });
const authorizeUrl = 'https://fortnox.example/oauth-v1/auth?state=s1';

describe('which reconnect the admin gets (X-02, ADR 0021)', () => {
  it('should authorize OAuth systems again, asking for the client only after a disconnect, and keep the credentials form for token systems', () => {
    expect(reconnectChoice(fortnox, connection('NEEDS_RECONNECT'))).toEqual({ kind: 'authorize', askForClient: false });
    expect(reconnectChoice(fortnox, connection('ACTIVE'))).toEqual({ kind: 'authorize', askForClient: false });
    expect(reconnectChoice(fortnox, connection('DISCONNECTED'))).toEqual({ kind: 'authorize', askForClient: true });
    expect(reconnectChoice(economic, connection('DISCONNECTED'))).toEqual({ kind: 'credentials' });
  });

  it('should offer Reconnect in the list only when the connection cannot work without it', () => {
    expect(rowReconnect(fortnox, connection('ACTIVE'))).toBe('none');
    expect(rowReconnect(fortnox, connection('DISABLED'))).toBe('none');
    expect(rowReconnect(fortnox, connection('NEEDS_RECONNECT'))).toBe('authorize');
    expect(rowReconnect(fortnox, connection('DISCONNECTED'))).toBe('authorize');
    expect(rowReconnect(economic, connection('DISCONNECTED'))).toBe('settings');
    expect(rowReconnect(undefined, connection('DISCONNECTED'))).toBe('none');
  });
});

describe('ReauthorizeForm', () => {
  it('should send a connection needing reconnecting straight to Fortnox, without asking for the client', async () => {
    const mock = createMockClient({ mutation: () => ({ data: { reauthorizeConnection: { authorizeUrl, errors: [] } } }) });
    const redirect = vi.fn();
    renderWithClient(<ReauthorizeForm connection={connection('NEEDS_RECONNECT')} connector={fortnox} variant="row" redirect={redirect} />, { client: mock.client });
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect Fortnox AB' }));
    expect(screen.queryByLabelText('Client id')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Continue to Fortnox' }));
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(authorizeUrl));
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'C1' } });
  });

  it('should ask a disconnected connection for its client and show the API\'s errors on their fields', async () => {
    const mock = createMockClient({
      mutation: () => ({ data: { reauthorizeConnection: { authorizeUrl: null, errors: [{ code: 'INVALID_VALUE', message: 'Fortnox does not know this client', field: ['credentials', 'clientSecret'] }] } } }),
    });
    const redirect = vi.fn();
    renderWithClient(<ReauthorizeForm connection={connection('DISCONNECTED')} connector={fortnox} variant="panel" redirect={redirect} />, { client: mock.client });
    const form = screen.getByRole('form', { name: 'Reconnect Fortnox AB' });
    expect(form.textContent).toContain('client was deleted');
    fireEvent.change(screen.getByLabelText('Client id'), { target: { value: 'LbFnx' } });
    fireEvent.change(screen.getByLabelText('Client secret'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue to Fortnox' }));
    expect(await screen.findByText('Fortnox does not know this client')).toBeTruthy();
    expect(screen.getByLabelText('Client secret').getAttribute('aria-invalid')).toBe('true');
    // empty optional inputs are left out so the API's defaults apply
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'C1', credentials: { clientId: 'LbFnx', clientSecret: 'wrong' } } });
    expect(redirect).not.toHaveBeenCalled();
  });
});

describe('ConnectionRow reconnect', () => {
  const row = (status: string, connector: typeof fortnox | typeof economic) => (
    <table>
      <tbody>
        <ConnectionRow connection={connection(status)} systemName={connector.displayName} refreshesItself={connector.authMode === 'oauth2'} onEditRules={() => undefined} connector={connector} />
      </tbody>
    </table>
  );

  it('should show Reconnect for a Fortnox connection needing it and none for a working one', () => {
    const mock = createMockClient({});
    const { unmount } = renderWithClient(row('ACTIVE', fortnox), { client: mock.client });
    expect(screen.queryByRole('button', { name: 'Reconnect Fortnox AB' })).toBeNull();
    unmount();
    renderWithClient(row('NEEDS_RECONNECT', fortnox), { client: mock.client });
    expect(screen.getByRole('button', { name: 'Reconnect Fortnox AB' })).toBeTruthy();
  });

  it('should send a token system to its settings page for new credentials', () => {
    renderWithClient(row('DISCONNECTED', economic), { client: createMockClient({}).client });
    expect(screen.getByRole('link', { name: 'Reconnect Fortnox AB' }).getAttribute('href')).toBe('/admin/connection-settings?connection=C1&section=connection');
  });
});
