import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { GeneralErrors, TextField } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { CostRulesForm } from './cost-rules-panel';
import { useReferenceItems } from './creditor-panel';
import { SaveRulesGroupMutation, settingsContext } from './connection-settings.graphql';
import {
  bookWhenBookedOf, debtorErrorsFromApi, inventoryErrorsFromApi, neverBookEanNote, readDebtorForm, readInventoryForm, type BookWhenBooked,
} from './debtor-rules-form';
import { LayoutMappingsForm } from './layout-mappings-panel';
import { noErrors, type FormErrors } from './settings-errors';
import { CheckField, ChoiceGroup, PickField } from './settings-controls';

interface DebtorRulesPanelProps {
  readonly connection: {
    readonly id: string;
    readonly rules: Record<string, unknown>;
    readonly ruleWarnings: readonly { readonly code: string; readonly message: string; readonly field: readonly string[] }[];
  };
}

/** Customers, invoices and payments (RB-13..RB-24) and inventory value vouchers (RB-25..RB-29). */
export function DebtorRulesPanel({ connection }: DebtorRulesPanelProps) {
  const accounts = useReferenceItems(connection.id, 'ACCOUNTS');
  const journals = useReferenceItems(connection.id, 'JOURNALS');
  const problems = [accounts.problem, journals.problem].filter((p): p is string => p !== null);
  return (
    <>
      {connection.ruleWarnings.length > 0 && (
        <div className="alert" role="status" aria-label="Settings without effect">
          {connection.ruleWarnings.map((warning) => (
            <p key={warning.field.join('.')}>{warning.message}</p>
          ))}
        </div>
      )}
      <DebtorForm connectionId={connection.id} debtor={(connection.rules['debtor'] ?? {}) as Record<string, unknown>} />
      <LayoutMappingsForm connectionId={connection.id} mappings={((connection.rules['debtor'] ?? {}) as Record<string, unknown>)['layoutMappings']} />
      <CostRulesForm connectionId={connection.id} rules={connection.rules} />
      {problems.length > 0 && <p className="warning">The ERP's own lists are not available ({problems.join('; ')}): type the numbers instead.</p>}
      <InventoryForm
        connectionId={connection.id}
        inventory={(connection.rules['inventoryValue'] ?? {}) as Record<string, unknown>}
        accounts={accounts.items}
        journals={journals.items}
      />
    </>
  );
}

export function useGroupSave(prefixErrors: (errors: readonly { code: string; message: string; field: readonly string[] | null }[]) => FormErrors) {
  const [{ fetching }, save] = useMutation(SaveRulesGroupMutation);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);
  async function send(connectionId: string, rules: Record<string, unknown>, saved: string) {
    setErrors(noErrors);
    const result = await save({ input: { connectionId, rules } }, settingsContext);
    const payload = result.data?.updateTransferRules;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(prefixErrors(payload.errors));
    else setNotice(saved);
  }
  return { fetching, errors, setErrors, notice, setNotice, send };
}

