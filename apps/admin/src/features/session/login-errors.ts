import type { PayloadError as UserError } from '../../ui/user-error';

export type LoginField = 'email' | 'password' | 'tenantId';

export interface LoginFormErrors {
  readonly fields: Partial<Record<LoginField, string>>;
  readonly general: readonly string[];
}

export const noLoginErrors: LoginFormErrors = { fields: {}, general: [] };

const loginFields: readonly LoginField[] = ['email', 'password', 'tenantId'];

/** Binds payload errors to the form: `field` is the path inside LoginInput, e.g. ["email"]. */
export function toLoginFormErrors(errors: readonly UserError[]): LoginFormErrors {
  const fields: Partial<Record<LoginField, string>> = {};
  const general: string[] = [];
  for (const error of errors) {
    const field = error.field?.length === 1 ? loginFields.find((name) => name === error.field?.[0]) : undefined;
    if (field === undefined) {
      general.push(error.message);
    } else {
      fields[field] = fields[field] === undefined ? error.message : `${fields[field]} ${error.message}`;
    }
  }
  return { fields, general };
}
