import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import { useMutation } from 'urql';
import { describedByFor, FieldNotes, TextField } from '../../ui/form-field';
import { useSession } from './session-context';
import type { TenantChoice } from './session-store';
import { noLoginErrors, toLoginFormErrors, type LoginFormErrors } from './login-errors';
import { LoginMutation } from './session.graphql';

const unreachableMessage = 'Could not reach Ledgerbridge. Check your connection and try again.';

export function SignInPage() {
  const { signIn, account } = useSession();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [errors, setErrors] = useState<LoginFormErrors>(noLoginErrors);
  // Offered again after a tenant switch, so the admin only re-enters the password.
  const [tenantChoices, setTenantChoices] = useState<readonly TenantChoice[]>(() =>
    account?.tenantId ? account.tenants : [],
  );
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const tenantRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    // Move focus to the first field that needs fixing so keyboard and screen-reader users land on it.
    if (errors.fields.email !== undefined) emailRef.current?.focus();
    else if (errors.fields.password !== undefined) passwordRef.current?.focus();
    else if (errors.fields.tenantId !== undefined) tenantRef.current?.querySelector('input')?.focus();
  }, [errors]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const tenantId = form.get('tenantId');
    const input = {
      email,
      password: String(form.get('password') ?? ''),
      ...(typeof tenantId === 'string' && tenantId !== '' ? { tenantId } : {}),
    };
    setErrors(noLoginErrors);

    const result = await login({ input });
    const payload = result.data?.login;
    if (result.error !== undefined || payload === undefined) {
      setErrors({ fields: {}, general: [result.error?.graphQLErrors[0]?.message ?? unreachableMessage] });
      return;
    }
    if (payload.tenantChoices.length > 0) setTenantChoices(payload.tenantChoices);
    if (payload.errors.length > 0) {
      setErrors(toLoginFormErrors(payload.errors));
      return;
    }
    if (payload.token === null) {
      setErrors({ fields: {}, general: ['Sign-in failed. Try again.'] });
      return;
    }
    signIn(payload.token, { email, tenantId: payload.tenant?.id ?? null, tenants: tenantChoices });
  }

  return (
    <section className="card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      {errors.general.length > 0 && (
        <div className="alert" role="alert">
          {errors.general.map((message, index) => (
            // Messages can repeat and never reorder within one render, so the index is a stable key.
            <p key={index}>{message}</p>
          ))}
        </div>
      )}
      <form className="form" onSubmit={(event) => void handleSubmit(event)}>
        <Field
          ref={emailRef}
          name="email"
          label="E-mail"
          type="email"
          autoComplete="username"
          defaultValue={account?.email}
          error={errors.fields.email}
        />
        <Field
          ref={passwordRef}
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.fields.password}
        />
        {tenantChoices.length > 0 && (
          <TenantChoices
            ref={tenantRef}
            choices={tenantChoices}
            initial={account?.tenantId ?? null}
            error={errors.fields.tenantId}
          />
        )}
        <button className="button" type="submit" disabled={fetching}>
          {fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}

interface TenantChoicesProps {
  readonly ref: Ref<HTMLFieldSetElement>;
  readonly choices: readonly TenantChoice[];
  readonly initial: string | null;
  readonly error: string | undefined;
}

function TenantChoices({ ref, choices, initial, error }: TenantChoicesProps) {
  const id = 'sign-in-tenant';
  return (
    <fieldset ref={ref} className="field choices" aria-describedby={describedByFor(id, undefined, error)}>
      <legend>Tenant</legend>
      {choices.map((choice) => (
        <label key={choice.id} className="choice">
          <input type="radio" name="tenantId" value={choice.id} defaultChecked={choice.id === initial} required />
          {choice.name}
        </label>
      ))}
      <FieldNotes id={id} error={error} />
    </fieldset>
  );
}

interface FieldProps {
  readonly ref: Ref<HTMLInputElement>;
  readonly name: 'email' | 'password';
  readonly label: string;
  readonly type: 'email' | 'password';
  readonly autoComplete: string;
  readonly defaultValue?: string | undefined;
  readonly error: string | undefined;
}

function Field({ ref, name, label, type, autoComplete, defaultValue, error }: FieldProps) {
  return (
    <TextField
      ref={ref}
      id={`sign-in-${name}`}
      label={label}
      name={name}
      type={type}
      autoComplete={autoComplete}
      defaultValue={defaultValue}
      required
      error={error}
    />
  );
}
