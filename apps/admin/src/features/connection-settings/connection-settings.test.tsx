import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { GraphQLRequest } from 'urql';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { CreditorPanel } from './creditor-panel';
import { DebtorRulesPanel } from './debtor-rules-panel';
import { neverBookEanNote, readDebtorForm, readInventoryForm } from './debtor-rules-form';
import { LifecyclePanel } from './lifecycle-panel';
import { NotificationsPanel } from './notifications-panel';
import { readFailureNotificationForm, readNightlyForm } from './notifications-form';
import { creditorErrorsFromApi, matrixRows, readCreditorForm } from './posting-matrix-form';
import { readRegisterRulesForm, registerRulesErrorsFromApi } from './register-rules-form';
import { RegisterRulesPanel } from './register-rules-panel';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

const operationName = (request: GraphQLRequest) => {
  const definition = request.query.definitions[0];
  return definition !== undefined && 'name' in definition ? definition.name?.value : undefined;
};

const fortnoxRegisters = {
  customerMaster: 'NONE', productMaster: 'NONE', customerNumbering: 'SOURCE', invoiceNumbering: 'ERP', pushLinkedChangesImmediately: false, transferAllCustomers: false,
  pushNewCustomersAtFirstInvoice: false, transferProjects: true, closedProjects: 'LEAVE',
};

