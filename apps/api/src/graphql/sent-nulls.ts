/**
 * The fields a caller sent as an explicit `null`, for admin inputs where null means "clear"
 * (ADR 0024); `plainInput` drops them, as partner-facing inputs read null as "omitted".
 * type-graphql leaves a field out of the input object when the caller left it out.
 */
export function sentNulls(input: object, clearable: readonly string[]): Record<string, null> {
  const sent = input as Record<string, unknown>;
  return Object.fromEntries(clearable.filter((key) => Object.prototype.hasOwnProperty.call(sent, key) && sent[key] === null).map((key) => [key, null]));
}
