import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describedByFor, FieldNotes, GeneralErrors, TextField } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { UpdateTransferRulesMutation } from './connection.graphql';
import { readRulesForm, rulesErrorsFromApi, type RuleErrors } from './transfer-rules-form';

interface TransferRulesPanelProps {
  readonly connection: { id: string; name: string; rules: Record<string, unknown> };
  readonly onClose: () => void;
}

const noErrors: RuleErrors = { fields: {}, general: [] };

/** The engine's rules for one connection (SE-VN-59, SE-FX-48, SE-FX-28, X-16), defaults shown as the API applies them. */
export function TransferRulesPanel({ connection, onClose }: TransferRulesPanelProps) {
  const [{ fetching }, updateRules] = useMutation(UpdateTransferRulesMutation);
  const [errors, setErrors] = useState<RuleErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);
  const rule = (name: string) => {
    const value = connection.rules[name];
    return value === undefined || value === null ? '' : String(value);
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readRulesForm(new FormData(event.currentTarget));
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors(noErrors);
    const result = await updateRules({ input: { connectionId: connection.id, rules: read.value } });
    const payload = result.data?.updateTransferRules;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(rulesErrorsFromApi(payload.errors));
    else setNotice('Transfer rules saved.');
  }

  const id = (name: string) => `rules-${name}`;
  return (
    <form className="panel form" aria-label={`Transfer rules for ${connection.name}`} onSubmit={(event) => void handleSubmit(event)}>
      <h2>Transfer rules: {connection.name}</h2>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <fieldset className="choices" aria-describedby={describedByFor(id('mode'), undefined, errors.fields.projectCostMode)}>
        <legend>Project costs (SE-VN-59)</legend>
        <label className="choice">
          <input type="radio" name="projectCostMode" value="COSTS_ONLY" defaultChecked={rule('projectCostMode') === 'COSTS_ONLY'} />
          Costs only (price 0.00)
        </label>
        <label className="choice">
          <input type="radio" name="projectCostMode" value="COSTS_AND_FEES" defaultChecked={rule('projectCostMode') !== 'COSTS_ONLY'} />
          Costs and re-billable fees (price = cost × multiplier)
        </label>
        <FieldNotes id={id('mode')} error={errors.fields.projectCostMode} />
      </fieldset>
      <TextField
        id={id('multiplier')}
        name="projectCostMultiplierPercent"
        label="Multiplier for re-billable costs (%)"
        inputMode="decimal"
        defaultValue={rule('projectCostMultiplierPercent')}
        error={errors.fields.projectCostMultiplierPercent}
      />
      <TextField
        id={id('cost-product')}
        name="projectCostProductNumber"
        label="Product for costs without one (SE-FX-48)"
        defaultValue={rule('projectCostProductNumber')}
        error={errors.fields.projectCostProductNumber}
      />
      <TextField
        id={id('default-product')}
        name="defaultProductNumber"
        label="Article for invoice lines without a product (X-16)"
        defaultValue={rule('defaultProductNumber')}
        error={errors.fields.defaultProductNumber}
      />
      <TextField
        id={id('name-limit')}
        name="projectNameLimit"
        label="Shorten project names to (characters, SE-FX-28)"
        inputMode="numeric"
        hint="Empty: the ERP's own limit."
        defaultValue={rule('projectNameLimit')}
        error={errors.fields.projectNameLimit}
      />
      <div className="row">
        <button className="button" type="submit" disabled={fetching}>
          Save rules
        </button>
        <button className="button button-secondary" type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
