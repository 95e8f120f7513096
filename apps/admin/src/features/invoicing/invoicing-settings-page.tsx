import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { InvoiceCreationMode, InvoiceDelivery, InvoicingTime } from '../../graphql/generated/graphql';
import { describedByFor, FieldNotes, GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { groupErrorsByField } from '../../ui/user-error';
import { CustomerInvoicingPanel } from './customer-invoicing-panel';
import { checkInvoicingForm, invoicingChoices, invoicingFields, type InvoicingField } from './invoicing-settings-form';
import { InvoicingSettingsQuery, SaveInvoicingSettingsMutation } from './invoicing.graphql';

type FormErrors = { fields: Partial<Record<InvoicingField, string>>; general: readonly string[] };

export function InvoicingSettingsPage() {
  const [{ data, error }] = useQuery({ query: InvoicingSettingsQuery });
  const [{ fetching }, save] = useMutation(SaveInvoicingSettingsMutation);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [notice, setNotice] = useState<string | null>(null);
  const settings = data?.invoicingSettings;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const checked = checkInvoicingForm(new FormData(event.currentTarget));
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({ fields: {}, general: [] });
    const input = {
      creationMode: checked.value.creationMode as InvoiceCreationMode,
      invoicingTime: checked.value.invoicingTime as InvoicingTime,
      delivery: checked.value.delivery as InvoiceDelivery,
    };
    const result = await save({ input });
    const payload = result.data?.saveInvoicingSettings;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(groupErrorsByField(payload.errors, invoicingFields));
    else setNotice('Invoicing settings saved.');
  }

  if (error !== undefined) return <GeneralErrors messages={[transportMessage(error)]} />;
  if (settings === undefined) return <p role="status">Loading…</p>;
  return (
    <section aria-labelledby="invoicing-title">
      <h1 id="invoicing-title">Invoicing settings</h1>
      <p className="muted">
        Apply to every customer without its own settings (PV-06).{' '}
        {settings.isSaved ? `Last changed by ${settings.updatedBy ?? 'unknown'}.` : 'The defaults apply until you save.'}
      </p>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <form className="panel form" aria-label="Invoicing settings" onSubmit={(event) => void handleSubmit(event)}>
        {invoicingFields.map((field) => {
          const { legend, options } = invoicingChoices[field];
          const message = errors.fields[field];
          const id = `invoicing-${field}`;
          return (
            <fieldset key={field} className="choices" aria-describedby={describedByFor(id, undefined, message)}>
              <legend>{legend}</legend>
              {options.map((option) => (
                <label key={option.value} className="choice">
                  <input type="radio" name={field} value={option.value} defaultChecked={settings[field] === option.value} />
                  {option.label}
                </label>
              ))}
              <FieldNotes id={id} error={message} />
            </fieldset>
          );
        })}
        <div>
          <button className="button" type="submit" disabled={fetching}>
            Save settings
          </button>
        </div>
      </form>
      <CustomerInvoicingPanel />
    </section>
  );
}
