import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { GraphQLRequest } from 'urql';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { readCostRulesForm } from './cost-rules-form';
import { CostRulesForm } from './cost-rules-panel';
import { compactRows, layoutErrorsFromApi, readLayoutMappings, rowsOf } from './layout-mappings-form';
import { LayoutMappingsForm } from './layout-mappings-panel';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

const layoutsAnswer = (items: readonly { externalId: string; name: string; isBlocked: boolean }[], problem: { code: string; message: string } | null = null) =>
  (request: GraphQLRequest) => {
    expect(request.variables).toMatchObject({ kind: 'LAYOUTS' });
    return { data: { node: { __typename: 'Connection', id: 'C1', referenceData: { items: items.map((i) => ({ ...i, code: null, entryTypes: null })), problem } } } };
  };

describe('layout mapping editor (RB-23, RB-24)', () => {
  it('should check the whole list with the domain schema: both sides, digits for the ERP, no layout twice', () => {
    const rows = compactRows([
      { key: 0, sourceLayout: 'standard', erpLayoutNumber: '19' },
      { key: 1, sourceLayout: '', erpLayoutNumber: '' },
      { key: 2, sourceLayout: 'standard', erpLayoutNumber: 'x' },
      { key: 3, sourceLayout: '', erpLayoutNumber: '21' },
    ]);
    expect(rows.map((r) => r.key)).toEqual([0, 2, 3]);
    const read = readLayoutMappings(rows);
    expect(read.ok ? [] : Object.keys(read.errors.fields).sort()).toEqual(['1.erpLayoutNumber', '1.sourceLayout', '2.sourceLayout']);
    expect(readLayoutMappings(rowsOf([{ sourceLayout: ' ean ', erpLayoutNumber: '21' }]))).toEqual({ ok: true, value: [{ sourceLayout: 'ean', erpLayoutNumber: '21' }] });
  });

  it('should put the API\'s rules.debtor.layoutMappings.N errors on row N and leave other debtor errors general', () => {
    expect(layoutErrorsFromApi([
      { code: 'NOT_FOUND', message: 'No layout 77 in the ERP', field: ['rules', 'debtor', 'layoutMappings', '1', 'erpLayoutNumber'] },
      { code: 'INVALID_VALUE', message: 'Debtor problem', field: ['rules', 'debtor', 'isEnabled'] },
    ])).toEqual({ fields: { '1.erpLayoutNumber': 'No layout 77 in the ERP' }, general: ['Debtor problem'] });
  });

  it('should pick ERP layouts from the list, send the whole list as the only debtor field, and show an API error on its row', async () => {
    const mock = createMockClient({
      query: layoutsAnswer([{ externalId: '19', name: 'Standard', isBlocked: false }, { externalId: '21', name: 'EAN', isBlocked: false }, { externalId: '30', name: 'Old', isBlocked: true }]),
      mutation: () => ({ data: { updateTransferRules: { connection: null, errors: [{ code: 'NOT_FOUND', message: 'Layout 21 is not in the ERP', field: ['rules', 'debtor', 'layoutMappings', '1', 'erpLayoutNumber'] }] } } }),
    });
    renderWithClient(<LayoutMappingsForm connectionId="C1" mappings={[{ sourceLayout: 'standard', erpLayoutNumber: '19' }]} />, { client: mock.client });
    const first = screen.getByLabelText('ERP layout, row 1') as HTMLSelectElement;
    expect(first.value).toBe('19');
    expect((screen.getByRole('option', { name: '30 · Old (blocked)' }) as HTMLOptionElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add a layout' }));
    fireEvent.change(screen.getByLabelText('Our layout, row 2'), { target: { value: 'ean' } });
    fireEvent.change(screen.getByLabelText('ERP layout, row 2'), { target: { value: '21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a layout' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save layout mapping' }));
    const message = await screen.findByText('Layout 21 is not in the ERP');
    expect(screen.getByLabelText('ERP layout, row 2').getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.queryByLabelText('Our layout, row 3')).toBeNull();
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { connectionId: 'C1', rules: { debtor: { layoutMappings: [{ sourceLayout: 'standard', erpLayoutNumber: '19' }, { sourceLayout: 'ean', erpLayoutNumber: '21' }] } } },
    });
  });

  it('should refuse a layout mapped twice before sending, and send an emptied list as []', async () => {
    const mock = createMockClient({
      query: layoutsAnswer([], { code: 'UNSUPPORTED', message: 'This ERP has no layouts list' }),
      mutation: () => ({ data: { updateTransferRules: { connection: null, errors: [] } } }),
    });
    renderWithClient(<LayoutMappingsForm connectionId="C1" mappings={[{ sourceLayout: 'standard', erpLayoutNumber: '19' }, { sourceLayout: 'ean', erpLayoutNumber: '21' }]} />, { client: mock.client });
    expect(screen.getByText(/This ERP has no layouts list.*type the layout numbers instead/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Our layout, row 2'), { target: { value: 'standard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save layout mapping' }));
    expect(await screen.findByText('Layout "standard" is mapped twice')).toBeTruthy();
    expect(screen.getByLabelText('Our layout, row 2').getAttribute('aria-invalid')).toBe('true');
    expect(mock.executeMutation).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove row 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove row 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save layout mapping' }));
    await waitFor(() => expect(screen.getByText('Layout mapping saved.')).toBeTruthy());
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'C1', rules: { debtor: { layoutMappings: [] } } } });
  });
});

describe('project cost settings: company VAT rate, supplier-invoice files and invoice attachments (SE-EE-50, X-25, SE-FX-51, SE-FX-46)', () => {
  it('should check the VAT rate as a decimal percentage with the domain schema', () => {
    const bad = readCostRulesForm(form({ companyVatRate: '125' }));
    expect(bad.ok ? [] : Object.keys(bad.errors.fields)).toEqual(['companyVatRate']);
    const float = readCostRulesForm(form({ companyVatRate: '12.555' }));
    expect(float.ok ? [] : Object.keys(float.errors.fields)).toEqual(['companyVatRate']);
    expect(readCostRulesForm(form({ companyVatRate: '12,5', transferSupplierInvoiceImages: 'on' }))).toEqual({ ok: true, value: { companyVatRate: '12.5', transferSupplierInvoiceImages: true, transferInvoiceAttachments: false } });
    expect(readCostRulesForm(form({}))).toEqual({ ok: true, value: { transferSupplierInvoiceImages: false, transferInvoiceAttachments: false } });
    expect(readCostRulesForm(form({ transferInvoiceAttachments: 'on' }))).toEqual({ ok: true, value: { transferSupplierInvoiceImages: false, transferInvoiceAttachments: true } });
  });

  it('should send only its own rules (SE-FX-46 included) and put the API\'s rules.companyVatRate error on the field', async () => {
    const mock = createMockClient({
      mutation: () => ({ data: { updateTransferRules: { connection: null, errors: [{ code: 'TOO_LARGE', message: 'Must be at most 100', field: ['rules', 'companyVatRate'] }] } } }),
    });
    renderWithClient(<CostRulesForm connectionId="C1" rules={{ companyVatRate: '25', transferSupplierInvoiceImages: false, debtor: { isEnabled: true } }} />, { client: mock.client });
    const rate = screen.getByLabelText(/Company VAT rate/) as HTMLInputElement;
    expect(rate.value).toBe('25');
    fireEvent.change(rate, { target: { value: '12.5' } });
    fireEvent.click(screen.getByLabelText(/supplier-invoice files/));
    fireEvent.click(screen.getByRole('button', { name: 'Save project cost settings' }));
    await waitFor(() => expect(screen.getByText('Must be at most 100')).toBeTruthy());
    expect(rate.getAttribute('aria-invalid')).toBe('true');
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { connectionId: 'C1', rules: { companyVatRate: '12.5', transferSupplierInvoiceImages: true, transferInvoiceAttachments: false } } });
  });
});
