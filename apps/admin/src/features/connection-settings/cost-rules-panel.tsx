import type { FormEvent } from 'react';
import { GeneralErrors, TextField } from '../../ui/form-field';
import { costRulesErrorsFromApi, readCostRulesForm } from './cost-rules-form';
import { useGroupSave } from './debtor-rules-panel';
import { CheckField } from './settings-controls';

/** Project costs: the company's VAT rate (SE-EE-50) and supplier-invoice files (X-25, SE-FX-51); sends only these two rules. */
export function CostRulesForm({ connectionId, rules }: { readonly connectionId: string; readonly rules: Record<string, unknown> }) {
  const { fetching, errors, setErrors, notice, setNotice, send } = useGroupSave(costRulesErrorsFromApi);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readCostRulesForm(new FormData(event.currentTarget), rules);
    if (!read.ok) setErrors(read.errors);
    else await send(connectionId, read.value, 'Project cost settings saved.');
  }

  return (
    <form className="panel form" aria-label="Project costs" onSubmit={(event) => void handleSubmit(event)}>
      <h2>Project costs</h2>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <TextField
        id="settings-companyVatRate"
        name="companyVatRate"
        label="Company VAT rate (%) for costs whose product has none"
        inputMode="decimal"
        hint='A percentage such as "25" or "12.5". Empty keeps the saved rate.'
        defaultValue={typeof rules['companyVatRate'] === 'string' ? rules['companyVatRate'] : ''}
        error={errors.fields['companyVatRate']}
      />
      <CheckField
        name="transferSupplierInvoiceImages"
        label="Keep the ERP's supplier-invoice files with the project costs they produced (X-25)"
        defaultChecked={rules['transferSupplierInvoiceImages'] === true}
        error={errors.fields['transferSupplierInvoiceImages']}
      />
      <CheckField
        name="transferInvoiceAttachments"
        label="Send the files attached to our invoices with each invoice to the ERP (SE-FX-46; Fortnox only, PDF files)"
        defaultChecked={rules['transferInvoiceAttachments'] === true}
        error={errors.fields['transferInvoiceAttachments']}
      />
      <div>
        <button className="button" type="submit" disabled={fetching}>
          Save project cost settings
        </button>
      </div>
    </form>
  );
}
