import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { checkInvoicingForm } from './invoicing-settings-form';
import { InvoicingSettingsPage } from './invoicing-settings-page';

const settings = { creationMode: 'DRAFT', invoicingTime: 'ON_COMPLETION', delivery: 'NONE', isSaved: false, updatedBy: null };

describe('invoicing settings form (PV-06, PV-08, PV-10, PV-13)', () => {
  it('should check values with the domain schema and name the offending field', () => {
    const form = new FormData();
    form.set('creationMode', 'SOMETIMES');
    const checked = checkInvoicingForm(form);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors.fields)).toEqual(['creationMode']);
  });

  it('should apply the domain defaults to what is left empty', () => {
    expect(checkInvoicingForm(new FormData())).toEqual({
      ok: true,
      value: { creationMode: 'DRAFT', invoicingTime: 'ON_COMPLETION', delivery: 'NONE' },
    });
  });

  it('should save the chosen values and show the API\'s error next to its field', async () => {
    let call = 0;
    const mock = createMockClient({
      // the customers' panel on the same page asks for its own list
      query: (request) => (request.variables && 'first' in request.variables
        ? { data: { customers: { totalCount: 0, nodes: [] } } }
        : { data: { invoicingSettings: settings } }),
      mutation: () => {
        call += 1;
        return call === 1
          ? { data: { saveInvoicingSettings: { settings: null, errors: [{ code: 'INVALID_VALUE', message: 'Not allowed for this tenant', field: ['delivery'] }] } } }
          : { data: { saveInvoicingSettings: { settings: { ...settings, creationMode: 'BOOKED', isSaved: true, updatedBy: 'anna' }, errors: [] } } };
      },
    });
    renderWithClient(<InvoicingSettingsPage />, { client: mock.client });
    fireEvent.click(await screen.findByLabelText('Booked: created and booked at once'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByText('Not allowed for this tenant')).id).toBe('invoicing-delivery-error');
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { creationMode: 'BOOKED', invoicingTime: 'ON_COMPLETION', delivery: 'NONE' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByText('Invoicing settings saved.')).toBeTruthy());
  });
});
