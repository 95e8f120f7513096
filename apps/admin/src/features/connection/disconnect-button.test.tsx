import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { DisconnectButton } from './disconnect-button';

const connection = { id: 'C1', name: 'Books' };

describe('DisconnectButton (issue #6 screen 2, X-02)', () => {
  it('should ask before disconnecting and send nothing when cancelled', () => {
    const mock = createMockClient({ mutation: () => ({ data: {} }) });
    renderWithClient(<DisconnectButton connection={connection} systemName="e-conomic" />, { client: mock.client });
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect Books' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/credentials are deleted/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(mock.executeMutation).not.toHaveBeenCalled();
  });

  it('should disconnect the connection once confirmed', async () => {
    const mock = createMockClient({
      mutation: () => ({ data: { disconnectSystem: { connection: { id: 'C1', status: 'DISCONNECTED', statusReason: 'gone', tokenExpiresAt: null }, errors: [] } } }),
    });
    renderWithClient(<DisconnectButton connection={connection} systemName="e-conomic" />, { client: mock.client });
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect Books' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
    await waitFor(() => expect(mock.executeMutation).toHaveBeenCalledTimes(1));
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'C1' } });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('should show the API\'s refusal and stay open', async () => {
    const mock = createMockClient({
      mutation: () => ({ data: { disconnectSystem: { connection: null, errors: [{ code: 'NOT_FOUND', message: 'No connection with this id', field: ['connectionId'] }] } } }),
    });
    renderWithClient(<DisconnectButton connection={connection} systemName="e-conomic" />, { client: mock.client });
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect Books' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
    expect(await screen.findByText('No connection with this id')).toBeTruthy();
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });
});
