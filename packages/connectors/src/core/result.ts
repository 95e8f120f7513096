// Same shape as @ledgerbridge/domain's Result, kept local so this package type-checks before the
// domain package is built; being structural, values pass between the two without conversion.

/** The outcome of an operation whose failures are expected: either `value` or `error`. */
export type Result<T, E> = Ok<T> | Err<E>;

export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/** Wraps a successful value. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Wraps an expected failure. */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}
