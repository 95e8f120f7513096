import { TextField } from '../../ui/form-field';
import type { CredentialField } from './credential-fields';

interface CredentialInputsProps {
  readonly fields: readonly CredentialField[];
  readonly idFor: (name: string) => string;
  readonly errorFor: (name: string) => string | undefined;
  /**
   * Where the schema's default goes: a placeholder when a new client is entered, the value itself
   * when replacing credentials (never for secrets, which the browser must not keep in the DOM).
   */
  readonly prefill: 'placeholder' | 'value';
}

/** The inputs of a connector's credentials schema, named `credentials.<field>` for credentialsFromForm. */
export function CredentialInputs({ fields, idFor, errorFor, prefill }: CredentialInputsProps) {
  return (
    <>
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={idFor(field.name)}
          name={`credentials.${field.name}`}
          label={field.label}
          type={field.inputType}
          required={field.isRequired}
          autoComplete={field.isSecret ? 'new-password' : 'off'}
          {...(prefill === 'placeholder' ? { placeholder: field.defaultValue } : { defaultValue: field.isSecret ? undefined : field.defaultValue })}
          hint={field.description}
          error={errorFor(field.name)}
        />
      ))}
    </>
  );
}
