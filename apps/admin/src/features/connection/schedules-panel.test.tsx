import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { SchedulesPanel } from './schedules-panel';

describe('SchedulesPanel (X-09)', () => {
  it('should save a schedule and show a failed pre-flight check next to "Enabled"', async () => {
    const mock = createMockClient({
      query: () => ({ data: { transferSchedules: [] } }),
      mutation: () => ({
        data: {
          saveTransferSchedule: {
            schedule: null,
            errors: [{ code: 'INVALID_VALUE', message: 'Pre-flight check: unit "kartong" is missing', field: ['isEnabled'] }],
          },
        },
      }),
    });
    renderWithClient(<SchedulesPanel connectionId="C1" />, { client: mock.client });
    expect(await screen.findByText(/No schedules/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Every (minutes)'), { target: { value: '15' } });
    fireEvent.click(screen.getByLabelText('Products'));
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));

    await waitFor(() => expect(mock.executeMutation).toHaveBeenCalledTimes(1));
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { connectionId: 'C1', name: 'default', everyMinutes: 15, registers: ['PRODUCTS'], isEnabled: true },
    });
    const enabled = screen.getByLabelText('Enabled');
    await waitFor(() => expect(enabled.getAttribute('aria-describedby')).toBe('schedule-enabled-error'));
    expect(document.getElementById('schedule-enabled-error')?.textContent).toMatch(/Pre-flight check/);
  });
});
