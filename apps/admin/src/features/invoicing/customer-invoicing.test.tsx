import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { readCustomerOverrides } from './customer-invoicing-form';
import { CustomerInvoicingPanel } from './customer-invoicing-panel';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

const tenant = { creationMode: 'DRAFT', invoicingTime: 'ON_COMPLETION', delivery: 'EMAIL' };
const inheriting = { id: 'Q3VzdG9tZXI6MQ', number: '1001', name: 'Acme', invoiceCreationMode: null, invoicingTime: null, invoiceDelivery: null, invoicing: tenant };
const overriding = {
  id: 'Q3VzdG9tZXI6Mg', number: '1002', name: 'Borg EAN', invoiceCreationMode: null, invoicingTime: 'BEFORE_WORKDAY', invoiceDelivery: 'NONE',
  invoicing: { ...tenant, invoicingTime: 'BEFORE_WORKDAY', delivery: 'NONE' },
};
const none = { invoiceCreationMode: null, invoicingTime: null, invoiceDelivery: null };

describe('customers\' own invoicing settings (PV-07, PV-15, X-05)', () => {
  it('should check own values with the domain customer schema and send only the ones set', () => {
    const bad = readCustomerOverrides(form({ invoiceCreationMode: 'SOMETIMES' }), none);
    expect(bad.ok ? [] : Object.keys(bad.errors.fields)).toEqual(['invoiceCreationMode']);
    expect(readCustomerOverrides(form({ invoiceCreationMode: 'BOOKED', invoicingTime: '', invoiceDelivery: '' }), none)).toEqual({ ok: true, value: { invoiceCreationMode: 'BOOKED' } });
  });

  it('should name the field when an own value would silently stay (the API cannot clear one)', () => {
    const read = readCustomerOverrides(form({ invoiceCreationMode: '', invoicingTime: '', invoiceDelivery: 'NONE' }), overriding);
    expect(read.ok ? [] : Object.keys(read.errors.fields)).toEqual(['invoicingTime']);
  });

  it('should list customers with inherited vs own values, search, and save one customer\'s own value with the API\'s error at its field', async () => {
    const mock = createMockClient({
      query: (request) => ({
        data: { customers: request.variables?.['search'] === 'borg' ? { totalCount: 1, nodes: [overriding] } : { totalCount: 2, nodes: [inheriting, overriding] } },
      }),
      mutation: () => ({ data: { upsertCustomer: { customer: null, errors: [{ code: 'INVALID_VALUE', message: 'EAN customers are not e-mailed', field: ['invoiceDelivery'] }] } } }),
    });
    renderWithClient(<CustomerInvoicingPanel />, { client: mock.client });
    const table = await screen.findByRole('table', { name: 'Customers\' invoicing' });
    const acme = within(table).getByRole('row', { name: /Acme/ });
    expect(within(acme).getAllByText('(inherited)')).toHaveLength(3);
    const borg = within(table).getByRole('row', { name: /Borg EAN/ });
    expect(within(borg).getAllByText('(own)')).toHaveLength(2);
    expect(within(borg).getByText('The night before the scheduled working day')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Find customers'), { target: { value: 'borg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Acme/ })).toBeNull());
    expect(mock.executeQuery.mock.calls.at(-1)?.[0].variables).toMatchObject({ search: 'borg' });

    fireEvent.click(screen.getByRole('button', { name: 'Edit Borg EAN' }));
    const editor = screen.getByRole('form', { name: 'Invoicing of Borg EAN' });
    const creation = within(editor).getByLabelText('Invoice creation in the ERP') as HTMLSelectElement;
    expect(creation.value).toBe('');
    expect(within(creation).getByRole('option', { name: 'Inherit: Draft: the ERP users book it themselves' })).toBeTruthy();
    fireEvent.change(creation, { target: { value: 'BOOKED' } });
    fireEvent.change(within(editor).getByLabelText('Delivery to the customer'), { target: { value: 'EMAIL' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save customer\'s invoicing' }));
    const message = await within(editor).findByText('EAN customers are not e-mailed');
    expect(within(editor).getByLabelText('Delivery to the customer').getAttribute('aria-describedby')).toBe(message.id);
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { id: overriding.id, invoiceCreationMode: 'BOOKED', invoicingTime: 'BEFORE_WORKDAY', invoiceDelivery: 'EMAIL' },
    });
  });
});
