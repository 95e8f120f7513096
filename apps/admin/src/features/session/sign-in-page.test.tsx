import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { App } from '../../app';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import type { LoginMutation as LoginMutationData } from '../../graphql/generated/graphql';
import { SignInPage } from './sign-in-page';

const tokenKey = 'ledgerbridge.session.token';

function failedLogin(errors: LoginMutationData['login']['errors']): LoginMutationData {
  return { login: { token: null, user: null, tenant: null, tenantChoices: [], errors } };
}

function submitCredentials(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

function describedBy(element: HTMLElement): string | null | undefined {
  const id = element.getAttribute('aria-describedby');
  return id === null ? null : document.getElementById(id)?.textContent;
}

describe('SignInPage', () => {
  it('should send the e-mail and password as the login input', async () => {
    const mock = createMockClient({ mutation: () => ({ data: failedLogin([]) }) });
    renderWithClient(<SignInPage />, { client: mock.client });

    submitCredentials('  anna@acme.dk ', 'correct horse');

    await waitFor(() => expect(mock.executeMutation).toHaveBeenCalledTimes(1));
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { email: 'anna@acme.dk', password: 'correct horse' },
    });
  });

  it('should show field errors next to their fields and other errors as a general alert', async () => {
    const mock = createMockClient({
      mutation: () => ({
        data: failedLogin([
          { code: 'INVALID_FORMAT', message: 'Enter a valid e-mail address.', field: ['email'] },
          { code: 'TOO_SMALL', message: 'The password is too short.', field: ['password'] },
          { code: 'CONFLICT', message: 'Too many attempts. Wait a minute.', field: null },
        ]),
      }),
    });
    renderWithClient(<SignInPage />, { client: mock.client });

    submitCredentials('anna@acme', 'x');

    const email = screen.getByLabelText('E-mail');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(email)).toBe('Enter a valid e-mail address.');
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(password)).toBe('The password is too short.');
    expect(screen.getByRole('alert').textContent).toBe('Too many attempts. Wait a minute.');
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(window.sessionStorage.getItem(tokenKey)).toBeNull();
  });

  it('should show a general error when credentials are rejected without a field', async () => {
    const mock = createMockClient({
      mutation: () => ({
        data: failedLogin([{ code: 'INVALID_CREDENTIALS', message: 'Wrong e-mail or password.', field: null }]),
      }),
    });
    renderWithClient(<SignInPage />, { client: mock.client });

    submitCredentials('anna@acme.dk', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('Wrong e-mail or password.');
    expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('false');
  });

  it('should show a general error when the API cannot be reached', async () => {
    const mock = createMockClient({
      mutation: () => ({ data: undefined, error: new CombinedError({ networkError: new Error('Failed to fetch') }) }),
    });
    renderWithClient(<SignInPage />, { client: mock.client });

    submitCredentials('anna@acme.dk', 'correct horse');

    expect((await screen.findByRole('alert')).textContent).toMatch(/could not reach ledgerbridge/i);
  });
});

describe('App sign-in flow', () => {
  it('should store the token and show the signed-in shell after a successful sign-in', async () => {
    const mock = createMockClient({
      mutation: () => ({
        data: {
          login: {
            token: 'session-token-1',
            user: { id: 'u1', email: 'anna@acme.dk', role: 'ADMIN' },
            tenant: { id: 't1', name: 'Acme ApS' },
            tenantChoices: [],
            errors: [],
          },
        } satisfies LoginMutationData,
      }),
      query: () => ({
        data: { viewer: { kind: 'USER', tenant: { id: 't1', name: 'Acme ApS' }, user: { id: 'u1', email: 'anna@acme.dk', role: 'ADMIN' } } },
      }),
    });
    renderWithClient(<App />, { client: mock.client });

    submitCredentials('anna@acme.dk', 'correct horse');

    expect((await screen.findByTestId('signed-in-as')).textContent).toBe('Acme ApS · anna@acme.dk');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(window.sessionStorage.getItem(tokenKey)).toBe('session-token-1');
    expect(screen.queryByLabelText('Password')).toBeNull();
  });
});

describe('SignInPage tenant choice', () => {
  it('should offer the tenants the API names and send the chosen one as tenantId', async () => {
    const mock = createMockClient({
      mutation: (request) =>
        (request.variables as { input: { tenantId?: string } }).input.tenantId === undefined
          ? {
              data: {
                login: {
                  token: null,
                  user: null,
                  tenant: null,
                  tenantChoices: [
                    { id: 'T1', name: 'North ApS' },
                    { id: 'T2', name: 'South AB' },
                  ],
                  errors: [{ code: 'REQUIRED', message: 'Choose a tenant', field: ['tenantId'] }],
                },
              } satisfies LoginMutationData,
            }
          : {
              data: {
                login: {
                  token: 'token-south',
                  user: { id: 'u2', email: 'eva@example.dk', role: 'ADMIN' },
                  tenant: { id: 'T2', name: 'South AB' },
                  tenantChoices: [],
                  errors: [],
                },
              } satisfies LoginMutationData,
            },
    });
    renderWithClient(<SignInPage />, { client: mock.client });

    submitCredentials('eva@example.dk', 'correct horse');
    const south = await screen.findByLabelText('South AB');
    expect(screen.getByText('Choose a tenant')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('North ApS')));

    fireEvent.click(south);
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(window.sessionStorage.getItem(tokenKey)).toBe('token-south'));
    expect(mock.executeMutation.mock.calls[1]?.[0].variables).toEqual({
      input: { email: 'eva@example.dk', password: 'correct horse', tenantId: 'T2' },
    });
    const account = JSON.parse(window.sessionStorage.getItem('ledgerbridge.session.account') ?? 'null');
    expect(account.tenants).toEqual([
      { id: 'T1', name: 'North ApS' },
      { id: 'T2', name: 'South AB' },
    ]);
  });
});
