import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { CustomerInvoicingSetting, InvoiceCreationMode, InvoiceDelivery, InvoicingTime } from '../../graphql/generated/graphql';
import { describedByFor, FieldNotes, GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { ClearCustomerInvoicingMutation, CustomerInvoicingQuery, SaveCustomerInvoicingMutation, customerInvoicingContext } from './customer-invoicing.graphql';
import { INHERIT, choiceLabel, customerOverrideErrorsFromApi, overrideFields, readCustomerOverrides, type OverrideErrors } from './customer-invoicing-form';
import { invoicingChoices } from './invoicing-settings-form';

const PAGE = 25;

interface CustomerRow {
  readonly id: string;
  readonly number: string | null;
  readonly name: string;
  readonly invoiceCreationMode: string | null;
  readonly invoicingTime: string | null;
  readonly invoiceDelivery: string | null;
  readonly invoicing: { readonly creationMode: string; readonly invoicingTime: string; readonly delivery: string };
}

/** Customers' own invoicing settings over the tenant's (PV-07, PV-15, X-05): what applies, and where it comes from. */
export function CustomerInvoicingPanel() {
  const [search, setSearch] = useState('');
  const [{ data, error, fetching }] = useQuery({
    query: CustomerInvoicingQuery,
    variables: { search: search === '' ? null : search, first: PAGE },
    context: customerInvoicingContext,
  });
  const [editing, setEditing] = useState<string | null>(null);
  const customers: readonly CustomerRow[] = data?.customers.nodes ?? [];
  const chosen = customers.find((c) => c.id === editing);

  return (
    <section className="panel" aria-labelledby="customer-invoicing-title">
      <h2 id="customer-invoicing-title">Customers' own settings</h2>
      <p className="muted">A customer's own value wins over the settings above (PV-07); the rest are inherited.</p>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(String(new FormData(event.currentTarget).get('search') ?? '').trim());
        }}
      >
        <div className="row">
          <div className="field">
            <label htmlFor="customer-invoicing-search">Find customers</label>
            <input id="customer-invoicing-search" name="search" type="search" placeholder="Name, number, e-mail or VAT number" />
          </div>
          <button className="button button-secondary" type="submit">
            Search
          </button>
        </div>
      </form>
      {error !== undefined && <GeneralErrors messages={[transportMessage(error)]} />}
      {data === undefined && error === undefined && fetching && <p role="status">Loading…</p>}
      {data !== undefined && customers.length === 0 && <p className="muted">{search === '' ? 'No customers yet.' : 'No customers match.'}</p>}
      {customers.length > 0 && (
        <div className="table-wrap">
          <table aria-label="Customers' invoicing">
            <thead>
              <tr>
                <th scope="col">Customer</th>
                {overrideFields.map(({ tenant }) => (
                  <th key={tenant} scope="col">
                    {invoicingChoices[tenant].legend}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Edit</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {customers.map((customer) => (
                <tr key={customer.id}>
                  <th scope="row">
                    {customer.name}
                    {customer.number !== null && <span className="muted"> · {customer.number}</span>}
                  </th>
                  {overrideFields.map(({ field, tenant }) => (
                    <td key={field}>
                      {choiceLabel(tenant, customer.invoicing[tenant])}{' '}
                      <span className="muted">{customer[field] === null ? '(inherited)' : '(own)'}</span>
                    </td>
                  ))}
                  <td>
                    <button className="button button-secondary button-small" type="button" aria-label={`Edit ${customer.name}`} onClick={() => setEditing(customer.id)}>
                      Edit
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data !== undefined && data.customers.totalCount > customers.length && (
        <p className="muted">
          Showing {customers.length} of {data.customers.totalCount}: search to narrow the list.
        </p>
      )}
      {chosen !== undefined && <CustomerOverridesForm key={chosen.id} customer={chosen} onDone={() => setEditing(null)} />}
    </section>
  );
}

function CustomerOverridesForm({ customer, onDone }: { readonly customer: CustomerRow; readonly onDone: () => void }) {
  const [{ fetching }, save] = useMutation(SaveCustomerInvoicingMutation);
  const [{ fetching: clearing }, clearOwn] = useMutation(ClearCustomerInvoicingMutation);
  const hasOwn = overrideFields.some(({ field }) => customer[field] !== null);
  const [errors, setErrors] = useState<OverrideErrors>({ fields: {}, general: [] });
  const [notice, setNotice] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readCustomerOverrides(new FormData(event.currentTarget), customer);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({ fields: {}, general: [] });
    if (Object.keys(read.value).length === 0 && read.clear.length === 0) {
      setNotice('Nothing changed.');
      return;
    }
    const input = {
      id: customer.id,
      ...(read.value.invoiceCreationMode === undefined ? {} : { invoiceCreationMode: read.value.invoiceCreationMode as InvoiceCreationMode }),
      ...(read.value.invoicingTime === undefined ? {} : { invoicingTime: read.value.invoicingTime as InvoicingTime }),
      ...(read.value.invoiceDelivery === undefined ? {} : { invoiceDelivery: read.value.invoiceDelivery as InvoiceDelivery }),
    };
    if (Object.keys(read.value).length > 0) {
      const result = await save({ input }, customerInvoicingContext);
      const payload = result.data?.upsertCustomer;
      if (payload === undefined || payload.errors.length > 0) {
        setErrors(payload === undefined ? { fields: {}, general: [transportMessage(result.error)] } : customerOverrideErrorsFromApi(payload.errors));
        return;
      }
    }
    if (read.clear.length === 0 || (await clearOwnValues(read.clear))) setNotice(`Invoicing of ${customer.name} saved.`);
  }

  /** Removes own values (all when none are named) so the settings above apply; false when refused. */
  async function clearOwnValues(settings?: CustomerInvoicingSetting[]): Promise<boolean> {
    const result = await clearOwn({ input: { customerId: customer.id, ...(settings === undefined ? {} : { settings }) } }, customerInvoicingContext);
    const payload = result.data?.clearCustomerInvoicing;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(customerOverrideErrorsFromApi(payload.errors));
    return payload !== undefined && payload.errors.length === 0;
  }

  return (
    <form className="form" aria-label={`Invoicing of ${customer.name}`} onSubmit={(event) => void handleSubmit(event)}>
      <h3>{customer.name}</h3>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      {overrideFields.map(({ field, tenant }) => {
        const own = customer[field];
        const message = errors.fields[field];
        const id = `customer-${field}`;
        const inheritedValue = own === null ? customer.invoicing[tenant] : null;
        return (
          <div className="field" key={field}>
            <label htmlFor={id}>{invoicingChoices[tenant].legend}</label>
            <select id={id} name={field} defaultValue={own ?? INHERIT} aria-invalid={message !== undefined} aria-describedby={describedByFor(id, undefined, message)}>
              <option value={INHERIT}>
                {inheritedValue === null ? 'Inherit the settings above' : `Inherit: ${choiceLabel(tenant, inheritedValue)}`}
              </option>
              {invoicingChoices[tenant].options.map((option) => (
                <option key={option.value} value={option.value}>
                  Own: {option.label}
                </option>
              ))}
            </select>
            <FieldNotes id={id} error={message} />
          </div>
        );
      })}
      <div>
        <button className="button" type="submit" disabled={fetching || clearing}>
          Save customer's invoicing
        </button>{' '}
        {hasOwn && (
          <>
            <button
              className="button button-secondary"
              type="button"
              disabled={fetching || clearing}
              onClick={() => {
                setNotice(null);
                setErrors({ fields: {}, general: [] });
                void clearOwnValues().then((done) => done && setNotice(`${customer.name} now uses the settings above.`));
              }}
            >
              Use default for all
            </button>{' '}
          </>
        )}
        <button className="button button-secondary" type="button" onClick={onDone}>
          Close
        </button>
      </div>
    </form>
  );
}
