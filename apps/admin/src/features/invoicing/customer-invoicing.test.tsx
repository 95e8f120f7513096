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
    expect(readCustomerOverrides(form({ invoiceCreationMode: 'BOOKED', invoicingTime: '', invoiceDelivery: '' }), none)).toEqual({ ok: true, value: { invoiceCreationMode: 'BOOKED' }, clear: [] });
  });

  it('should list an own value set back to "inherit" for clearing and leave inherited ones that stay inherited out (ADR 0024)', () => {
    const read = readCustomerOverrides(form({ invoiceCreationMode: '', invoicingTime: '', invoiceDelivery: 'NONE' }), overriding);
    expect(read).toEqual({ ok: true, value: { invoiceDelivery: 'NONE' }, clear: ['INVOICING_TIME'] });
    expect(readCustomerOverrides(form({ invoiceCreationMode: '', invoicingTime: '', invoiceDelivery: '' }), none)).toEqual({ ok: true, value: {}, clear: [] });
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

  it('should clear the own values an admin sets back to "inherit", and all of them with "Use default for all" (PV-15, ADR 0024)', async () => {
    const cleared = { ...overriding, invoicingTime: null, invoiceDelivery: null, invoicing: tenant };
    const mock = createMockClient({
      query: () => ({ data: { customers: { totalCount: 1, nodes: [overriding] } } }),
      mutation: (request) => {
        const operation = request.query.definitions[0];
        return operation?.kind === 'OperationDefinition' && operation.name?.value === 'ClearCustomerInvoicing'
          ? { data: { clearCustomerInvoicing: { customer: cleared, errors: [] } } }
          : { data: { upsertCustomer: { customer: overriding, errors: [] } } };
      },
    });
    renderWithClient(<CustomerInvoicingPanel />, { client: mock.client });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Borg EAN' }));
    const editor = screen.getByRole('form', { name: 'Invoicing of Borg EAN' });
    fireEvent.change(within(editor).getByLabelText('When invoices are made'), { target: { value: '' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save customer\'s invoicing' }));
    await within(editor).findByText('Invoicing of Borg EAN saved.');
    // the untouched own delivery goes to upsertCustomer as it is; the emptied time is cleared, nothing else
    expect(mock.executeMutation.mock.calls.map((call) => call[0].variables)).toEqual([
      { input: { id: overriding.id, invoiceDelivery: 'NONE' } },
      { input: { customerId: overriding.id, settings: ['INVOICING_TIME'] } },
    ]);

    fireEvent.click(within(editor).getByRole('button', { name: 'Use default for all' }));
    await within(editor).findByText('Borg EAN now uses the settings above.');
    expect(mock.executeMutation.mock.calls.at(-1)?.[0].variables).toEqual({ input: { customerId: overriding.id } });
  });
});
