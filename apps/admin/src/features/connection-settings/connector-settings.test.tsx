import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { GraphQLRequest } from 'urql';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { changedSettings, connectorSettingsErrors, settingFields } from './connector-settings-form';
import { ConnectorSettingsPanel } from './connector-settings-panel';

// The shape zod-to-json-schema publishes for the e-conomic settings (integers with defaults, an optional text, a flag).
const economicSchema = {
  type: 'object',
  properties: {
    customerGroupNumber: { type: 'integer', exclusiveMinimum: 0, default: 1, description: 'Group for customers the integration creates.' },
    layoutNumber: { type: 'integer', exclusiveMinimum: 0, default: 19 },
    defaultProductNumber: { type: 'string', minLength: 1, maxLength: 25 },
    bookInvoices: { type: 'boolean', default: false },
    vatMode: { type: 'string', enum: ['NET', 'GROSS'] },
    agreementNumber: { type: 'integer' },
    mapping: { type: 'object' },
  },
  required: ['agreementNumber'],
};

const item = (externalId: string, name: string, isBlocked = false) => ({ externalId, code: null, name, isBlocked, entryTypes: null });

/** Answers the settings query and each pick-list's referenceData by its kind. */
function answer(lists: Record<string, ReturnType<typeof item>[]>, settings: Record<string, unknown> = { customerGroupNumber: 2, layoutNumber: 19, agreementNumber: 7 }) {
  return (request: GraphQLRequest) => {
    const kind = (request.variables as { kind?: string }).kind;
    if (kind !== undefined) return { data: { node: { __typename: 'Connection', id: 'C1', referenceData: { items: lists[kind] ?? [], problem: null } } } };
    return {
      data: {
        connectors: [{ __typename: 'Connector', id: 'e-conomic', settingsSchema: economicSchema }],
        node: { __typename: 'Connection', id: 'C1', connectorId: 'e-conomic', settings, autoTransferInvoices: true },
      },
    };
  };
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

describe('connector settings generated from the settings schema (issue #6 screen 3)', () => {
  it('should make one input per simple property with its kind, default, pick-list and requiredness', () => {
    const fields = settingFields(economicSchema);
    expect(fields.map((f) => [f.name, f.kind, f.defaultValue, f.isRequired, f.referenceKind])).toEqual([
      ['customerGroupNumber', 'integer', '1', false, 'CUSTOMER_GROUPS'],
      ['layoutNumber', 'integer', '19', false, 'LAYOUTS'],
      ['defaultProductNumber', 'text', undefined, false, undefined],
      ['bookInvoices', 'boolean', false, false, undefined],
      ['vatMode', 'choice', undefined, false, undefined],
      ['agreementNumber', 'integer', undefined, true, undefined],
    ]);
    expect(fields[0]?.label).toBe('Customer group number');
    expect(fields[4]?.options).toEqual(['NET', 'GROSS']);
  });

  it('should send only changed values plus required ones, numbers as numbers and bad numbers as typed', () => {
    const fields = settingFields(economicSchema);
    const current = { customerGroupNumber: 1, layoutNumber: 19, agreementNumber: 7, bookInvoices: false };
    const unchanged = form({ 'setting.customerGroupNumber': '1', 'setting.layoutNumber': '19', 'setting.agreementNumber': '7', 'setting.defaultProductNumber': '' });
    expect(changedSettings(fields, unchanged, current)).toEqual({ agreementNumber: 7 });
    const edited = form({ 'setting.customerGroupNumber': '3', 'setting.layoutNumber': 'x9', 'setting.agreementNumber': '7', 'setting.bookInvoices': 'on', 'setting.vatMode': 'GROSS' });
    expect(changedSettings(fields, edited, current)).toEqual({ customerGroupNumber: 3, layoutNumber: 'x9', agreementNumber: 7, bookInvoices: true, vatMode: 'GROSS' });
  });

  it('should send null for an input emptied of its saved value and leave an input that stays empty out (ADR 0024, PV-27)', () => {
    const fields = settingFields(economicSchema);
    const current = { customerGroupNumber: 1, layoutNumber: 19, agreementNumber: 7, defaultProductNumber: '50' };
    const emptied = form({ 'setting.customerGroupNumber': '1', 'setting.layoutNumber': '', 'setting.agreementNumber': '7', 'setting.defaultProductNumber': '' });
    expect(changedSettings(fields, emptied, current)).toEqual({ agreementNumber: 7, layoutNumber: null, defaultProductNumber: null });
    const stillEmpty = form({ 'setting.customerGroupNumber': '1', 'setting.layoutNumber': '19', 'setting.agreementNumber': '7', 'setting.defaultProductNumber': '' });
    expect(changedSettings(fields, stillEmpty, { ...current, defaultProductNumber: undefined })).toEqual({ agreementNumber: 7 });
  });

  it('should bind ["settings", name] errors to their field and leave unknown paths general', () => {
    const fields = settingFields(economicSchema);
    const errors = connectorSettingsErrors(
      [
        { code: 'INVALID_VALUE', message: 'Must be a positive whole number', field: ['settings', 'layoutNumber'] },
        { code: 'INVALID_VALUE', message: 'Unknown setting', field: ['settings', 'nope'] },
        { code: 'INVALID_VALUE', message: 'Not allowed', field: ['autoTransferInvoices'] },
      ],
      fields,
    );
    expect(errors).toEqual({ fields: { layoutNumber: 'Must be a positive whole number', autoTransferInvoices: 'Not allowed' }, general: ['Unknown setting'] });
  });

  it('should pre-fill from Connection.settings, offer the ERP layouts, and show the API error next to its field', async () => {
    const refusal = 'Layout 99 does not exist in e-conomic';
    const mock = createMockClient({ query: answer({ LAYOUTS: [item('19', 'Standard'), item('21', 'English')], CUSTOMER_GROUPS: [] }), mutation: () => ({ data: { updateConnectionSettings: { connection: null, errors: [{ code: 'INVALID_VALUE', message: refusal, field: ['settings', 'layoutNumber'] }] } } }) });
    renderWithClient(<ConnectorSettingsPanel connectionId="C1" />, { client: mock.client });

    // no groups listed (not read yet, or not offered): the group number is typed
    const group = (await screen.findByLabelText('Customer group number')) as HTMLInputElement;
    expect(group.tagName).toBe('INPUT');
    expect(group.value).toBe('2');
    expect(screen.getByText('Group for customers the integration creates. Default: 1.')).toBeTruthy();
    const layout = (await screen.findByRole('combobox', { name: 'Layout number' })) as HTMLSelectElement;
    expect(layout.tagName).toBe('SELECT');
    expect(layout.value).toBe('19');
    expect((screen.getByLabelText(/Transfer invoices automatically/) as HTMLInputElement).checked).toBe(true);

    fireEvent.change(layout, { target: { value: '21' } });
    fireEvent.click(screen.getByLabelText(/Transfer invoices automatically/));
    fireEvent.click(screen.getByRole('button', { name: 'Save connector settings' }));

    const message = await screen.findByText(refusal);
    expect(message.id).toBe('settings-layoutNumber-error');
    expect(layout.getAttribute('aria-describedby')).toContain('settings-layoutNumber-error');
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { connectionId: 'C1', settings: { layoutNumber: 21, agreementNumber: 7 }, autoTransferInvoices: false },
    });
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });
  it('should offer the ERP\'s customer groups as a pick-list, send the picked group and show the API\'s refusal next to it (PV-24)', async () => {
    const refusal = 'Customer group 3 does not exist in e-conomic';
    const mock = createMockClient({
      query: answer({ LAYOUTS: [], CUSTOMER_GROUPS: [item('1', 'Indenlandske kunder'), item('2', 'Udenlandske kunder'), item('3', 'Offentlige kunder (EAN)'), item('9', 'Lukket', true)] }),
      mutation: () => ({ data: { updateConnectionSettings: { connection: null, errors: [{ code: 'INVALID_VALUE', message: refusal, field: ['settings', 'customerGroupNumber'] }] } } }),
    });
    renderWithClient(<ConnectorSettingsPanel connectionId="C1" />, { client: mock.client });

    const group = (await screen.findByRole('combobox', { name: 'Customer group number' })) as HTMLSelectElement;
    expect(mock.executeQuery.mock.calls.map((call) => (call[0].variables as { kind?: string }).kind)).toContain('CUSTOMER_GROUPS');
    expect(group.value).toBe('2');
    expect([...group.options].map((o) => o.textContent)).toEqual(['Default (1)', '1 · Indenlandske kunder', '2 · Udenlandske kunder', '3 · Offentlige kunder (EAN)', '9 · Lukket (blocked)']);
    expect([...group.options].find((o) => o.value === '9')?.disabled).toBe(true);

    fireEvent.change(group, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save connector settings' }));
    const message = await screen.findByText(refusal);
    expect(message.id).toBe('settings-customerGroupNumber-error');
    expect(group.getAttribute('aria-describedby')).toContain('settings-customerGroupNumber-error');
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'C1', settings: { customerGroupNumber: 3, agreementNumber: 7 } } });
  });
});
