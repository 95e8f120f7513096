import type { InputHTMLAttributes, Ref } from 'react';

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  readonly id: string;
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose API error sits right under it and is announced with it. */
export function TextField({ id, label, error, hint, ref, ...input }: TextFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint === undefined ? null : hintId, error === undefined ? null : errorId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} aria-invalid={error !== undefined} aria-describedby={describedBy || undefined} {...input} />
      {hint !== undefined && (
        <p id={hintId} className="muted">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
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
