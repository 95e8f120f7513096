import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CreateApiKeyMutation } from '../../graphql/generated/graphql';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { ApiKeysPage } from './api-keys-page';

const existing = { id: 'K1', name: 'Field app', prefix: 'lbk_ab12', createdAt: '2026-11-20T10:00:00.000Z', revokedAt: null };

describe('ApiKeysPage', () => {
  it('should list keys and show a new key once, with its name error next to the field', async () => {
    let calls = 0;
    const mock = createMockClient({
      query: () => ({ data: { apiKeys: [existing] } }),
      mutation: () => {
        calls += 1;
        const data: CreateApiKeyMutation =
          calls === 1
            ? { createApiKey: { apiKey: null, secret: null, errors: [{ code: 'TOO_LONG', message: 'Name is too long', field: ['name'] }] } }
            : {
                createApiKey: {
                  apiKey: { ...existing, id: 'K2', name: 'Billing', prefix: 'lbk_cd34' },
                  secret: 'lbk_cd34_secret_value',
                  errors: [],
                },
              };
        return { data };
      },
    });
    renderWithClient(<ApiKeysPage />, { client: mock.client });

    expect(await screen.findByText('Field app')).toBeTruthy();
    const name = screen.getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'Billing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Name is too long');

    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect((await screen.findByTestId('new-api-key-secret')).textContent).toBe('lbk_cd34_secret_value');
    expect(mock.executeMutation.mock.calls[1]?.[0].variables).toEqual({ input: { name: 'Billing' } });

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('new-api-key-secret')).toBeNull();
  });

  it('should revoke a key by its id', async () => {
    const mock = createMockClient({
      query: () => ({ data: { apiKeys: [existing] } }),
      mutation: () => ({ data: { revokeApiKey: { apiKey: { id: 'K1', revokedAt: '2026-11-21T10:00:00.000Z' }, errors: [] } } }),
    });
    renderWithClient(<ApiKeysPage />, { client: mock.client });

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke Field app' }));
    await waitFor(() => expect(mock.executeMutation).toHaveBeenCalledTimes(1));
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { id: 'K1' } });
  });
});
