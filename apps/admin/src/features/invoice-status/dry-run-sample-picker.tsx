import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { PipelineDryRunSamplesQuery } from '../../graphql/generated/graphql';
import { DryRunSamplesQuery } from './pipeline-dry-run.graphql';

type Sample = PipelineDryRunSamplesQuery['invoices']['nodes'][number];

/** How long typing must pause before the search goes to the server. */
export const SAMPLE_SEARCH_DELAY_MS = 250;

function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function describe(invoice: Sample): string {
  const kind = invoice.kind === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice';
  const source = invoice.sourceNumber ? ` (source ${invoice.sourceNumber})` : '';
  return `${kind} ${invoice.number ?? '(no number yet)'}${source}, ${invoice.customer.name}, ${invoice.status.key}`;
}

/**
 * The dry run's sample: the 20 newest invoices by default, or any of the tenant's invoices found
 * by number, source number or customer name (the API's `invoices` search). A search box plus a
 * native list keeps it keyboard usable without a custom combobox.
 */
export function DryRunSamplePicker({ value, onChange }: { readonly value: string; readonly onChange: (invoiceId: string) => void }) {
  const [term, setTerm] = useState('');
  const search = useSettled(term.trim(), SAMPLE_SEARCH_DELAY_MS);
  const [{ data, fetching }] = useQuery({ query: DryRunSamplesQuery, variables: { search: search === '' ? null : search } });
  // the chosen invoice stays in the list while the admin searches for something else
  const [chosen, setChosen] = useState<Sample | null>(null);
  const found = data?.invoices.nodes ?? [];
  const options = chosen !== null && chosen.id === value && !found.some((i) => i.id === chosen.id) ? [chosen, ...found] : found;

  const summary =
    data === undefined
      ? 'Loading invoices…'
      : search === ''
        ? `The ${found.length} newest invoice${found.length === 1 ? '' : 's'}.`
        : found.length === 0
          ? `No invoice matches “${search}”.`
          : `${found.length} invoice${found.length === 1 ? '' : 's'} match “${search}”${found.length === 20 ? ' (the 20 newest shown; type more to narrow)' : ''}.`;

  return (
    <div className="field">
      <label htmlFor="dry-run-sample-search">Find a sample invoice</label>
      <input
        id="dry-run-sample-search"
        type="search"
        value={term}
        placeholder="Number, source number or customer"
        aria-describedby="dry-run-sample-search-hint"
        onChange={(e) => setTerm(e.target.value)}
      />
      <p id="dry-run-sample-search-hint" className="muted" role="status" aria-busy={fetching}>
        {summary}
      </p>
      <label htmlFor="dry-run-sample">Sample invoice</label>
      <select
        id="dry-run-sample"
        value={value}
        onChange={(e) => {
          setChosen(options.find((i) => i.id === e.target.value) ?? null);
          onChange(e.target.value);
        }}
      >
        <option value="">A new invoice</option>
        {options.map((invoice) => (
          <option key={invoice.id} value={invoice.id}>
            {describe(invoice)}
          </option>
        ))}
      </select>
    </div>
  );
}
