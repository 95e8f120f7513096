import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { readRegisterRulesForm } from './register-rules-form';
import { RegisterRulesPanel } from './register-rules-panel';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

const fortnoxRegisters = {
  customerMaster: 'NONE', productMaster: 'NONE', customerNumbering: 'SOURCE', invoiceNumbering: 'ERP', pushLinkedChangesImmediately: false,
  transferAllCustomers: false, pushNewCustomersAtFirstInvoice: false, transferProjects: true, closedProjects: 'LEAVE',
};

describe('register rules: invoice numbering and immediate push (X-08, SE-FX-32, PV-04)', () => {
  it('should check invoice numbering with the domain schema and read the immediate-push flag', () => {
    const bad = readRegisterRulesForm(form({ invoiceNumbering: 'BOTH' }));
    expect(bad.ok ? [] : Object.keys(bad.errors.fields)).toEqual(['invoiceNumbering']);
    const read = readRegisterRulesForm(form({ invoiceNumbering: 'SOURCE', pushLinkedChangesImmediately: 'on' }));
    expect(read.ok && read.value).toMatchObject({ invoiceNumbering: 'SOURCE', pushLinkedChangesImmediately: true });
  });

  it('should show Fortnox\'s refusal of source numbering next to the field and send only the registers group (SE-FX-32)', async () => {
    const refusal = 'Fortnox numbers invoices and credit notes itself; it cannot take invoice numbers from the source (X-08)';
    const mock = createMockClient({
      mutation: () => ({ data: { updateTransferRules: { connection: null, errors: [{ code: 'INVALID_VALUE', message: refusal, field: ['rules', 'registers', 'invoiceNumbering'] }] } } }),
    });
    const rules = { debtor: { isEnabled: true }, registers: fortnoxRegisters };
    renderWithClient(<RegisterRulesPanel connection={{ id: 'C1', name: 'Fortnox', rules }} />, { client: mock.client });
    const numbering = screen.getByRole('group', { name: 'Who numbers invoices and credit notes' });
    expect((within(numbering).getByLabelText('The ERP (its number is written back)') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(numbering).getByLabelText('Ledgerbridge: the ERP document carries our number'));
    fireEvent.click(screen.getByLabelText(/right after saving/));
    fireEvent.click(screen.getByRole('button', { name: 'Save register rules' }));
    const message = await screen.findByText(refusal);
    expect(message.id).toBe('settings-invoiceNumbering-error');
    expect(numbering.getAttribute('aria-describedby')).toBe('settings-invoiceNumbering-error');
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { connectionId: 'C1', rules: { registers: { ...fortnoxRegisters, invoiceNumbering: 'SOURCE', pushLinkedChangesImmediately: true } } },
    });
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });
});
