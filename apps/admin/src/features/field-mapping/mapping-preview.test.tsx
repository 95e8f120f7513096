import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { print } from 'graphql';
import { useState } from 'react';
import type { Client, GraphQLRequest } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fromPromise, fromValue, never } from 'wonka';
import { renderWithClient } from '../../test/render-with-client';
import { FieldMappingPage } from './field-mapping-page';
import type { SaveRequest } from './mapping-editor-state';
import { MappingPreview } from './mapping-preview';

const row = (target: string, over: Record<string, unknown> = {}) => ({
  target, sourceKind: 'FIELD', source: target, transform: null, transformLength: null, vatRateField: null, default: null,
  isRequired: false, mode: 'ALWAYS', direction: 'TO_ERP', origin: 'DEFAULT', ...over,
});
const mapping = {
  connectionId: 'Q29ubmVjdGlvbjox',
  register: 'CUSTOMERS',
  targetFields: ['number', 'name', 'email'],
  sourceFields: ['number', 'name', 'email'],
  rows: [row('name', { isRequired: true }), row('email', { origin: 'OVERRIDDEN', sourceKind: 'FIXED', source: 'saved@example.dk' })],
};
const operation = (request: GraphQLRequest) => /(?:query|mutation) (\w+)/.exec(print(request.query))?.[1];

interface PreviewVariables {
  readonly recordId: string;
  readonly rows: { target: string; source: string }[] | null;
  readonly resetTargets: string[] | null;
}
interface Pending {
  readonly variables: PreviewVariables;
  answer(payload: Record<string, unknown>, rowErrors?: { code: string; message: string; field: string[] }[]): void;
}

/**
 * A urql client whose previews are answered by the test, in any order, so a slow answer can be
 * made to arrive after a newer one. Everything else is answered at once.
 */
