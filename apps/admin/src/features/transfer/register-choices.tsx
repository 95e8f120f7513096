import type { TransferRegister } from '../../graphql/generated/graphql';
import { describedByFor, FieldNotes } from '../../ui/form-field';

const transferRegisters: readonly { value: TransferRegister; label: string }[] = [
  { value: 'CUSTOMERS', label: 'Customers' },
  { value: 'PRODUCTS', label: 'Products' },
  { value: 'PROJECTS', label: 'Projects' },
  { value: 'INVOICES', label: 'Invoices' },
  { value: 'PAYMENTS', label: 'Payments' },
  { value: 'PROJECT_COSTS', label: 'Project costs' },
];

interface RegisterChoicesProps {
  /** The error sits under the group as `<id>-error`. */
  readonly id: string;
  readonly error: string | undefined;
  readonly isChecked?: (register: TransferRegister) => boolean;
}

/** The registers a run or a schedule covers, read from the form as `registers`, with their API error. */
export function RegisterChoices({ id, error, isChecked }: RegisterChoicesProps) {
  return (
    <>
      <fieldset className="choices row" aria-describedby={describedByFor(id, undefined, error)}>
        <legend>Registers</legend>
        {transferRegisters.map((register) => (
          <label key={register.value} className="choice">
            <input type="checkbox" name="registers" value={register.value} defaultChecked={isChecked?.(register.value)} />
            {register.label}
          </label>
        ))}
      </fieldset>
      <FieldNotes id={id} error={error} />
    </>
  );
}
