import { examplePipelineB } from '@ledgerbridge/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GraphQLRequest } from 'urql';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { PipelineDryRun } from './pipeline-dry-run';
import { PipelineHistory } from './pipeline-history';

const nameOf = (request: GraphQLRequest) =>
  request.query.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []))[0];

const samples = {
  invoices: {
    nodes: [{ id: 'SW52b2ljZTox', kind: 'INVOICE', number: null, status: { key: 'draft' }, customer: { name: 'Acme' } }],
  },
};

const step = (stage: string, from: string | null, to: string | null, landsIn: string, blockedBy: { code: string; message: string } | null = null) => ({
  stage, from, to, landsIn, hasInvoiceNumber: stage === 'TRANSFER_SUCCEEDED', blockedBy,
});

describe('PipelineDryRun (issue #6)', () => {
  it('should send the unsaved draft with the chosen sample invoice and show each step and the blocking rule (SE-VN-43, X-19)', async () => {
    const mock = createMockClient({
      query: (request) =>
        nameOf(request) === 'PipelineDryRunSamples'
          ? { data: samples }
          : {
              data: {
                pipelineDryRun: {
                  errors: [],
                  issues: [{ code: 'PIPELINE_INVALID', message: 'A status before the ERP transfer cannot require an invoice number', field: ['statuses', '2', 'flags', 'requiresInvoiceNumber'] }],
                  sample: { invoiceId: 'SW52b2ljZTox', number: null, kind: 'INVOICE', statusKey: 'draft' },
                  steps: [
                    step('START', null, 'draft', 'draft'),
                    step('TO_TRIGGER', 'draft', 'send-to-erp', 'draft', { code: 'INVALID_TRANSITION', message: '"Send to the ERP" requires an invoice number' }),
                    step('TRANSFER_FAILED', 'send-to-erp', 'failed', 'failed'),
                  ],
                },
              },
            },
    });
    renderWithClient(<PipelineDryRun draft={examplePipelineB} />, { client: mock.client });
    const select = (await screen.findByLabelText('Sample invoice')) as HTMLSelectElement;
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(2));
    expect(within(select).getAllByRole('option')[1]?.textContent).toBe('Invoice (no number yet), Acme, draft');
    fireEvent.change(select, { target: { value: 'SW52b2ljZTox' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dry run' }));

    const result = await screen.findByTestId('dry-run-result');
    const sent = mock.executeQuery.mock.calls.map(([request]) => request).find((r) => nameOf(r) === 'PipelineDryRun');
    expect(sent?.variables).toMatchObject({ input: { sampleInvoiceId: 'SW52b2ljZTox', statuses: expect.arrayContaining([expect.objectContaining({ key: 'send-to-erp' })]) } });
    expect((sent?.variables as { input: { statuses: object[] } }).input.statuses[0]).not.toHaveProperty('position');
    expect(result.textContent).toContain('Saving would be refused: 1 problem.');
    const items = within(result).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Starts in: Draft',
      'Moved towards the transfer: blocked, stays in Draft. "Send to the ERP" requires an invoice number',
      'Transfer to the ERP fails: Failed invoices',
    ]);
  });

  it('should show why the dry run could not run, e.g. an unknown sample invoice', async () => {
    const mock = createMockClient({
      query: (request) =>
        nameOf(request) === 'PipelineDryRunSamples'
          ? { data: { invoices: { nodes: [] } } }
          : { data: { pipelineDryRun: { errors: [{ code: 'NOT_FOUND', message: 'No invoice has this id', field: ['sampleInvoiceId'] }], issues: [], sample: null, steps: [] } } },
    });
    renderWithClient(<PipelineDryRun draft={examplePipelineB} />, { client: mock.client });
    fireEvent.click(screen.getByRole('button', { name: 'Dry run' }));
    expect(await screen.findByText('No invoice has this id')).toBeTruthy();
    expect(screen.queryByTestId('dry-run-result')).toBeNull();
    const sent = mock.executeQuery.mock.calls.map(([request]) => request).find((r) => nameOf(r) === 'PipelineDryRun');
    expect(sent?.variables).not.toHaveProperty('input.sampleInvoiceId');
  });
});

describe('PipelineHistory (issue #6)', () => {
  it('should list each version with who saved it and what changed, newest first (SE-VN-40, SE-VN-41)', () => {
    renderWithClient(
      <PipelineHistory
        versions={[
          { id: 'V2', number: 2, savedBy: 'anna@acme.dk', savedAt: '2026-11-23T10:00:00Z', changes: ['Renamed "Draft" to "Kladde" (draft)', 'Turned off "editable" for "Kladde"'] },
          { id: 'V1', number: 1, savedBy: 'system', savedAt: '2026-11-20T10:00:00Z', changes: ['Pipeline created with 7 statuses'] },
        ]}
        currentRevision={2}
        onRestored={() => undefined}
      />,
      { client: createMockClient({}).client },
    );
    const latest = screen.getByRole('listitem', { name: 'Revision 2' });
    expect(latest.textContent).toContain('by anna@acme.dk');
    expect(within(latest).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Renamed "Draft" to "Kladde" (draft)', 'Turned off "editable" for "Kladde"']);
    expect(screen.getByRole('listitem', { name: 'Revision 1' }).textContent).toContain('Pipeline created with 7 statuses');
  });
});