function slowPreviewClient(mutation?: (request: GraphQLRequest) => unknown) {
  const previews: Pending[] = [];
  const executeQuery = vi.fn((request: GraphQLRequest) => {
    switch (operation(request)) {
      case 'FieldMappingPreview': {
        let resolve: (value: unknown) => void = () => undefined;
        const answered = new Promise((r) => {
          resolve = r;
        });
        previews.push({
          variables: request.variables as PreviewVariables,
          answer: (payload, rowErrors = []) => resolve({ data: { fieldMappingPreview: { operation: 'CREATE', payload, errors: [], rowErrors } } }),
        });
        return fromPromise(answered);
      }
      case 'ReconcileConnections':
        return fromValue({ data: { connections: [{ id: 'Q29ubmVjdGlvbjox', name: 'e-conomic', connectorId: 'e-conomic' }] } });
      case 'FieldMappingTable':
        return fromValue({ data: { fieldMapping: mapping } });
      case 'PreviewRecords':
        return fromValue({ data: { customers: { nodes: [{ id: 'Q3VzdG9tZXI6MQ==', number: '1001', name: 'Aarhus Tømrer ApS' }] } } });
      default:
        throw new Error(`unexpected ${operation(request)}`);
    }
  });
  const executeMutation = vi.fn((request: GraphQLRequest) => (mutation === undefined ? never : fromValue(mutation(request))));
  const client = { executeQuery, executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  return { client, previews };
}

const rowOf = (target: string) => document.querySelector<HTMLElement>(`li[data-target="${target}"]`)!;
const payloadText = () => screen.getByTestId('mapping-preview-payload').textContent ?? '';

describe('preview of the unsaved mapping table (X-13; issue #6 screen 4)', () => {
  it('should preview the edited table before saving, once per pause in typing, marked unsaved', async () => {
    const { client, previews } = slowPreviewClient();
    window.history.replaceState(null, '', '/admin/field-mapping?register=CUSTOMERS');
    renderWithClient(<FieldMappingPage />, { client });
    await screen.findByText('name');
    fireEvent.change(screen.getByLabelText('Record to preview'), { target: { value: 'Q3VzdG9tZXI6MQ==' } });
    await waitFor(() => expect(previews).toHaveLength(1));
    expect(previews[0]!.variables).toMatchObject({ recordId: 'Q3VzdG9tZXI6MQ==', rows: null, resetTargets: null });
    await act(async () => previews[0]!.answer({ name: 'Aarhus Tømrer ApS', email: 'saved@example.dk' }));
    await waitFor(() => expect(payloadText()).toContain('saved@example.dk'));
    expect(screen.queryByTestId('preview-unsaved')).toBeNull();

    // a burst of keystrokes: no answer can arrive in between, and only the last text is asked for
    const fixed = within(rowOf('email')).getByLabelText('Fixed value');
    for (const text of ['u', 'ud', 'udk', 'udkast@example.dk']) fireEvent.change(fixed, { target: { value: text } });
    expect(screen.getByRole('button', { name: 'Save mapping' })).toHaveProperty('disabled', false);
    await waitFor(() => expect(previews).toHaveLength(2), { timeout: 3000 });
    expect(previews[1]!.variables.rows).toEqual([expect.objectContaining({ target: 'email', sourceKind: 'FIXED', source: 'udkast@example.dk' })]);
    expect(previews[1]!.variables.resetTargets).toEqual([]);
    await act(async () => previews[1]!.answer({ name: 'Aarhus Tømrer ApS', email: 'udkast@example.dk' }));
    await waitFor(() => expect(payloadText()).toContain('udkast@example.dk'));
    expect(screen.getByTestId('preview-unsaved').textContent).toBe('unsaved');
    expect(previews).toHaveLength(2);
  });

  it('should not let a slow answer for an older draft overwrite the answer for the newer one', async () => {
    const { client, previews } = slowPreviewClient();
    const draft = (source: string): SaveRequest => ({
      rows: [{ target: 'email', sourceKind: 'FIXED', source, transform: null, transformLength: null, vatRateField: null, default: null, isRequired: false, mode: 'ALWAYS', direction: 'TO_ERP' }],
      resetTargets: [],
      sentTargets: ['email'],
    });
    function Harness() {
      const [source, setSource] = useState('old@example.dk');
      return (
        <>
          <button type="button" onClick={() => setSource('new@example.dk')}>
            Edit the draft
          </button>
          <MappingPreview connectionId="Q29ubmVjdGlvbjox" register="CUSTOMERS" revision={0} draft={draft(source)} debounceMs={10} />
        </>
      );
    }
    renderWithClient(<Harness />, { client });
    fireEvent.change(await screen.findByLabelText('Record to preview'), { target: { value: 'Q3VzdG9tZXI6MQ==' } });
    await waitFor(() => expect(previews).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'Edit the draft' }));
    await waitFor(() => expect(previews).toHaveLength(2));
    expect(previews.map((p) => p.variables.rows?.[0]?.source)).toEqual(['old@example.dk', 'new@example.dk']);

    await act(async () => previews[1]!.answer({ email: 'new@example.dk' }));
    await waitFor(() => expect(payloadText()).toContain('new@example.dk'));
    await act(async () => previews[0]!.answer({ email: 'old@example.dk' }));
    // give the late answer every chance to land before checking it did not
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(payloadText()).toContain('new@example.dk');
    expect(payloadText()).not.toContain('old@example.dk');
    expect(screen.getByTestId('preview-unsaved')).toBeTruthy();
  });

  it('should name the rows the API left out of the preview, with the reason', async () => {
    const { client, previews } = slowPreviewClient();
    window.history.replaceState(null, '', '/admin/field-mapping?register=CUSTOMERS');
    renderWithClient(<FieldMappingPage />, { client });
    await screen.findByText('name');
    fireEvent.change(screen.getByLabelText('Record to preview'), { target: { value: 'Q3VzdG9tZXI6MQ==' } });
    await waitFor(() => expect(previews).toHaveLength(1));
    await act(async () => previews[0]!.answer({ name: 'Aarhus Tømrer ApS' }));

    fireEvent.change(within(rowOf('name')).getByLabelText('Source kind'), { target: { value: 'TEMPLATE' } });
    fireEvent.change(within(rowOf('name')).getByLabelText('Template'), { target: { value: '{name} {nickname}' } });
    await waitFor(() => expect(previews).toHaveLength(2), { timeout: 3000 });
    expect(previews[1]!.variables.rows).toEqual([expect.objectContaining({ target: 'name', sourceKind: 'TEMPLATE', source: '{name} {nickname}' })]);
    await act(async () => previews[1]!.answer({ email: 'saved@example.dk' }, [{ code: 'INVALID_VALUE', message: 'Unknown source field: nickname', field: ['rows', '0', 'source'] }]));
    const leftOut = await screen.findByTestId('preview-left-out');
    expect(leftOut.textContent).toBe('name: left out until the row is fixed (Unknown source field: nickname)');

    // a length GraphQL cannot carry as Int goes as missing, so the API names the field instead of refusing the query
    fireEvent.change(within(rowOf('email')).getByLabelText('Transformation'), { target: { value: 'TRUNCATE' } });
    fireEvent.change(within(rowOf('email')).getByLabelText('Length'), { target: { value: '2.5' } });
    await waitFor(() => expect(previews).toHaveLength(3), { timeout: 3000 });
    expect(previews[2]!.variables.rows).toContainEqual(expect.objectContaining({ target: 'email', transform: 'TRUNCATE', transformLength: null }));
  });
  it('should drop the unsaved marker after a save, preview the saved table, and still ask once per later edit', async () => {
    const saved = { ...mapping, rows: [mapping.rows[0], row('email', { origin: 'OVERRIDDEN', sourceKind: 'FIXED', source: 'udkast@example.dk' })] };
    const { client, previews } = slowPreviewClient(() => ({ data: { updateFieldMapping: { fieldMapping: saved, errors: [] } } }));
    window.history.replaceState(null, '', '/admin/field-mapping?register=CUSTOMERS');
    renderWithClient(<FieldMappingPage />, { client });
    await screen.findByText('name');
    fireEvent.change(screen.getByLabelText('Record to preview'), { target: { value: 'Q3VzdG9tZXI6MQ==' } });
    await waitFor(() => expect(previews).toHaveLength(1));
    await act(async () => previews[0]!.answer({ email: 'saved@example.dk' }));

    fireEvent.change(within(rowOf('email')).getByLabelText('Fixed value'), { target: { value: 'udkast@example.dk' } });
    await waitFor(() => expect(previews).toHaveLength(2), { timeout: 3000 });
    await act(async () => previews[1]!.answer({ email: 'udkast@example.dk' }));
    await screen.findByTestId('preview-unsaved');

    fireEvent.click(screen.getByRole('button', { name: 'Save mapping' }));
    await screen.findByText('Mapping saved (1 change).');
    await waitFor(() => expect(previews.length).toBeGreaterThan(2));
    expect(previews.slice(2).every((p) => p.variables.rows === null)).toBe(true);
    await act(async () => previews.slice(2).forEach((p) => p.answer({ email: 'udkast@example.dk' })));
    await waitFor(() => expect(screen.queryByTestId('preview-unsaved')).toBeNull());
    const afterSave = previews.length;

    fireEvent.change(within(rowOf('email')).getByLabelText('Fixed value'), { target: { value: 'igen@example.dk' } });
    await waitFor(() => expect(previews.length).toBe(afterSave + 1), { timeout: 3000 });
    // well past the debounce: a refetch tied to the earlier save must not double the request
    await act(async () => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(previews.slice(afterSave).map((p) => p.variables.rows?.[0]?.source)).toEqual(['igen@example.dk']);
  });
});
