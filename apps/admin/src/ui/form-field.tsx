import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  readonly id: string;
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose API error sits right under it and is announced with it. */
export function TextField({ id, label, error, hint, ref, ...input }: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} aria-invalid={error !== undefined} aria-describedby={describedByFor(id, hint, error)} {...input} />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** The aria-describedby of a field whose hint and error are rendered by FieldNotes with the same id. */
export function describedByFor(id: string, hint: unknown, error: string | undefined): string | undefined {
  return [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** A field's hint and API error, under it, with the ids describedByFor points at. */
export function FieldNotes({ id, hint, error }: { readonly id: string; readonly hint?: ReactNode; readonly error?: string | undefined }) {
  return (
    <>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

export function GeneralErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="alert" role="alert">
      {messages.map((message, index) => (
        // Messages never reorder within one render, so the index is a stable key.
        <p key={index}>{message}</p>
      ))}
    </div>
  );
}
