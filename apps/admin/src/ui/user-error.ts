/** The shape every payload's `errors` list shares (GraphQL `interface UserError` plus `code`). */
export interface PayloadError {
  readonly code: string;
  readonly message: string;
  readonly field?: readonly string[] | null;
}

/**
 * Splits payload errors into per-field messages (keyed by the input path joined with ".") and
 * general ones, so a form can put each message next to the field it names.
 */
export function groupErrorsByField<F extends string>(
  errors: readonly PayloadError[],
  knownFields: readonly F[],
): { readonly fields: Partial<Record<F, string>>; readonly general: readonly string[] } {
  const fields: Partial<Record<F, string>> = {};
  const general: string[] = [];
  for (const error of errors) {
    const path = error.field?.join('.');
    const field = knownFields.find((name) => name === path);
    if (field === undefined) general.push(error.message);
    else fields[field] = fields[field] === undefined ? error.message : `${fields[field]} ${error.message}`;
  }
  return { fields, general };
}
