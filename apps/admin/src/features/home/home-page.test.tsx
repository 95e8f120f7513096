import { fireEvent, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { App } from '../../app';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import type { ViewerQuery as ViewerQueryData } from '../../graphql/generated/graphql';

const tokenKey = 'ledgerbridge.session.token';
const viewer: ViewerQueryData = {
  viewer: { tenant: { id: 't1', name: 'Nordlys AS' }, user: { email: 'ola@nordlys.no', role: 'ADMIN', id: 'u1' }, kind: 'USER' },
};

describe('HomePage', () => {
  it('should show the tenant, e-mail and role of the signed-in user', async () => {
    window.sessionStorage.setItem(tokenKey, 'existing-token');
    const mock = createMockClient({ query: () => ({ data: viewer }) });
    renderWithClient(<App />, { client: mock.client });

    expect(
      await screen.findByText(
        (_, element) => element?.tagName === 'P' && element.textContent === 'Signed in to Nordlys AS as ola@nordlys.no (ADMIN)',
      ),
    ).toBeTruthy();
  });

  it('should clear the session and return to sign-in when signing out', async () => {
    window.sessionStorage.setItem(tokenKey, 'existing-token');
    const mock = createMockClient({ query: () => ({ data: viewer }) });
    renderWithClient(<App />, { client: mock.client });

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(window.sessionStorage.getItem(tokenKey)).toBeNull();
  });

  it('should ask to sign in again when the API rejects the session', async () => {
    window.sessionStorage.setItem(tokenKey, 'expired-token');
    const mock = createMockClient({
      query: () => ({
        data: undefined,
        error: new CombinedError({
          graphQLErrors: [{ message: 'Not authenticated', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      }),
    });
    renderWithClient(<App />, { client: mock.client });

    expect((await screen.findByRole('alert')).textContent).toBe('Your session has ended. Sign in again.');
  });
});
