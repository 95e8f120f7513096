import { examplePipelineA, validatePipeline } from '@ledgerbridge/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { useState } from 'react';
import { PipelineEditor } from './invoice-status-page';

function Editor(props: { revision: number; updatedBy: string | null }) {
  const [notice, setNotice] = useState<string | null>(null);
  return <PipelineEditor initial={examplePipelineA} {...props} savedNotice={notice} onSaved={setNotice} />;
}
import { addStatus, checkPipeline, moveStatus, placeIssues, rekeyStatus, removeStatus, toSaveInput, toggleTransition } from './pipeline-editor-state';

const defaultIndex = examplePipelineA.statuses.findIndex((status) => status.flags.isDefault);
const otherIndex = examplePipelineA.statuses.findIndex((status) => !status.flags.isDefault && !status.flags.isFailed);

describe('pipeline editor state (SE-VN-40..48, X-19)', () => {
  it('should start from a pipeline the domain accepts', () => {
    expect(validatePipeline(examplePipelineA).ok).toBe(true);
    expect(checkPipeline(examplePipelineA).count).toBe(0);
  });

  it('should keep positions in list order when statuses move, are added or removed', () => {
    const moved = moveStatus(examplePipelineA, 1, 1);
    expect(moved.statuses.map((s) => s.position)).toEqual(examplePipelineA.statuses.map((_, i) => i));
    expect(moved.statuses[2]?.key).toBe(examplePipelineA.statuses[1]?.key);
    const added = addStatus(examplePipelineA);
    expect(added.statuses.at(-1)).toMatchObject({ position: examplePipelineA.statuses.length });
    const key = examplePipelineA.statuses[1]!.key;
    const removed = removeStatus(examplePipelineA, 1);
    expect(removed.transitions.some((t) => t.from === key || t.to === key)).toBe(false);
    expect(removed.statuses.map((s) => s.position)).toEqual(removed.statuses.map((_, i) => i));
  });

  it('should carry transitions along when a key changes and toggle a transition on and off', () => {
    const key = examplePipelineA.statuses[1]!.key;
    const renamed = rekeyStatus(examplePipelineA, 1, 'renamed');
    expect(renamed.transitions.filter((t) => t.from === 'renamed' || t.to === 'renamed')).toHaveLength(
      examplePipelineA.transitions.filter((t) => t.from === key || t.to === key).length,
    );
    const on = toggleTransition(examplePipelineA, 'paid', 'sent');
    expect(on.transitions).toContainEqual({ from: 'paid', to: 'sent' });
    expect(toggleTransition(on, 'paid', 'sent').transitions).toEqual(examplePipelineA.transitions);
  });

  it('should place a transition issue on the status it leaves from and others by their path', () => {
    const placed = placeIssues(examplePipelineA, [
      { message: 'twice', field: ['transitions', '0'] },
      { message: 'dup key', field: ['statuses', '2', 'key'] },
      { message: 'no default', field: ['statuses'] },
    ]);
    const fromIndex = examplePipelineA.statuses.findIndex((s) => s.key === examplePipelineA.transitions[0]?.from);
    expect(placed.byStatus.get(fromIndex)?.get('transitions')).toEqual(['twice']);
    expect(placed.byStatus.get(2)?.get('key')).toEqual(['dup key']);
    expect(placed.general).toEqual(['no default']);
  });

  it('should send statuses in list order without positions or typenames', () => {
    const withTypename = {
      ...examplePipelineA,
      statuses: examplePipelineA.statuses.map((s) => ({ ...s, flags: { ...s.flags, __typename: 'InvoiceStatusFlags' } })),
    };
    const input = toSaveInput(withTypename);
    expect(input.statuses[0]?.flags).not.toHaveProperty('__typename');
    expect(input.statuses.map((s) => s.key)).toEqual(examplePipelineA.statuses.map((s) => s.key));
    expect(input.statuses[0]).not.toHaveProperty('position');
  });
});

describe('PipelineEditor', () => {
  it('should show a rule violation next to the flag as it happens, block saving, and save once fixed', async () => {
    const mock = createMockClient({
      mutation: () => ({ data: { saveInvoiceStatusPipeline: { pipeline: { revision: 4, updatedBy: 'anna@acme.dk' }, errors: [] } } }),
    });
    renderWithClient(<Editor revision={3} updatedBy="bo@acme.dk" />, { client: mock.client });
    expect(screen.getByTestId('pipeline-check').textContent).toMatch(/follows every rule/);

    const card = screen.getAllByRole('listitem')[otherIndex]!;
    const defaultBox = within(card).getByLabelText('Default for new invoices');
    fireEvent.click(defaultBox);

    expect(screen.getByTestId('pipeline-check').textContent).toMatch(/problem/);
    expect(defaultBox.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(defaultBox.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/Only one status can be the default/);
    expect((screen.getByRole('button', { name: 'Save pipeline' }) as HTMLButtonElement).disabled).toBe(true);

    const firstDefault = within(screen.getAllByRole('listitem')[defaultIndex]!).getByLabelText('Default for new invoices');
    fireEvent.click(firstDefault);
    expect(screen.getByTestId('pipeline-check').textContent).toMatch(/follows every rule/);
    fireEvent.click(screen.getByRole('button', { name: 'Save pipeline' }));

    await waitFor(() => expect(mock.executeMutation).toHaveBeenCalledTimes(1));
    const sent = mock.executeMutation.mock.calls[0]?.[0].variables as { input: ReturnType<typeof toSaveInput> };
    expect(sent.input.statuses[otherIndex]?.flags.isDefault).toBe(true);
    expect(sent.input.statuses[defaultIndex]?.flags.isDefault).toBe(false);
    expect(await screen.findByText('Saved as revision 4.')).toBeTruthy();
  });

  it('should show the API\'s errors where they belong when it rejects the save', async () => {
    const mock = createMockClient({
      mutation: () => ({
        data: {
          saveInvoiceStatusPipeline: {
            pipeline: null,
            errors: [{ code: 'PIPELINE_INVALID', message: 'Key is reserved', field: ['statuses', '1', 'key'] }],
          },
        },
      }),
    });
    renderWithClient(<Editor revision={1} updatedBy={null} />, { client: mock.client });
    fireEvent.click(screen.getByRole('button', { name: 'Save pipeline' }));
    const key = within(screen.getAllByRole('listitem')[1]!).getByLabelText('Key');
    await waitFor(() => expect(key.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(key.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Key is reserved');
  });
});
