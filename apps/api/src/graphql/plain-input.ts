/**
 * GraphQL gives class instances with `null` for omitted-or-null fields; the domain's zod schemas
 * want plain objects where "absent" is `undefined`. Deep, because inputs nest (addresses, lines).
 */
export function plainInput(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => plainInput(v) ?? null);
  if (typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = plainInput(v);
      if (p !== undefined) out[k] = p;
    }
    return out;
  }
  return value;
}

/** Overlay the provided fields of a partial update on the stored record. */
export function mergeInput(stored: Record<string, unknown>, patch: unknown): Record<string, unknown> {
  return { ...stored, ...(plainInput(patch) as Record<string, unknown>) };
}
