/** A Fortnox request entity: PascalCase fields with JSON scalar values (rows are arrays of these). */
export type FortnoxPayload = { readonly [field: string]: string | number | boolean | readonly FortnoxPayload[] };

/**
 * Drops undefined fields, so a partial PUT leaves what the record does not carry untouched in
 * Fortnox (its updates are partial, §9) instead of clearing it.
 */
export function compact(fields: Readonly<Record<string, string | number | boolean | readonly FortnoxPayload[] | undefined>>): FortnoxPayload {
  const out: Record<string, string | number | boolean | readonly FortnoxPayload[]> = {};
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) out[name] = value;
  return out;
}

/** Empty strings from Fortnox mean "not set"; canonical records leave such fields out. */
export function present(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value;
}

/** `{ [key]: value }` when the value is set, `{}` otherwise: for spreading optional record fields. */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
