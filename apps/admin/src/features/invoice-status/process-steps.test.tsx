import { examplePipelineA, examplePipelineB, examplePipelineC, type Pipeline } from '@ledgerbridge/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { PipelineEditor } from './invoice-status-page';
import { placeIssues, rekeyStatus, removeStatus, toSaveInput } from './pipeline-editor-state';

function Editor({ initial }: { initial: Pipeline }) {
  const [notice, setNotice] = useState<string | null>(null);
  return <PipelineEditor initial={initial} revision={2} updatedBy={null} savedNotice={notice} onSaved={setNotice} />;
}

const saved = () => ({ data: { saveInvoiceStatusPipeline: { pipeline: { revision: 3, updatedBy: 'anna@acme.dk' }, errors: [] } } });
const statusNames = () => screen.getAllByRole('listitem').map((item) => item.getAttribute('aria-label'));
const check = () => screen.getByTestId('pipeline-check').textContent;

describe('process steps in the editor state (SE-VN-53)', () => {
  it('should send AutoInvoice\'s settings with every save, null when off (ADR 0024)', () => {
    expect(toSaveInput(examplePipelineC).autoInvoice).toEqual({ toTransfer: 'in-erp-send-to-customer', afterTransfer: 'sent', onError: null });
    expect(toSaveInput(examplePipelineB).autoInvoice).toBeNull();
  });

  it('should carry AutoInvoice\'s settings through a key change and a removal', () => {
    const sentIndex = examplePipelineC.statuses.findIndex((s) => s.key === 'sent');
    expect(rekeyStatus(examplePipelineC, sentIndex, 'skickad').autoInvoice?.afterTransfer).toBe('skickad');
    expect(removeStatus(examplePipelineC, 1).autoInvoice).toEqual(examplePipelineC.autoInvoice);
  });

  it('should place AutoInvoice issues at their setting, not among the general ones', () => {
    const placed = placeIssues(examplePipelineC, [{ message: 'needs the number', field: ['autoInvoice', 'toTransfer'] }]);
    expect(placed.autoInvoice.get('toTransfer')).toEqual(['needs the number']);
    expect(placed.general).toEqual([]);
  });
});

describe('Process steps section (issue #6 screen 5)', () => {
  it('should add the approval step to the draft, keep it valid and save it (SE-VN-34, SE-VN-46)', async () => {
    const mock = createMockClient({ mutation: saved });
    renderWithClient(<Editor initial={examplePipelineB} />, { client: mock.client });
    expect(statusNames()).not.toContain('Status 3: Awaiting approval');

    fireEvent.click(screen.getByLabelText('Approval step before the ERP'));

    expect(statusNames().slice(2, 4)).toEqual(['Status 3: Awaiting approval', 'Status 4: Approved, ready for the ERP']);
    expect(check()).toMatch(/follows every rule/);
    expect(screen.getByText(/Approval statuses: Awaiting approval\./)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save pipeline' }));
    await waitFor(() => expect(mock.executeMutation).toHaveBeenCalledTimes(1));
    const sent = mock.executeMutation.mock.calls[0]?.[0].variables as { input: ReturnType<typeof toSaveInput> };
    expect(sent.input.statuses.map((s) => s.key)).toEqual(['failed', 'draft', 'awaiting-approval', 'send-to-erp', 'in-erp-send-to-customer', 'sent', 'partially-paid', 'paid']);
    expect(sent.input.transitions).toContainEqual({ from: 'awaiting-approval', to: 'send-to-erp' });
  });

  it('should remove the approval step again', () => {
    renderWithClient(<Editor initial={examplePipelineA} />, { client: createMockClient({}).client });
    const box = screen.getByLabelText('Approval step before the ERP') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect(statusNames()).not.toContain('Status 3: Awaiting approval');
    expect(check()).toMatch(/follows every rule/);
  });

  it('should read out where the ERP number starts (SE-VN-43, SE-VN-48)', () => {
    renderWithClient(<Editor initial={examplePipelineB} />, { client: createMockClient({}).client });
    expect(screen.getByTestId('erp-number-readout').textContent).toBe(
      'Invoices get their ERP number from status "In the ERP, send to customer" onward; they can be sent only from there (SE-VN-55).',
    );
    expect((screen.getByLabelText('Invoices get their ERP number from status') as HTMLSelectElement).value).toBe('in-erp-send-to-customer');
  });

  it('should turn AutoInvoice on as pipeline C, show a broken setting at its field and save the binding (SE-VN-52..55)', async () => {
    const mock = createMockClient({ mutation: saved });
    renderWithClient(<Editor initial={examplePipelineB} />, { client: mock.client });
    fireEvent.click(screen.getByLabelText('Send invoices to customers through AutoInvoice'));

    const from = screen.getByLabelText('AutoInvoice takes invoices from') as HTMLSelectElement;
    expect(from.value).toBe('in-erp-send-to-customer');
    expect((screen.getByLabelText('Status once AutoInvoice has sent them') as HTMLSelectElement).value).toBe('sent');
    expect(check()).toMatch(/follows every rule/);

    fireEvent.change(from, { target: { value: 'draft' } });
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(from.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/already carry the ERP number/);
    expect((screen.getByRole('button', { name: 'Save pipeline' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(from, { target: { value: 'in-erp-send-to-customer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save pipeline' }));
    await waitFor(() => expect(mock.executeMutation).toHaveBeenCalledTimes(1));
    const sent = mock.executeMutation.mock.calls[0]?.[0].variables as { input: ReturnType<typeof toSaveInput> };
    expect(sent.input.autoInvoice).toEqual({ toTransfer: 'in-erp-send-to-customer', afterTransfer: 'sent', onError: null });
  });

  it('should start from an example only once confirmed, naming what it leaves out, and give the focus back (SE-VN-47)', () => {
    renderWithClient(<Editor initial={examplePipelineA} />, { client: createMockClient({}).client });
    fireEvent.change(screen.getByLabelText('Start from example'), { target: { value: 'B' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start from example B…' }));

    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toMatch(/Left out: Awaiting approval; saving is refused while invoices are in them\./);
    const confirm = within(dialog).getByRole('button', { name: 'Yes, use example B' });
    expect(document.activeElement).toBe(confirm);
    expect(statusNames()).toContain('Status 3: Awaiting approval');

    fireEvent.click(confirm);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(statusNames()).not.toContain('Status 3: Awaiting approval');
    expect((screen.getByLabelText('Approval step before the ERP') as HTMLInputElement).checked).toBe(false);
    expect(check()).toMatch(/follows every rule/);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start from example B…' }));
  });

  it('should leave the draft alone when the example is cancelled', () => {
    renderWithClient(<Editor initial={examplePipelineB} />, { client: createMockClient({}).client });
    fireEvent.change(screen.getByLabelText('Start from example'), { target: { value: 'C' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start from example C…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect((screen.getByLabelText('Send invoices to customers through AutoInvoice') as HTMLInputElement).checked).toBe(false);
  });
});