function DebtorForm({ connectionId, debtor }: { connectionId: string; debtor: Record<string, unknown> }) {
  const { fetching, errors, setErrors, notice, setNotice, send } = useGroupSave(debtorErrorsFromApi);
  const [neverBookEan, setNeverBookEan] = useState(debtor['neverBookEanInvoices'] === true);
  const [bookWhenBooked, setBookWhenBooked] = useState<BookWhenBooked>(bookWhenBookedOf(debtor['bookWhenBookedInSource']));
  const note = neverBookEanNote(neverBookEan, bookWhenBooked);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readDebtorForm(new FormData(event.currentTarget), debtor);
    if (!read.ok) setErrors(read.errors);
    else await send(connectionId, { debtor: read.value }, 'Debtor rules saved.');
  }

  return (
    <form
      className="panel form"
      aria-label="Debtor rules"
      onSubmit={(event) => void handleSubmit(event)}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.name === 'bookWhenBookedInSource') setBookWhenBooked(target.value as BookWhenBooked);
      }}
    >
      <h2>Customers and invoices</h2>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <CheckField name="isEnabled" label="Synchronise customers, invoices and payments (RB-13)" defaultChecked={debtor['isEnabled'] !== false} error={errors.fields['isEnabled']} />
      <CheckField name="useActualQuantity" label="Send actual quantity and unit price (off: 1 × the line's net amount, RB-14)" defaultChecked={debtor['useActualQuantity'] !== false} error={errors.fields['useActualQuantity']} />
      <ChoiceGroup
        name="bookWhenBookedInSource"
        legend="Book in the ERP when booked here (RB-16)"
        value={bookWhenBooked}
        options={[
          { value: 'UNSET', label: 'As the invoicing settings say' },
          { value: 'ON', label: 'On: book exactly when booked here' },
          { value: 'OFF', label: 'Off: leave a draft in the ERP' },
        ]}
        error={errors.fields['bookWhenBookedInSource']}
      />
      <CheckField
        name="neverBookEanInvoices"
        label="Never book EAN invoices: they stay drafts to be sent from the ERP (RB-17)"
        checked={neverBookEan}
        onChange={setNeverBookEan}
        note={note}
        error={errors.fields['neverBookEanInvoices']}
      />
      <CheckField name="markSentWhenBooked" label={'Move invoices booked in the ERP to the "sent" status (RB-19)'} defaultChecked={debtor['markSentWhenBooked'] === true} error={errors.fields['markSentWhenBooked']} />
      <CheckField name="useActualCostPrice" label="Give products our cost price in the ERP (RB-22)" defaultChecked={debtor['useActualCostPrice'] !== false} error={errors.fields['useActualCostPrice']} />
      <TextField
        id="settings-emptyLineProductNumber"
        name="emptyLineProductNumber"
        label="Our product for ERP invoice lines without one (RB-20)"
        defaultValue={typeof debtor['emptyLineProductNumber'] === 'string' ? debtor['emptyLineProductNumber'] : ''}
        error={errors.fields['emptyLineProductNumber']}
      />
      <div>
        <button className="button" type="submit" disabled={fetching}>
          Save debtor rules
        </button>
      </div>
    </form>
  );
}

type Items = ReturnType<typeof useReferenceItems>['items'];

function InventoryForm({ connectionId, inventory, accounts, journals }: { connectionId: string; inventory: Record<string, unknown>; accounts: Items; journals: Items }) {
  const { fetching, errors, setErrors, notice, setNotice, send } = useGroupSave(inventoryErrorsFromApi);
  const text = (name: string) => (typeof inventory[name] === 'string' ? (inventory[name] as string) : '');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readInventoryForm(new FormData(event.currentTarget), inventory);
    if (!read.ok) setErrors(read.errors);
    else await send(connectionId, { inventoryValue: read.value }, 'Inventory value settings saved.');
  }

  return (
    <form className="panel form" aria-label="Inventory value" onSubmit={(event) => void handleSubmit(event)}>
      <h2>Inventory value (RB-25..RB-29)</h2>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <CheckField name="inventoryEnabled" label="Post the change in stock value as a voucher" defaultChecked={inventory['isEnabled'] === true} error={errors.fields['isEnabled']} />
      <ChoiceGroup
        name="frequency"
        legend="How often (RB-26)"
        value={text('frequency')}
        options={[
          { value: 'DAILY', label: 'Daily' },
          { value: 'WEEKLY', label: 'Weekly' },
          { value: 'MONTHLY', label: 'Monthly' },
        ]}
        error={errors.fields['frequency']}
      />
      <PickField id="settings-inventoryJournalNumber" name="inventoryJournalNumber" label="Journal (must accept financial vouchers, RB-27)" value={text('journalNumber')} items={journals} emptyLabel="Not chosen" error={errors.fields['journalNumber']} />
      <PickField id="settings-inventoryAccountNumber" name="inventoryAccountNumber" label="Inventory account (RB-28)" value={text('inventoryAccountNumber')} items={accounts} emptyLabel="Not chosen" error={errors.fields['inventoryAccountNumber']} />
      <PickField id="settings-offsetAccountNumber" name="offsetAccountNumber" label="Offset account (RB-29)" value={text('offsetAccountNumber')} items={accounts} emptyLabel="Not chosen" error={errors.fields['offsetAccountNumber']} />
      <div>
        <button className="button" type="submit" disabled={fetching}>
          Save inventory value
        </button>
      </div>
    </form>
  );
}
