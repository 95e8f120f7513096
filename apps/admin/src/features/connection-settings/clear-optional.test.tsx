import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { readCostRulesForm } from './cost-rules-form';
import { readDebtorForm, readInventoryForm } from './debtor-rules-form';
import { readRegisterRulesForm } from './register-rules-form';
import { RegisterRulesPanel } from './register-rules-panel';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

const registers = {
  customerMaster: 'NONE', productMaster: 'NONE', customerNumbering: 'ERP', invoiceNumbering: 'ERP', pushLinkedChangesImmediately: false,
  transferAllCustomers: false, pushNewCustomersAtFirstInvoice: false, transferProjects: true, closedProjects: 'DEACTIVATE',
};

describe('an emptied optional setting is sent as null (clear), an untouched empty one is left out (ADR 0024)', () => {
  it('should clear an emptied number length and leave out one that was never set (SE-VN-14)', () => {
    const saved = { ...registers, customerNumberLength: 6, productNumberLength: 8 };
    const read = readRegisterRulesForm(form({ ...registers, productNumberLength: '9' } as unknown as Record<string, string>), saved);
    expect(read.ok).toBe(true);
    const value = read.ok ? (read.value as Record<string, unknown>) : {};
    expect(value['customerNumberLength']).toBeNull();
    expect(value['productNumberLength']).toBe(9);
    expect(value).not.toHaveProperty('projectNumberLength');
  });

  it('should clear the empty-line product and a "book when booked" set back to unset, and keep untouched ones out (RB-13, PV-08)', () => {
    const read = readDebtorForm(form({ isEnabled: 'on', bookWhenBookedInSource: 'UNSET', emptyLineProductNumber: '' }), { bookWhenBookedInSource: true, emptyLineProductNumber: 'TEXT' });
    expect(read.ok && read.value).toMatchObject({ bookWhenBookedInSource: null, emptyLineProductNumber: null, isEnabled: true });
    const untouched = readDebtorForm(form({ isEnabled: 'on', bookWhenBookedInSource: 'UNSET' }), { isEnabled: true });
    expect(untouched.ok ? untouched.value : {}).not.toHaveProperty('emptyLineProductNumber');
    expect(untouched.ok ? untouched.value : {}).not.toHaveProperty('bookWhenBookedInSource');
  });

  it('should clear emptied inventory value accounts instead of keeping the saved ones (RB-25)', () => {
    const saved = { isEnabled: false, frequency: 'MONTHLY', journalNumber: '4', inventoryAccountNumber: '5610', offsetAccountNumber: '1400' };
    const read = readInventoryForm(form({ frequency: 'MONTHLY', inventoryJournalNumber: '4' }), saved);
    expect(read).toEqual({ ok: true, value: { isEnabled: false, frequency: 'MONTHLY', journalNumber: '4', inventoryAccountNumber: null, offsetAccountNumber: null } });
  });

  it('should clear an emptied company VAT rate, and leave it out when none was saved (SE-EE-50)', () => {
    expect(readCostRulesForm(form({}), { companyVatRate: '25', transferSupplierInvoiceImages: false })).toEqual({ ok: true, value: { companyVatRate: null, transferSupplierInvoiceImages: false, transferInvoiceAttachments: false } });
    expect(readCostRulesForm(form({}), { transferSupplierInvoiceImages: false })).toEqual({ ok: true, value: { transferSupplierInvoiceImages: false, transferInvoiceAttachments: false } });
  });

  it('should send null for a number length the admin empties on the register rules screen', async () => {
    const mock = createMockClient({ mutation: () => ({ data: { updateTransferRules: { connection: null, errors: [] } } }) });
    renderWithClient(<RegisterRulesPanel connection={{ id: 'C1', name: 'e-conomic', rules: { registers: { ...registers, customerNumberLength: 6 } } }} />, { client: mock.client });
    const length = screen.getByLabelText(/Customer numbers have exactly/) as HTMLInputElement;
    expect(length.value).toBe('6');
    fireEvent.change(length, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save register rules' }));
    await waitFor(() => expect(mock.executeMutation).toHaveBeenCalled());
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'C1', rules: { registers: { ...registers, customerNumberLength: null } } } });
  });
});
