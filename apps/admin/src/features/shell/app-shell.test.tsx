import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../app';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';

const tokenKey = 'ledgerbridge.session.token';
const accountKey = 'ledgerbridge.session.account';
const viewer = { viewer: { kind: 'USER', tenant: { id: 'T1', name: 'North ApS' }, user: { id: 'u1', email: 'eva@example.dk', role: 'ADMIN' } } };

describe('AppShell', () => {
  it('should switch tenant by ending this session and offering sign-in to the other tenant', async () => {
    window.sessionStorage.setItem(tokenKey, 'token-north');
    window.sessionStorage.setItem(
      accountKey,
      JSON.stringify({ email: 'eva@example.dk', tenantId: 'T1', tenants: [{ id: 'T1', name: 'North ApS' }, { id: 'T2', name: 'South AB' }] }),
    );
    const mock = createMockClient({ query: () => ({ data: viewer }), mutation: () => ({ data: { logout: { ok: true } } }) });
    renderWithClient(<App />, { client: mock.client });

    fireEvent.change(await screen.findByLabelText('Tenant'), { target: { value: 'T2' } });

    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy());
    expect(mock.executeMutation).toHaveBeenCalledTimes(1);
    expect(window.sessionStorage.getItem(tokenKey)).toBeNull();
    expect((screen.getByLabelText('E-mail') as HTMLInputElement).value).toBe('eva@example.dk');
    expect((screen.getByLabelText('South AB') as HTMLInputElement).checked).toBe(true);
  });

  it('should show no tenant switcher for a user in one tenant, and sign out through the API', async () => {
    window.sessionStorage.setItem(tokenKey, 'token-north');
    const mock = createMockClient({ query: () => ({ data: viewer }), mutation: () => ({ data: { logout: { ok: true } } }) });
    renderWithClient(<App />, { client: mock.client });

    expect((await screen.findByTestId('signed-in-as')).textContent).toBe('North ApS · eva@example.dk');
    expect(screen.queryByLabelText('Tenant')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(window.sessionStorage.getItem(tokenKey)).toBeNull());
    expect(mock.executeMutation).toHaveBeenCalledTimes(1);
  });
});