describe('register rules form (X-06, X-07, X-08, SE-VN-14, SE-FX-31)', () => {
  it('should check the registers group with the domain schema and name the field it rejects', () => {
    const read = readRegisterRulesForm(form({ customerMaster: 'ERP', customerNumberLength: '0', productNumberLength: 'six' }));
    expect(read.ok ? [] : Object.keys(read.errors.fields).sort()).toEqual(['customerNumberLength', 'productNumberLength']);
    const bad = readRegisterRulesForm(form({ customerMaster: 'BOTH' }));
    expect(bad.ok ? [] : Object.keys(bad.errors.fields)).toEqual(['customerMaster']);
  });

  it('should bind the API\'s rules.registers.* paths to the form and leave other groups general', () => {
    expect(registerRulesErrorsFromApi([
      { code: 'TOO_LARGE', message: 'At most 30', field: ['rules', 'registers', 'projectNumberLength'] },
      { code: 'INVALID_VALUE', message: 'Debtor problem', field: ['rules', 'debtor', 'isEnabled'] },
    ])).toEqual({ fields: { projectNumberLength: 'At most 30' }, general: ['Debtor problem'] });
  });

  it('should show the connector\'s defaults and send only the registers group', async () => {
    const mock = createMockClient({
      mutation: () => ({
        data: { updateTransferRules: { connection: null, errors: [{ code: 'TOO_SMALL', message: 'At least 1', field: ['rules', 'registers', 'customerNumberLength'] }] } },
      }),
    });
    const rules = { projectCostMode: 'COSTS_ONLY', debtor: { isEnabled: false }, registers: fortnoxRegisters };
    renderWithClient(<RegisterRulesPanel connection={{ id: 'C1', name: 'Fortnox', rules }} />, { client: mock.client });
    expect((screen.getByLabelText('Leave it open in the ERP') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Transfer projects') as HTMLInputElement).checked).toBe(true);
    const masterFieldset = screen.getByRole('group', { name: 'Master system for customers' });
    fireEvent.click(within(masterFieldset).getByLabelText('The ERP'));
    fireEvent.change(screen.getByLabelText('Customer numbers have exactly (characters)'), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save register rules' }));
    await waitFor(() => expect(screen.getByText('At least 1')).toBeTruthy());
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { connectionId: 'C1', rules: { registers: { ...fortnoxRegisters, customerMaster: 'ERP', customerNumberLength: 6 } } },
    });
    expect(screen.getByLabelText('Customer numbers have exactly (characters)').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('debtor rules and inventory value forms (RB-13..RB-29)', () => {
  it('should explain that "never book EAN" has no effect while "book when booked" is not on (RB-18)', () => {
    expect(neverBookEanNote(true, 'UNSET')).toMatch(/no effect/);
    expect(neverBookEanNote(true, 'OFF')).toMatch(/no effect/);
    expect(neverBookEanNote(true, 'ON')).toBeNull();
    expect(neverBookEanNote(false, 'UNSET')).toBeNull();
  });

  it('should leave the layout mappings out of the debtor group it sends (RB-23)', () => {
    const read = readDebtorForm(form({ isEnabled: 'on', bookWhenBookedInSource: 'ON', neverBookEanInvoices: 'on' }));
    expect(read).toEqual({
      ok: true,
      value: { isEnabled: true, useActualQuantity: false, bookWhenBookedInSource: true, neverBookEanInvoices: true, markSentWhenBooked: false, useActualCostPrice: false },
    });
  });

  it('should require every inventory field once it is on and refuse one account on both sides (RB-25, RB-28, RB-29)', () => {
    const empty = readInventoryForm(form({ inventoryEnabled: 'on' }));
    expect(empty.ok ? [] : Object.keys(empty.errors.fields).sort()).toEqual(['frequency', 'inventoryAccountNumber', 'journalNumber', 'offsetAccountNumber']);
    const same = readInventoryForm(form({ inventoryEnabled: 'on', frequency: 'WEEKLY', inventoryJournalNumber: '4', inventoryAccountNumber: '5610', offsetAccountNumber: '5610' }));
    expect(same.ok ? [] : Object.keys(same.errors.fields)).toEqual(['offsetAccountNumber']);
  });

  it('should show the RB-18 note live, the API\'s warnings, and send only the debtor group', async () => {
    const mock = createMockClient({
      query: () => ({ data: { node: { __typename: 'Connection', id: 'C1', referenceData: { items: [{ externalId: '4', code: null, name: 'Finance', isBlocked: false, entryTypes: null }], problem: null } } } }),
      mutation: () => ({ data: { updateTransferRules: { connection: null, errors: [{ code: 'NOT_FOUND', message: 'No such product', field: ['rules', 'debtor', 'emptyLineProductNumber'] }] } } }),
    });
    const warning = { code: 'NO_EFFECT', message: 'Saved: never book EAN has no effect', field: ['debtor', 'neverBookEanInvoices'] };
    const connection = { id: 'C1', rules: { debtor: { isEnabled: true, useActualQuantity: true, neverBookEanInvoices: false, markSentWhenBooked: false, useActualCostPrice: true, layoutMappings: [{ sourceLayout: 'std', erpLayoutNumber: '19' }] } }, ruleWarnings: [warning] };
    renderWithClient(<DebtorRulesPanel connection={connection} />, { client: mock.client });
    expect(screen.getByText(warning.message)).toBeTruthy();
    const ean = screen.getByLabelText(/Never book EAN invoices/);
    fireEvent.click(ean);
    expect(ean.getAttribute('aria-describedby')).toBe('settings-neverBookEanInvoices-note');
    expect(screen.getByText(/has no effect while "Book in the ERP when booked in the source" is off/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('On: book exactly when booked here'));
    expect(screen.queryByText(/has no effect while "Book in the ERP when booked in the source" is off/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Our product for ERP invoice lines without one (RB-20)'), { target: { value: 'X9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save debtor rules' }));
    await waitFor(() => expect(screen.getByText('No such product')).toBeTruthy());
    const sent = mock.executeMutation.mock.calls[0]?.[0].variables as { input: { rules: Record<string, unknown> } };
    expect(Object.keys(sent.input.rules)).toEqual(['debtor']);
    expect(sent.input.rules['debtor']).toEqual({
      isEnabled: true, useActualQuantity: true, bookWhenBookedInSource: true, neverBookEanInvoices: true, markSentWhenBooked: false, useActualCostPrice: true, emptyLineProductNumber: 'X9',
    });
    expect(screen.getByLabelText('Our product for ERP invoice lines without one (RB-20)').getAttribute('aria-invalid')).toBe('true');
  });
});

const creditorSettings = {
  isEnabled: false, companyCountry: 'DK', supplierControlAccount: null, journalNumber: null, fallbackAccount: null,
  postingMatrix: [{ productGroup: 'Tools', vatZone: 'DOMESTIC', accountNumber: '2210' }],
  undecidedCells: [{ productGroup: 'Tools', vatZone: 'EU' }, { productGroup: 'Tools', vatZone: 'ABROAD' }, { productGroup: 'Food', vatZone: 'DOMESTIC' }, { productGroup: 'Food', vatZone: 'EU' }, { productGroup: 'Food', vatZone: 'ABROAD' }],
};

describe('creditor posting matrix (RB-08..RB-12, RB-21)', () => {
  it('should send only decided cells and require the control account and journal once on (RB-08, RB-09, RB-12)', () => {
    const rows = matrixRows(creditorSettings);
    expect(rows).toEqual(['Food', 'Tools']);
    const read = readCreditorForm(form({ isEnabled: 'on', 'cell.1.DOMESTIC': '2210', 'cell.0.EU': '2230' }), rows);
    expect(read.ok ? [] : Object.keys(read.errors.fields).sort()).toEqual(['journalNumber', 'supplierControlAccount']);
    const ok = readCreditorForm(form({ 'cell.1.DOMESTIC': '2210', 'cell.0.EU': '2230', companyCountry: 'dk' }), rows);
    expect(ok.ok && ok.value.postingMatrix).toEqual([
      { productGroup: 'Food', vatZone: 'EU', accountNumber: '2230' },
      { productGroup: 'Tools', vatZone: 'DOMESTIC', accountNumber: '2210' },
    ]);
    expect(ok.ok && ok.value.companyCountry).toBe('DK');
    expect(ok.ok && creditorErrorsFromApi([{ code: 'BLOCKED', message: 'Account 2230 is blocked', field: ['postingMatrix', '0', 'accountNumber'] }], ok.cellKeys))
      .toEqual({ fields: { 'cell.0.EU': 'Account 2230 is blocked' }, general: [] });
  });

  it('should mark undecided cells, offer the ERP\'s accounts and put an API error on its cell (RB-11, RB-12)', async () => {
    const accounts = [{ externalId: '2210', code: null, name: 'Purchases DK', isBlocked: false, entryTypes: null }, { externalId: '2230', code: null, name: 'Purchases EU', isBlocked: false, entryTypes: null }];
    const mock = createMockClient({
      query: (request) => operationName(request) === 'CreditorSettingsScreen'
        ? { data: { node: { __typename: 'Connection', id: 'C1', creditorSettings, oneStopShopVat: { isEnabled: false, companyCountry: 'DK', vatZoneNumber: null } } } }
        : { data: { node: { __typename: 'Connection', id: 'C1', referenceData: { items: accounts, problem: null } } } },
      mutation: () => ({ data: { updateCreditorSettings: { errors: [{ code: 'BLOCKED', message: 'Account 2230 is blocked', field: ['postingMatrix', '0', 'accountNumber'] }] } } }),
    });
    renderWithClient(<CreditorPanel connectionId="C1" />, { client: mock.client });
    expect(await screen.findByText('5 cells still to decide (RB-12): marked below.')).toBeTruthy();
    const foodEu = screen.getByLabelText('Food · EU') as HTMLSelectElement;
    expect(foodEu.closest('td')?.className).toBe('cell-undecided');
    fireEvent.change(foodEu, { target: { value: '2230' } });
    expect(foodEu.closest('td')?.className).toBe('');
    expect(screen.getByText('4 cells still to decide (RB-12): marked below.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save creditor settings' }));
    await waitFor(() => expect(screen.getByText('Account 2230 is blocked')).toBeTruthy());
    expect(foodEu.getAttribute('aria-invalid')).toBe('true');
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: {
        connectionId: 'C1', isEnabled: false, companyCountry: 'DK', supplierControlAccount: null, journalNumber: null, fallbackAccount: null,
        postingMatrix: [{ productGroup: 'Food', vatZone: 'EU', accountNumber: '2230' }, { productGroup: 'Tools', vatZone: 'DOMESTIC', accountNumber: '2210' }],
      },
    });
  });
});

describe('creditor settings where the ERP offers no chart of accounts (RB-11, X-04)', () => {
  it('should say why and let the admin type the account numbers instead', async () => {
    const mock = createMockClient({
      query: (request) => operationName(request) === 'CreditorSettingsScreen'
        ? { data: { node: { __typename: 'Connection', id: 'C1', creditorSettings, oneStopShopVat: { isEnabled: false, companyCountry: 'DK', vatZoneNumber: null } } } }
        : { data: { node: { __typename: 'Connection', id: 'C1', referenceData: { items: [], problem: { code: 'UNSUPPORTED', message: 'Fortnox offers no accounts list' } } } } },
      mutation: () => ({ data: { updateCreditorSettings: { errors: [] } } }),
    });
    renderWithClient(<CreditorPanel connectionId="C1" />, { client: mock.client });
    expect(await screen.findByText(/Fortnox offers no accounts list.*type the numbers instead/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Creditors control account (RB-08)'), { target: { value: '2440' } });
    fireEvent.change(screen.getByLabelText('Food · Abroad'), { target: { value: '4531' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save creditor settings' }));
    await waitFor(() => expect(screen.getByText('Creditor settings saved.')).toBeTruthy());
    const sent = mock.executeMutation.mock.calls[0]?.[0].variables as { input: Record<string, unknown> };
    expect(sent.input['supplierControlAccount']).toBe('2440');
    expect(sent.input['postingMatrix']).toEqual([
      { productGroup: 'Food', vatZone: 'ABROAD', accountNumber: '4531' },
      { productGroup: 'Tools', vatZone: 'DOMESTIC', accountNumber: '2210' },
    ]);
  });
});

describe('notification e-mails and nightly invoicing (X-29, SE-FX-52, PV-12)', () => {
  it('should name the recipients list for a bad address and the time zone for an unknown one', () => {
    const read = readFailureNotificationForm(form({ notifyEnabled: 'on', extraRecipients: 'books@example.com\nnot-an-address' }));
    expect(read.ok ? [] : Object.keys(read.errors.fields)).toEqual(['extraRecipients']);
    const nightly = readNightlyForm(form({ hour: '25', timeZone: 'Mars/Olympus' }));
    expect(nightly.ok ? [] : Object.keys(nightly.errors.fields).sort()).toEqual(['hour', 'timeZone']);
  });

  it('should save the connection\'s failure e-mails with one address a line', async () => {
    const mock = createMockClient({
      query: () => ({ data: {
        failureNotificationSettings: { connectionId: 'C1', isEnabled: true, includeAdmins: true, extraRecipients: [], isSaved: false },
        nightlyInvoicing: { hour: 2, timeZone: 'Europe/Copenhagen', isSaved: false, lastRunDay: null, openedThrough: null },
      } }),
      mutation: () => ({ data: { saveFailureNotificationSettings: { errors: [] } } }),
    });
    renderWithClient(<NotificationsPanel connectionId="C1" />, { client: mock.client });
    fireEvent.click(await screen.findByLabelText('Send to every admin of the company'));
    fireEvent.change(screen.getByLabelText('Further addresses (one a line)'), { target: { value: 'books@example.com\n ops@example.com ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save e-mails' }));
    await waitFor(() => expect(screen.getByText('Notification e-mails saved.')).toBeTruthy());
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { connectionId: 'C1', isEnabled: true, includeAdmins: false, extraRecipients: ['books@example.com', 'ops@example.com'] },
    });
  });
});

describe('connection lifecycle (X-02, X-04)', () => {
  const connector = { displayName: 'e-conomic', authMode: 'agreement-grant', credentialsSchema: { type: 'object', required: ['agreementGrantToken'], properties: { agreementGrantToken: { type: 'string', writeOnly: true } } } };

  it('should deactivate an active connection and reconnect with new credentials, the API\'s error on its field', async () => {
    const mock = createMockClient({
      mutation: (request) => operationName(request) === 'SetConnectionActive'
        ? { data: { setConnectionActive: { connection: { id: 'C1', status: 'DISABLED', statusReason: null, tokenExpiresAt: null }, errors: [] } } }
        : { data: { reconnectSystem: { connection: null, errors: [{ code: 'INVALID_VALUE', message: 'e-conomic refused the credentials', field: ['credentials', 'agreementGrantToken'] }] } } },
    });
    const connection = { id: 'C1', name: 'Books', status: 'ACTIVE', statusReason: null, tokenExpiresAt: null };
    renderWithClient(<LifecyclePanel connection={connection} connector={connector} />, { client: mock.client });
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate' }));
    await waitFor(() => expect(mock.executeMutation).toHaveBeenCalledTimes(1));
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'C1', isActive: false } });
    fireEvent.change(screen.getByLabelText('Agreement grant token'), { target: { value: 'new-token' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(screen.getByText('e-conomic refused the credentials')).toBeTruthy());
    expect(mock.executeMutation.mock.calls[1]?.[0].variables).toEqual({ input: { connectionId: 'C1', credentials: { agreementGrantToken: 'new-token' } } });
    expect(screen.getByLabelText('Agreement grant token').getAttribute('aria-invalid')).toBe('true');
  });

  it('should offer Activate for a deactivated connection and send the OAuth system back to its sign-in', () => {
    const mock = createMockClient({});
    const connection = { id: 'C2', name: 'Fortnox', status: 'DISABLED', statusReason: null, tokenExpiresAt: null };
    renderWithClient(<LifecyclePanel connection={connection} connector={{ ...connector, displayName: 'Fortnox', authMode: 'oauth2' }} />, { client: mock.client });
    expect(screen.getByTestId('connection-status').textContent).toBe('Deactivated');
    expect(screen.getByRole('button', { name: 'Activate' })).toBeTruthy();
    // authorized again in place (ADR 0021), not by connecting a second Fortnox
    expect(screen.getByRole('form', { name: 'Reconnect Fortnox' }).textContent).toContain('approve access again');
  });
});
