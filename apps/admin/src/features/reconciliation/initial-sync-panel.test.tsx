import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { InitialSyncPanel } from './initial-sync-panel';
import { isEventOfRun, liveLine } from './initial-sync-state';
import { toGlobalId } from '../../graphql/global-id';

const runId = toGlobalId('TransferRun', '41');
const sync = (over: Record<string, unknown> = {}) => ({
  connectionId: 'Q29ubmVjdGlvbjox',
  startedAt: '2026-11-23T10:00:00.000Z',
  startedBy: 'admin@example.se',
  startupImport: false,
  isBlockingNextSync: true,
  openErrorCount: 1,
  errorsAcknowledgedAt: null,
  errorsAcknowledgedBy: null,
  run: { id: runId, status: 'PARTIAL', error: null, finishedAt: '2026-11-23T10:01:00.000Z', counts: { transferred: 3, updated: 1, skipped: 0, failed: 1 } },
  errors: [{ id: 'VHJhbnNmZXJJdGVtOjk', register: 'products', recordId: null, externalId: 'EL-INST', errorCode: 'REJECTED', message: 'Unknown unit "timmar"' }],
  ...over,
});

describe('initial synchronisation panel (X-11, SE-VN-60)', () => {
  it('should list the run\'s errors at once, say they block the next sync, and acknowledge them', async () => {
    let acknowledged = false;
    const mock = createMockClient({
      query: () => ({ data: { initialSync: acknowledged ? sync({ isBlockingNextSync: false, openErrorCount: 0, errorsAcknowledgedAt: '2026-11-23T11:00:00.000Z', errorsAcknowledgedBy: 'anna' }) : sync() } }),
      mutation: () => {
        acknowledged = true;
        return { data: { acknowledgeInitialSyncErrors: { initialSync: null, errors: [] } } };
      },
    });
    renderWithClient(<InitialSyncPanel connectionId="Q29ubmVjdGlvbjox" />, { client: mock.client });
    expect(await screen.findByText(/Unknown unit "timmar"/)).toBeTruthy();
    expect(screen.getByText(/block the next synchronisation/)).toBeTruthy();
    expect(screen.getByTestId('initial-sync-progress').textContent).toMatch(/partial · 3 transferred, 1 updated, 0 skipped, 1 failed/);
    // a finished run may be started again only if it changed nothing; the API decides (ALREADY_DONE)
    expect(screen.getByRole('button', { name: 'Start initial sync' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge errors' }));
    await waitFor(() => expect(screen.getByText(/Acknowledged .* by anna\./)).toBeTruthy());
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'Q29ubmVjdGlvbjox' } });
    expect(screen.queryByRole('button', { name: 'Acknowledge errors' })).toBeNull();
  });

  it('should show the API\'s refusal of a second initial sync (RB-06)', async () => {
    const mock = createMockClient({
      query: () => ({ data: { initialSync: sync({ isBlockingNextSync: false, openErrorCount: 0, errors: [] }) } }),
      mutation: () => ({ data: { startInitialSync: { initialSync: null, errors: [{ code: 'ALREADY_DONE', message: 'The initial synchronisation was already done', field: ['connectionId'] }] } } }),
    });
    renderWithClient(<InitialSyncPanel connectionId="Q29ubmVjdGlvbjox" />, { client: mock.client });
    fireEvent.click(await screen.findByRole('button', { name: 'Start initial sync' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'The initial synchronisation was already done');
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'Q29ubmVjdGlvbjox', startupImport: false } });
  });

  it('should follow only its own run\'s item events', () => {
    const event = { cursor: '7', kind: 'TRANSFER_ITEM', connectionId: 'c', occurredAt: '2026-11-23T10:00:00Z', payload: { runId: '41', register: 'customers', outcome: 'TRANSFERRED', externalNumber: '7009' } };
    expect(isEventOfRun(event, runId)).toBe(true);
    expect(isEventOfRun({ ...event, payload: { ...event.payload, runId: '42' } }, runId)).toBe(false);
    expect(liveLine(event)).toEqual({ cursor: '7', outcome: 'TRANSFERRED', text: 'customers 7009: transferred' });
    expect(liveLine({ ...event, kind: 'TRANSFER_RUN_FINISHED' })).toBeNull();
  });
});
