import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GraphQLRequest } from 'urql';
import { print } from 'graphql';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { ComparisonPage } from './comparison-page';

const side = (id: string, number: string, name: string) => ({ id, number, name, isActive: true });
const rows = [
  { basis: 'SIMILARITY', isLinked: false, score: 0.93, predictedAction: 'LINK', oursDecision: null, theirsDecision: null, ours: side('Q3VzdG9tZXI6MQ', '7002', 'Nordvik Fastigheter'), theirs: side('2', '2', 'Nordvik Fastigheter AB') },
  { basis: 'SIMILARITY', isLinked: false, score: 0.88, predictedAction: 'LINK', oursDecision: null, theirsDecision: null, ours: side('Q3VzdG9tZXI6Mg', '7003', 'Malmö Energi'), theirs: side('3', '3', 'Malmö Energiteknik AB') },
  { basis: null, isLinked: false, score: 0.12, predictedAction: 'CREATE', oursDecision: null, theirsDecision: null, ours: side('Q3VzdG9tZXI6Mw', '7009', 'Helt Ny Kund'), theirs: null },
];

const operation = (request: GraphQLRequest) => /(?:query|mutation) (\w+)/.exec(print(request.query))?.[1];

function answerQuery(request: GraphQLRequest) {
  switch (operation(request)) {
    case 'ReconcileConnections':
      return { data: { connections: [{ id: 'Q29ubmVjdGlvbjox', name: 'Fortnox AB', connectorId: 'fortnox' }] } };
    case 'RegisterComparison':
      return { data: { registerComparison: { totalCount: 3, pageInfo: { hasNextPage: false, endCursor: null }, errors: [], rows } } };
    case 'InitialSyncState':
      return { data: { initialSync: null } };
    default:
      throw new Error(`unexpected ${operation(request)}`);
  }
}

describe('register comparison screen (SE-FX-09, X-10)', () => {
  it('should link the selected rows in one batch and show the API\'s error next to the row it names', async () => {
    const mock = createMockClient({
      query: answerQuery,
      mutation: () => ({
        data: { decideRegisterRecords: { decisions: null, errors: [{ code: 'ALREADY_LINKED', message: 'ERP record 3 is linked to another record', field: ['decisions', '1', 'externalId'] }] } },
      }),
    });
    window.history.replaceState(null, '', '/admin/reconciliation?register=CUSTOMERS');
    renderWithClient(<ComparisonPage />, { client: mock.client });

    expect(await screen.findByText('93 %')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Nordvik Fastigheter / Nordvik Fastigheter AB' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Malmö Energi / Malmö Energiteknik AB' }));
    expect(screen.getByLabelText('Decision for the selected rows')).toHaveProperty('value', 'LINK');
    fireEvent.click(screen.getByRole('button', { name: 'Apply to 2 selected' }));

    const message = await screen.findByText('ERP record 3 is linked to another record');
    const malmoRow = screen.getByRole('checkbox', { name: 'Select Malmö Energi / Malmö Energiteknik AB' }).closest('tr')!;
    expect(within(malmoRow).getByText('ERP record 3 is linked to another record')).toBe(message);
    // the checkbox announces the error it is described by
    expect(within(malmoRow).getByRole('checkbox').getAttribute('aria-describedby')).toBe(message.id);
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: {
        connectionId: 'Q29ubmVjdGlvbjox',
        register: 'CUSTOMERS',
        decisions: [
          { action: 'LINK', recordId: 'Q3VzdG9tZXI6MQ', externalId: '2' },
          { action: 'LINK', recordId: 'Q3VzdG9tZXI6Mg', externalId: '3' },
        ],
      },
    });
  });

  it('should refuse to link a row with only our record without asking the API', async () => {
    const mock = createMockClient({ query: answerQuery });
    window.history.replaceState(null, '', '/admin/reconciliation');
    renderWithClient(<ComparisonPage />, { client: mock.client });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Helt Ny Kund / —' }));
    fireEvent.click(screen.getByRole('button', { name: 'Apply to 1 selected' }));
    await waitFor(() => expect(screen.getByText('Linking needs a record on both sides.')).toBeTruthy());
    expect(mock.executeMutation).not.toHaveBeenCalled();
  });

  it('should offer the initial sync once per connection, with the start-up import off by default (X-11, RB-05)', async () => {
    const mock = createMockClient({ query: answerQuery });
    window.history.replaceState(null, '', '/admin/reconciliation');
    renderWithClient(<ComparisonPage />, { client: mock.client });
    expect(await screen.findByRole('button', { name: 'Start initial sync' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Start-up import/ })).toHaveProperty('checked', false);
  });
});
