import { examplePipelineB } from '@ledgerbridge/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GraphQLRequest } from 'urql';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { PipelineDryRun } from './pipeline-dry-run';

const nameOf = (request: GraphQLRequest) =>
  request.query.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []))[0];

const invoice = (id: string, number: string | null, customer: string, sourceNumber: string | null = null) => ({
  id, kind: 'INVOICE', number, sourceNumber, status: { key: 'draft' }, customer: { name: customer },
});
const newest = [invoice('I-NEW', '1020', 'Acme')];
const old = invoice('I-OLD', '17', 'Odense VVS', 'SRC-4711');

const searched = (mock: ReturnType<typeof createMockClient>) =>
  mock.executeQuery.mock.calls.map(([request]) => request).filter((r) => nameOf(r) === 'PipelineDryRunSamples').map((r) => (r.variables as { search: string | null }).search);

describe('Dry-run sample: search beyond the 20 newest invoices (issue #6 screen 5, X-19)', () => {
  it('should list the newest invoices first, then find an older one by customer or source number and walk it', async () => {
    const mock = createMockClient({
      query: (request) => {
        if (nameOf(request) === 'PipelineDryRunSamples') {
          const search = (request.variables as { search: string | null }).search;
          return { data: { invoices: { nodes: search === null ? newest : search.toLowerCase() === 'odense' ? [old] : [] } } };
        }
        return { data: { pipelineDryRun: { errors: [], issues: [], sample: { invoiceId: 'I-OLD', number: '17', kind: 'INVOICE', statusKey: 'draft' }, steps: [] } } };
      },
    });
    renderWithClient(<PipelineDryRun draft={examplePipelineB} />, { client: mock.client });
    const select = screen.getByLabelText('Sample invoice') as HTMLSelectElement;
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['A new invoice', 'Invoice 1020, Acme, draft']));
    expect(screen.getByRole('status').textContent).toBe('The 1 newest invoice.');
    expect(searched(mock)).toEqual([null]);

    const box = screen.getByRole('searchbox', { name: 'Find a sample invoice' });
    fireEvent.change(box, { target: { value: ' Odense ' } });
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['A new invoice', 'Invoice 17 (source SRC-4711), Odense VVS, draft']));
    // typing is settled before the server is asked, and the term goes trimmed
    expect(searched(mock)).toEqual([null, 'Odense']);
    expect(screen.getByRole('status').textContent).toBe('1 invoice match “Odense”.');

    fireEvent.change(select, { target: { value: 'I-OLD' } });
    // searching on keeps the chosen invoice selectable
    fireEvent.change(box, { target: { value: 'nothing like it' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No invoice matches “nothing like it”.'));
    expect(select.value).toBe('I-OLD');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toContain('Invoice 17 (source SRC-4711), Odense VVS, draft');

    fireEvent.click(screen.getByRole('button', { name: 'Dry run' }));
    await screen.findByTestId('dry-run-result');
    const sent = mock.executeQuery.mock.calls.map(([request]) => request).find((r) => nameOf(r) === 'PipelineDryRun');
    expect(sent?.variables).toMatchObject({ input: { sampleInvoiceId: 'I-OLD' } });
  });
});
