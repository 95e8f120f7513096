import { readFileSync } from 'node:fs';

/** A recorded Fortnox response from this folder, parsed; for mapper tests only. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8')) as unknown;
}

/** The entity inside a wrapped fixture, e.g. `entity('customer', 'Customer')`. */
export function entity(name: string, wrapper: string): unknown {
  const body = fixture(name);
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[wrapper] : undefined;
}
