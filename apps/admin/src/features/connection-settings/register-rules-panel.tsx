import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { GeneralErrors, TextField } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { SaveRulesGroupMutation, settingsContext } from './connection-settings.graphql';
import { readRegisterRulesForm, registerRulesErrorsFromApi, registerRulesInput } from './register-rules-form';
import { noErrors, type FormErrors } from './settings-errors';
import { CheckField, ChoiceGroup } from './settings-controls';

interface RegisterRulesPanelProps {
  readonly connection: { readonly id: string; readonly name: string; readonly rules: Record<string, unknown> };
}

const masters = [
  { value: 'SOURCE', label: 'Ledgerbridge (our graph)' },
  { value: 'ERP', label: 'The ERP' },
  { value: 'NONE', label: 'None: both systems create and update' },
];

/** Master systems, numbering, eligibility, projects and number rules (X-06..X-15), the connector's defaults shown. */
export function RegisterRulesPanel({ connection }: RegisterRulesPanelProps) {
  const [{ fetching }, save] = useMutation(SaveRulesGroupMutation);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);
  const registers = (connection.rules['registers'] ?? {}) as Record<string, unknown>;
  const text = (name: string) => (registers[name] === undefined || registers[name] === null ? '' : String(registers[name]));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readRegisterRulesForm(new FormData(event.currentTarget), registers);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors(noErrors);
    const result = await save({ input: registerRulesInput(connection.id, read.value) }, settingsContext);
    const payload = result.data?.updateTransferRules;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(registerRulesErrorsFromApi(payload.errors));
    else setNotice('Register rules saved.');
  }

  return (
    <form className="panel form" aria-label="Register rules" onSubmit={(event) => void handleSubmit(event)}>
      <h2>Registers</h2>
      <p className="muted">Which system owns each register and who hands out numbers (X-06, X-08).</p>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <ChoiceGroup name="customerMaster" legend="Master system for customers" value={text('customerMaster')} options={masters} error={errors.fields['customerMaster']} />
      <ChoiceGroup name="productMaster" legend="Master system for products" value={text('productMaster')} options={masters} error={errors.fields['productMaster']} />
      <ChoiceGroup
        name="customerNumbering"
        legend="Who numbers new customers"
        value={text('customerNumbering')}
        options={[
          { value: 'SOURCE', label: 'Ledgerbridge' },
          { value: 'ERP', label: 'The ERP (its number is written back)' },
        ]}
        error={errors.fields['customerNumbering']}
      />
      <ChoiceGroup
        name="invoiceNumbering"
        legend="Who numbers invoices and credit notes"
        value={text('invoiceNumbering')}
        options={[
          { value: 'ERP', label: 'The ERP (its number is written back)' },
          { value: 'SOURCE', label: 'Ledgerbridge: the ERP document carries our number' },
        ]}
        hint={<p className="muted">Not every ERP accepts our numbers; Fortnox numbers its invoices itself (X-08, SE-FX-32).</p>}
        error={errors.fields['invoiceNumbering']}
      />
      <fieldset className="choices">
        <legend>When changes are sent</legend>
        <CheckField
          name="pushLinkedChangesImmediately"
          label="Send changes to customers and products already in the ERP right after saving (new ones wait for the schedule, PV-04)"
          defaultChecked={registers['pushLinkedChangesImmediately'] === true}
          error={errors.fields['pushLinkedChangesImmediately']}
        />
      </fieldset>
      <fieldset className="choices">
        <legend>Which customers are sent</legend>
        <CheckField
          name="transferAllCustomers"
          label="Transfer all active customers once (turns itself off after the run)"
          defaultChecked={registers['transferAllCustomers'] === true}
          error={errors.fields['transferAllCustomers']}
        />
        <CheckField
          name="pushNewCustomersAtFirstInvoice"
          label="Send a new customer only with its first invoice"
          defaultChecked={registers['pushNewCustomersAtFirstInvoice'] === true}
          error={errors.fields['pushNewCustomersAtFirstInvoice']}
        />
      </fieldset>
      <fieldset className="choices">
        <legend>Projects</legend>
        <CheckField name="transferProjects" label="Transfer projects" defaultChecked={registers['transferProjects'] !== false} error={errors.fields['transferProjects']} />
      </fieldset>
      <ChoiceGroup
        name="closedProjects"
        legend="When a project is closed here"
        value={text('closedProjects')}
        options={[
          { value: 'DEACTIVATE', label: 'Deactivate it in the ERP' },
          { value: 'LEAVE', label: 'Leave it open in the ERP' },
        ]}
        error={errors.fields['closedProjects']}
      />
      <TextField id="settings-customerNumberLength" name="customerNumberLength" label="Customer numbers have exactly (characters)" inputMode="numeric" hint="Empty: no length rule." defaultValue={text('customerNumberLength')} error={errors.fields['customerNumberLength']} />
      <TextField id="settings-productNumberLength" name="productNumberLength" label="Product numbers have exactly (characters)" inputMode="numeric" hint="Empty: no length rule." defaultValue={text('productNumberLength')} error={errors.fields['productNumberLength']} />
      <TextField id="settings-projectNumberLength" name="projectNumberLength" label="Project numbers have exactly (characters)" inputMode="numeric" hint="Empty: no length rule." defaultValue={text('projectNumberLength')} error={errors.fields['projectNumberLength']} />
      <div>
        <button className="button" type="submit" disabled={fetching}>
          Save register rules
        </button>
      </div>
    </form>
  );
}
