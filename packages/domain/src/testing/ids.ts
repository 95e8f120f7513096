/** Deterministic, valid v4 UUIDs for fixtures; `n` distinguishes records in one test. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}
