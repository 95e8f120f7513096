import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { readRulesForm, rulesErrorsFromApi } from './transfer-rules-form';
import { TransferRulesPanel } from './transfer-rules-panel';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

describe('transfer rules form (SE-VN-59, SE-FX-48, SE-FX-28, X-16)', () => {
  it('should apply the domain defaults and keep the multiplier a decimal string', () => {
    expect(readRulesForm(form({ projectCostMultiplierPercent: '150', projectNameLimit: '' }))).toEqual({
      ok: true,
      value: { projectCostMode: 'COSTS_AND_FEES', projectCostMultiplierPercent: '150' },
    });
  });

  it('should name the field the domain schema rejects', () => {
    const read = readRulesForm(form({ projectNameLimit: '0' }));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(Object.keys(read.errors.fields)).toEqual(['projectNameLimit']);
    const notNumber = readRulesForm(form({ projectNameLimit: 'ten' }));
    expect(notNumber.ok ? [] : Object.keys(notNumber.errors.fields)).toEqual(['projectNameLimit']);
  });

  it('should bind the API\'s rules.* paths to the form fields', () => {
    expect(rulesErrorsFromApi([{ code: 'NOT_FOUND', message: 'No such product', field: ['rules', 'defaultProductNumber'] }])).toEqual({
      fields: { defaultProductNumber: 'No such product' },
      general: [],
    });
  });

  it('should save the rules for the connection and show an API error next to its field', async () => {
    const mock = createMockClient({
      mutation: () => ({
        data: { updateTransferRules: { connection: null, errors: [{ code: 'NOT_FOUND', message: 'No such product', field: ['rules', 'defaultProductNumber'] }] } },
      }),
    });
    const connection = { id: 'C1', name: 'Fortnox', rules: { projectCostMode: 'COSTS_AND_FEES', projectCostMultiplierPercent: '100' } };
    renderWithClient(<TransferRulesPanel connection={connection} onClose={() => undefined} />, { client: mock.client });
    fireEvent.change(screen.getByLabelText('Article for invoice lines without a product (X-16)'), { target: { value: 'ART-9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() => expect(screen.getByText('No such product')).toBeTruthy());
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { connectionId: 'C1', rules: { projectCostMode: 'COSTS_AND_FEES', projectCostMultiplierPercent: '100', defaultProductNumber: 'ART-9' } },
    });
    const field = screen.getByLabelText('Article for invoice lines without a product (X-16)');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
