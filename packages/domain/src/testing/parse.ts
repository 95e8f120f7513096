import type { z } from 'zod';
import type { FieldError } from '../errors.js';
import { parseInput } from '../validation.js';

/** Parses input that the test expects to be valid, failing loudly with the errors otherwise. */
export function parseValid<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = parseInput(schema, input);
  if (!result.ok) throw new Error(`Expected valid input, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Parses input that the test expects to be refused and returns the field errors. */
export function fieldErrorsOf(schema: z.ZodType, input: unknown): FieldError[] {
  const result = parseInput(schema, input);
  if (result.ok) throw new Error(`Expected invalid input, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** The `[code, field path]` pairs of the errors, for compact exact assertions. */
export function codesAndPaths(errors: readonly FieldError[]): [string, string][] {
  return errors.map((e) => [e.code, e.field.join('.')]);
}
