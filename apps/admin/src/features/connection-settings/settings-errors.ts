import { fieldErrorsFromZod } from '@ledgerbridge/domain';
import type { PayloadError } from '../../ui/user-error';

/** Messages keyed by a form's own field key; what names no field of the form is general. */
export interface FormErrors {
  readonly fields: Readonly<Record<string, string>>;
  readonly general: readonly string[];
}

export const noErrors: FormErrors = { fields: {}, general: [] };

/**
 * Places errors whose path starts with `prefix` (the group's place in the API input, e.g.
 * ["rules", "registers"]) on the form field `keyOf` names for the rest of the path; a form whose
 * fields are lists (a matrix cell, an address in a list) decides how deep its key goes.
 */
export function bindErrors(
  errors: readonly PayloadError[],
  prefix: readonly string[],
  keyOf: (path: readonly string[]) => string | undefined,
): FormErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const error of errors) {
    const path = error.field ?? [];
    const inGroup = prefix.every((part, i) => path[i] === part);
    const key = inGroup && path.length > prefix.length ? keyOf(path.slice(prefix.length)) : undefined;
    if (key === undefined) general.push(error.message);
    else fields[key] = fields[key] === undefined ? error.message : `${fields[key]} ${error.message}`;
  }
  return { fields, general };
}

/** The first path segment when it is one of the form's fields. */
export function topLevelKey(known: readonly string[]) {
  return (path: readonly string[]) => (known.includes(path[0]!) ? path[0] : undefined);
}

/** The domain schema's complaints, placed like the API's (both use the same paths). */
export function zodErrors(error: Parameters<typeof fieldErrorsFromZod>[0], keyOf: (path: readonly string[]) => string | undefined): FormErrors {
  return bindErrors(fieldErrorsFromZod(error) as PayloadError[], [], keyOf);
}

/** Text of a form input, trimmed; empty is "not set". */
export function textOf(form: FormData, name: string): string | undefined {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? undefined : value;
}

/** A whole number as a number; anything else stays text so the schema names the field. */
export function wholeNumberOf(form: FormData, name: string): number | string | undefined {
  const value = textOf(form, name);
  return value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : value;
}
