import type { z } from 'zod';
import { fieldErrorsFromZod, type FieldError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * The one way to validate user input in Ledgerbridge: parses with a domain schema and turns
 * failures into {@link FieldError}s. Asks zod to report inputs so a missing value is told apart
 * from a wrongly typed one (`REQUIRED` vs `INVALID_FORMAT`), whatever locale zod runs with.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>, FieldError[]> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? ok(parsed.data) : err(fieldErrorsFromZod(parsed.error));
}

/**
 * A `when` predicate for cross-field refinements: run only when none of `fields` already failed.
 * zod's default skips a refinement whenever any field failed to parse, which would hide, say, a
 * due date before the issue date until an unrelated field is fixed.
 */
export function whenFieldsValid(...fields: readonly string[]): (payload: z.core.ParsePayload) => boolean {
  return (payload) => !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
}
