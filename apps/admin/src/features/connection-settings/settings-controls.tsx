import type { ReactNode } from 'react';
import { describedByFor, FieldNotes } from '../../ui/form-field';

interface ChoiceGroupProps {
  readonly name: string;
  readonly legend: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
}

/** A radio group whose error is announced with it (aria-describedby) and shown under it. */
export function ChoiceGroup({ name, legend, value, options, error, hint }: ChoiceGroupProps) {
  const id = `settings-${name}`;
  return (
    <fieldset className="choices" aria-describedby={describedByFor(id, undefined, error)} aria-invalid={error !== undefined || undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} defaultChecked={value === option.value} />
          {option.label}
        </label>
      ))}
      {hint}
      <FieldNotes id={id} error={error} />
    </fieldset>
  );
}

interface CheckFieldProps {
  readonly name: string;
  readonly label: string;
  readonly checked?: boolean;
  readonly defaultChecked?: boolean;
  readonly onChange?: (checked: boolean) => void;
  readonly error?: string | undefined;
  readonly note?: ReactNode;
}

/** A checkbox with its error or note right under it. */
export function CheckField({ name, label, checked, defaultChecked, onChange, error, note }: CheckFieldProps) {
  const id = `settings-${name}`;
  const noteId = `${id}-note`;
  // the note is a warning, not a hint, so it keeps its own id and class; the error is the usual one
  const describedBy = [note === undefined || note === null ? null : noteId, describedByFor(id, undefined, error)].filter(Boolean).join(' ');
  return (
    <div className="check-field">
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={name}
          {...(checked === undefined ? { defaultChecked } : { checked })}
          onChange={onChange === undefined ? undefined : (event) => onChange(event.currentTarget.checked)}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy || undefined}
        />
        {label}
      </label>
      {note !== undefined && note !== null && (
        <p id={noteId} className="warning">
          {note}
        </p>
      )}
      <FieldNotes id={id} error={error} />
    </div>
  );
}

interface PickFieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly items: readonly { readonly externalId: string; readonly name: string; readonly isBlocked: boolean }[];
  readonly emptyLabel: string;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
}

/**
 * A pick-list of the ERP's own data (X-04): blocked entries are shown but not choosable, and a
 * saved value the ERP no longer lists stays visible so nothing changes silently.
 */
export function PickField({ id, name, label, value, items, emptyLabel, error, hint }: PickFieldProps) {
  const known = items.some((item) => item.externalId === value);
  const describedBy = describedByFor(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {items.length === 0 ? (
        // the ERP offers no list (or could not be read): the number is typed and checked when used
        <input id={id} name={name} defaultValue={value} aria-invalid={error !== undefined} aria-describedby={describedBy} />
      ) : (
        <select id={id} name={name} defaultValue={value} aria-invalid={error !== undefined} aria-describedby={describedBy}>
          <option value="">{emptyLabel}</option>
          {value !== '' && !known && <option value={value}>{value} (not in the ERP's list)</option>}
          {items.map((item) => (
            <option key={item.externalId} value={item.externalId} disabled={item.isBlocked && item.externalId !== value}>
              {item.externalId} · {item.name}
              {item.isBlocked ? ' (blocked)' : ''}
            </option>
          ))}
        </select>
      )}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
