import { examplePipelineB } from '@ledgerbridge/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { GraphQLRequest } from 'urql';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { InvoiceStatusPage } from './invoice-status-page';
import { PipelineHistory, type PipelineVersionView } from './pipeline-history';

const nameOf = (request: GraphQLRequest) =>
  request.query.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []))[0];

const versions: PipelineVersionView[] = [
  { id: 'V2', number: 2, savedBy: 'anna@acme.dk', savedAt: '2026-11-23T10:00:00Z', changes: ['Renamed "Skickad" to "Sent to the customer" (sent)'], restoredFrom: null },
  { id: 'V1', number: 1, savedBy: 'system', savedAt: '2026-11-20T10:00:00Z', changes: ['Pipeline created with 7 statuses'], restoredFrom: null },
];

const restored = { restoreInvoiceStatusPipelineVersion: { pipeline: { revision: 3, updatedBy: 'anna@acme.dk' }, errors: [] } };

describe('PipelineHistory: restore an old version (issue #6 screen 5, SE-VN-40, X-19)', () => {
  it('should offer Restore only on older versions and ask before restoring', async () => {
    const onRestored = vi.fn();
    const mock = createMockClient({ mutation: () => ({ data: restored }) });
    renderWithClient(<PipelineHistory versions={versions} currentRevision={2} onRestored={onRestored} />, { client: mock.client });
    const current = screen.getByRole('listitem', { name: 'Revision 2' });
    expect(within(current).queryByRole('button')).toBeNull();
    expect(current.textContent).toContain('(current)');

    const old = screen.getByRole('listitem', { name: 'Revision 1' });
    fireEvent.click(within(old).getByRole('button', { name: 'Restore revision 1' }));
    // the confirm step takes the focus; cancelling gives it back and sends nothing
    const confirm = within(old).getByRole('button', { name: 'Yes, restore revision 1' });
    expect(document.activeElement).toBe(confirm);
    expect(within(old).getByRole('group').textContent).toContain('saved as a new revision');
    fireEvent.click(within(old).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(within(old).getByRole('button', { name: 'Restore revision 1' }));
    expect(mock.executeMutation).not.toHaveBeenCalled();

    fireEvent.click(within(old).getByRole('button', { name: 'Restore revision 1' }));
    fireEvent.click(within(old).getByRole('button', { name: 'Yes, restore revision 1' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith('Restored revision 1 as revision 3.'), { timeout: 10_000 });
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({ input: { versionId: 'V1' } });
  });

  it('should show why an old version cannot be restored next to it, and report nothing restored', async () => {
    const onRestored = vi.fn();
    const message = 'Version 1 no longer passes the pipeline rules: The failed status must come first (at statuses.0.flags.isFailed)';
    const mock = createMockClient({
      mutation: () => ({ data: { restoreInvoiceStatusPipelineVersion: { pipeline: null, errors: [{ code: 'PIPELINE_INVALID', message, field: ['versionId'] }] } } }),
    });
    renderWithClient(<PipelineHistory versions={versions} currentRevision={2} onRestored={onRestored} />, { client: mock.client });
    const old = screen.getByRole('listitem', { name: 'Revision 1' });
    fireEvent.click(within(old).getByRole('button', { name: 'Restore revision 1' }));
    fireEvent.click(within(old).getByRole('button', { name: 'Yes, restore revision 1' }));
    const alert = await within(old).findByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(within(old).getByRole('button', { name: 'Yes, restore revision 1' }).getAttribute('aria-describedby')).toBe(alert.id);
    expect(onRestored).not.toHaveBeenCalled();
  });
});

describe('InvoiceStatusPage: the editor shows the restored pipeline (issue #6 screen 5)', () => {
  it('should reload the pipeline after a restore and start the editor from the new revision', async () => {
    const renamed = examplePipelineB.statuses.map((s) => (s.key === 'sent' ? { ...s, name: 'Sent to the customer' } : s));
    const pipelineAt = (revision: number) => ({
      invoiceStatusPipeline: {
        revision,
        updatedBy: 'anna@acme.dk',
        statuses: (revision === 2 ? renamed : examplePipelineB.statuses).map(({ key, name, position, flags }) => ({ key, name, position, flags })),
        transitions: examplePipelineB.transitions,
        versions: revision === 2 ? versions : [{ ...versions[1]!, id: 'V3', number: 3, restoredFrom: 1, changes: ['Restored from version 1'] }, ...versions],
      },
    });
    let revision = 2;
    const mock = createMockClient({
      query: (request) => (nameOf(request) === 'PipelineDryRunSamples' ? { data: { invoices: { nodes: [] } } } : { data: pipelineAt(revision) }),
      mutation: () => {
        revision = 3;
        return { data: restored };
      },
    });
    renderWithClient(<InvoiceStatusPage />, { client: mock.client });
    const sentIndex = examplePipelineB.statuses.findIndex((s) => s.key === 'sent');
    const sentName = () => (screen.getByLabelText('Name', { selector: `#status-${sentIndex}-name` }) as HTMLInputElement).value;
    await waitFor(() => expect(sentName()).toBe('Sent to the customer'), { timeout: 10_000 });

    const old = screen.getByRole('listitem', { name: 'Revision 1' });
    fireEvent.click(within(old).getByRole('button', { name: 'Restore revision 1' }));
    fireEvent.click(within(old).getByRole('button', { name: 'Yes, restore revision 1' }));

    // a generous bound: the re-render after the reload can be slow on a loaded machine
    await waitFor(() => expect(sentName()).toBe(examplePipelineB.statuses[sentIndex]!.name), { timeout: 10_000 });
    expect(screen.getByText(/^Revision 3, last changed by/)).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: 'Revision 3' })).getByText('(current)')).toBeTruthy();
    expect(screen.getByText('Restored revision 1 as revision 3.')).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: 'Revision 3' })).getByText('Restored from version 1')).toBeTruthy();
  }, 30_000);
});
