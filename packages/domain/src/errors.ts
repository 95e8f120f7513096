import type { z } from 'zod';

/** Every {@link FieldErrorCode}, for runtime checks such as {@link isFieldErrorCode}. */
export const fieldErrorCodes = [
  'REQUIRED',
  'INVALID_FORMAT',
  'TOO_LONG',
  'TOO_SMALL',
  'TOO_LARGE',
  'INVALID_VALUE',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'PIPELINE_INVALID',
  'NOT_EDITABLE',
  'ALREADY_DONE',
  'ALREADY_LINKED',
  'BLOCKED',
  'DISCONNECTED',
] as const;

/**
 * Machine-readable reasons a user input was refused. A closed union so the API can map each one
 * onto a GraphQL error code with an exhaustive `switch` ending in {@link assertNever}.
 */
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

/**
 * A user-facing validation failure. `field` is the path into the input that caused it (array
 * indexes as strings, e.g. `['lines', '0', 'quantity']`) so a form can bind the message to a
 * control; an empty path means the input as a whole.
 */
export interface FieldError {
  readonly code: FieldErrorCode;
  readonly message: string;
  readonly field: string[];
}

/** Builds a {@link FieldError}; keeps call sites on one line. */
export function fieldError(code: FieldErrorCode, message: string, field: readonly string[] = []): FieldError {
  return { code, message, field: [...field] };
}

/** True when `value` is one of the {@link FieldErrorCode}s. */
export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return typeof value === 'string' && (fieldErrorCodes as readonly string[]).includes(value);
}

type ZodIssue = z.ZodError['issues'][number];

function pathOf(path: readonly PropertyKey[]): string[] {
  return path.map((key) => (typeof key === 'symbol' ? (key.description ?? '') : String(key)));
}

// zod strips `input` from issues unless parsed with `reportInput`; the default English message is
// the fallback so errors from a plain `safeParse` still tell "missing" from "wrong type".
// null is not "missing": the same schema serves optional fields, where "Required" would mislead.
function isMissingInput(issue: ZodIssue): boolean {
  if ('input' in issue) return issue.input === undefined;
  return /received undefined$/.test(issue.message);
}

function receivedNull(issue: ZodIssue): boolean {
  return 'input' in issue ? issue.input === null : /received null$/.test(issue.message);
}

const typeNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

const formatMessages: Readonly<Record<string, string>> = {
  email: 'Must be a valid e-mail address',
  uuid: 'Must be a valid UUID',
  guid: 'Must be a valid UUID',
  date: 'Must be a date in the format YYYY-MM-DD',
  datetime: 'Must be an ISO 8601 date-time',
  url: 'Must be a valid URL',
};

function plural(n: number | bigint, word: string): string {
  return `${String(n)} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}

function fromIssue(issue: ZodIssue): FieldError[] {
  const field = pathOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'nonoptional' || isMissingInput(issue)) return [fieldError('REQUIRED', 'Required', field)];
      return [
        fieldError('INVALID_FORMAT', `Must be ${typeNames[issue.expected] ?? issue.expected}${receivedNull(issue) ? ', not null' : ''}`, field),
      ];
    case 'too_small': {
      const atLeast = issue.inclusive === false ? 'more than' : 'at least';
      if (issue.origin === 'string') {
        // An empty string is what a cleared form control sends, so it reads as "missing".
        if (Number(issue.minimum) <= 1) return [fieldError('REQUIRED', 'Required', field)];
        return [fieldError('TOO_SMALL', `Must be ${atLeast} ${plural(issue.minimum, 'character')}`, field)];
      }
      if (issue.origin === 'array') {
        return [fieldError('TOO_SMALL', `Must contain ${atLeast} ${plural(issue.minimum, 'item')}`, field)];
      }
      return [fieldError('TOO_SMALL', `Must be ${atLeast} ${String(issue.minimum)}`, field)];
    }
    case 'too_big': {
      const atMost = issue.inclusive === false ? 'less than' : 'at most';
      if (issue.origin === 'string') {
        return [fieldError('TOO_LONG', `Must be ${atMost} ${plural(issue.maximum, 'character')}`, field)];
      }
      if (issue.origin === 'array') {
        return [fieldError('TOO_LARGE', `Must contain ${atMost} ${plural(issue.maximum, 'item')}`, field)];
      }
      return [fieldError('TOO_LARGE', `Must be ${atMost} ${String(issue.maximum)}`, field)];
    }
    case 'invalid_format':
      // Regex checks in this package always carry their own message; other formats are zod's.
      if (issue.format === 'regex') return [fieldError('INVALID_FORMAT', issue.message, field)];
      return [fieldError('INVALID_FORMAT', formatMessages[issue.format] ?? 'Has an invalid format', field)];
    case 'not_multiple_of':
      return [fieldError('INVALID_VALUE', `Must be a multiple of ${String(issue.divisor)}`, field)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => fieldError('INVALID_VALUE', 'Unknown field', [...field, key]));
    case 'invalid_value':
      return [fieldError('INVALID_VALUE', `Must be one of: ${issue.values.map(String).join(', ')}`, field)];
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return [fieldError('INVALID_VALUE', 'Has an invalid value', field)];
    case 'custom': {
      const code: unknown = issue.params?.['code'];
      return [fieldError(isFieldErrorCode(code) ? code : 'INVALID_VALUE', issue.message, field)];
    }
    default:
      return assertNever(issue);
  }
}

/**
 * Maps zod issues onto {@link FieldError}s with stable codes and readable English messages.
 * Refinements choose their code by passing `params: { code }` (a {@link FieldErrorCode});
 * without one a refinement maps to `INVALID_VALUE`.
 */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.flatMap(fromIssue);
}

/** Marks code that the type checker proves unreachable; throws because reaching it is a bug. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
