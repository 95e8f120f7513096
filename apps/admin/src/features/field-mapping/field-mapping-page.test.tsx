import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { print } from 'graphql';
import type { GraphQLRequest } from 'urql';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { FieldMappingPage } from './field-mapping-page';

const row = (target: string, over: Record<string, unknown> = {}) => ({
  target, sourceKind: 'FIELD', source: target, transform: null, transformLength: null, vatRateField: null, default: null,
  isRequired: false, mode: 'ALWAYS', direction: 'TO_ERP', origin: 'DEFAULT', ...over,
});
const mapping = {
  connectionId: 'Q29ubmVjdGlvbjox',
  register: 'CUSTOMERS',
  targetFields: ['number', 'name', 'email', 'phone'],
  sourceFields: ['number', 'name', 'email', 'phone'],
  rows: [row('name', { isRequired: true }), row('email', { origin: 'OVERRIDDEN', sourceKind: 'FIXED', source: 'x@example.se' })],
};
const operation = (request: GraphQLRequest) => /(?:query|mutation) (\w+)/.exec(print(request.query))?.[1];

function answerQuery(request: GraphQLRequest) {
  switch (operation(request)) {
    case 'ReconcileConnections':
      return { data: { connections: [{ id: 'Q29ubmVjdGlvbjox', name: 'Fortnox AB', connectorId: 'fortnox' }] } };
    case 'FieldMappingTable':
      return { data: { fieldMapping: mapping } };
    case 'PreviewRecords':
      return { data: { customers: { nodes: [] } } };
    default:
      throw new Error(`unexpected ${operation(request)}`);
  }
}

const rowOf = (target: string) => document.querySelector<HTMLElement>(`li[data-target="${target}"]`)!;

describe('field mapping screen (X-13, X-16)', () => {
  it('should flag a bad row while it is edited and keep Save off until it is fixed', async () => {
    const mock = createMockClient({ query: answerQuery });
    window.history.replaceState(null, '', '/admin/field-mapping?register=CUSTOMERS');
    renderWithClient(<FieldMappingPage />, { client: mock.client });
    await screen.findByText('name');
    expect(within(rowOf('email')).getByTestId('row-origin').textContent).toBe('OVERRIDDEN');
    expect(within(rowOf('name')).getByTestId('row-origin').textContent).toBe('DEFAULT');

    fireEvent.change(within(rowOf('name')).getByLabelText('Source kind'), { target: { value: 'TEMPLATE' } });
    fireEvent.change(within(rowOf('name')).getByLabelText('Template'), { target: { value: '{name} {nickname}' } });
    const message = within(rowOf('name')).getByText(/Unknown source field: nickname/);
    expect(within(rowOf('name')).getByLabelText('Template').getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getByRole('button', { name: 'Save mapping' })).toHaveProperty('disabled', true);

    fireEvent.change(within(rowOf('name')).getByLabelText('Template'), { target: { value: '{number} {name}' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save mapping' })).toHaveProperty('disabled', false));
  });

  it('should save only the changed row and a reset, and show the API\'s error next to the row it names', async () => {
    const mock = createMockClient({
      query: answerQuery,
      mutation: () => ({ data: { updateFieldMapping: { fieldMapping: null, errors: [{ code: 'INVALID_VALUE', message: 'Fortnox cuts names at 50', field: ['rows', '0', 'transformLength'] }] } } }),
    });
    window.history.replaceState(null, '', '/admin/field-mapping?register=CUSTOMERS');
    renderWithClient(<FieldMappingPage />, { client: mock.client });
    await screen.findByText('name');
    fireEvent.change(within(rowOf('name')).getByLabelText('Transformation'), { target: { value: 'TRUNCATE' } });
    fireEvent.change(within(rowOf('name')).getByLabelText('Length'), { target: { value: '80' } });
    fireEvent.click(within(rowOf('email')).getByRole('button', { name: 'Reset email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save mapping' }));

    expect(await within(rowOf('name')).findByText('Fortnox cuts names at 50')).toBeTruthy();
    expect(mock.executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: {
        connectionId: 'Q29ubmVjdGlvbjox',
        register: 'CUSTOMERS',
        rows: [{ target: 'name', sourceKind: 'FIELD', source: 'name', transform: 'TRUNCATE', transformLength: 80, vatRateField: null, default: null, isRequired: true, mode: 'ALWAYS', direction: 'TO_ERP' }],
        resetTargets: ['email'],
      },
    });
  });
});
