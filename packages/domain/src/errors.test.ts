import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertNever, fieldErrorsFromZod, isFieldErrorCode, type FieldError } from './errors.js';
import { parseInput } from './validation.js';

function errorsOf(schema: z.ZodType, input: unknown): FieldError[] {
  const result = parseInput(schema, input);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('fieldErrorsFromZod', () => {
  const schema = z.object({
    name: z.string().min(1).max(5),
    code: z.string().min(3),
    count: z.number().int().min(1).max(9),
    lines: z.array(z.object({ quantity: z.string().regex(/^\d+$/, 'Quantity must be digits') })).min(1).max(2),
    email: z.email().optional(),
    id: z.uuid().optional(),
    date: z.iso.date().optional(),
    kind: z.enum(['INVOICE', 'CREDIT_NOTE']).optional(),
    step: z.number().multipleOf(5).optional(),
  });
  const valid = { name: 'Ann', code: 'abc', count: 2, lines: [{ quantity: '1' }] };

  it('should map a missing field to REQUIRED', () => {
    expect(errorsOf(schema, { ...valid, name: undefined })).toEqual([{ code: 'REQUIRED', message: 'Required', field: ['name'] }]);
  });

  it('should map null to INVALID_FORMAT, because optional fields reject it too', () => {
    expect(errorsOf(schema, { ...valid, name: null, email: null })).toEqual([
      { code: 'INVALID_FORMAT', message: 'Must be text, not null', field: ['name'] },
      { code: 'INVALID_FORMAT', message: 'Must be text, not null', field: ['email'] },
    ]);
  });

  it('should map an empty string to REQUIRED', () => {
    expect(errorsOf(schema, { ...valid, name: '' })).toEqual([{ code: 'REQUIRED', message: 'Required', field: ['name'] }]);
  });

  it('should map a wrongly typed value to INVALID_FORMAT', () => {
    expect(errorsOf(schema, { ...valid, name: 12 })).toEqual([{ code: 'INVALID_FORMAT', message: 'Must be text', field: ['name'] }]);
  });

  it('should tell a missing value from a wrong type without reportInput, from the default message', () => {
    const parsed = schema.safeParse({ ...valid, name: undefined, code: null, count: 'x' });
    if (parsed.success) throw new Error('expected a failure');
    expect(fieldErrorsFromZod(parsed.error).map((e) => [e.code, e.field.join('.'), e.message])).toEqual([
      ['REQUIRED', 'name', 'Required'],
      ['INVALID_FORMAT', 'code', 'Must be text, not null'],
      ['INVALID_FORMAT', 'count', 'Must be a number'],
    ]);
  });

  it('should map a too long string to TOO_LONG with the limit in the message', () => {
    expect(errorsOf(schema, { ...valid, name: 'abcdef' })).toEqual([
      { code: 'TOO_LONG', message: 'Must be at most 5 characters', field: ['name'] },
    ]);
  });

  it('should map a too short string with a minimum above 1 to TOO_SMALL', () => {
    expect(errorsOf(schema, { ...valid, code: 'ab' })).toEqual([
      { code: 'TOO_SMALL', message: 'Must be at least 3 characters', field: ['code'] },
    ]);
  });

  it('should map numeric bounds to TOO_SMALL and TOO_LARGE', () => {
    expect(errorsOf(schema, { ...valid, count: 0 })).toEqual([{ code: 'TOO_SMALL', message: 'Must be at least 1', field: ['count'] }]);
    expect(errorsOf(schema, { ...valid, count: 10 })).toEqual([{ code: 'TOO_LARGE', message: 'Must be at most 9', field: ['count'] }]);
  });

  it('should map array bounds to TOO_SMALL and TOO_LARGE', () => {
    expect(errorsOf(schema, { ...valid, lines: [] })).toEqual([
      { code: 'TOO_SMALL', message: 'Must contain at least 1 item', field: ['lines'] },
    ]);
    const three = [{ quantity: '1' }, { quantity: '2' }, { quantity: '3' }];
    expect(errorsOf(schema, { ...valid, lines: three })).toEqual([
      { code: 'TOO_LARGE', message: 'Must contain at most 2 items', field: ['lines'] },
    ]);
  });

  it('should give nested paths with array indexes as strings and keep the regex message', () => {
    expect(errorsOf(schema, { ...valid, lines: [{ quantity: '1' }, { quantity: 'x' }] })).toEqual([
      { code: 'INVALID_FORMAT', message: 'Quantity must be digits', field: ['lines', '1', 'quantity'] },
    ]);
  });

  it('should map string formats to INVALID_FORMAT with a readable message', () => {
    expect(errorsOf(schema, { ...valid, email: 'nope', id: 'nope', date: '2024-02-30' })).toEqual([
      { code: 'INVALID_FORMAT', message: 'Must be a valid e-mail address', field: ['email'] },
      { code: 'INVALID_FORMAT', message: 'Must be a valid UUID', field: ['id'] },
      { code: 'INVALID_FORMAT', message: 'Must be a date in the format YYYY-MM-DD', field: ['date'] },
    ]);
  });

  it('should map an enum mismatch to INVALID_VALUE listing the allowed values', () => {
    expect(errorsOf(schema, { ...valid, kind: 'ORDER' })).toEqual([
      { code: 'INVALID_VALUE', message: 'Must be one of: INVOICE, CREDIT_NOTE', field: ['kind'] },
    ]);
  });

  it('should map a multiple-of check to INVALID_VALUE', () => {
    expect(errorsOf(schema, { ...valid, step: 7 })).toEqual([{ code: 'INVALID_VALUE', message: 'Must be a multiple of 5', field: ['step'] }]);
  });

  it('should report each unknown key of a strict object at its own path', () => {
    const strict = z.strictObject({ a: z.string() });
    expect(errorsOf(strict, { a: 'x', b: 1, c: 2 })).toEqual([
      { code: 'INVALID_VALUE', message: 'Unknown field', field: ['b'] },
      { code: 'INVALID_VALUE', message: 'Unknown field', field: ['c'] },
    ]);
  });

  it('should map a union mismatch to INVALID_VALUE', () => {
    expect(errorsOf(z.object({ v: z.union([z.string(), z.number()]) }), { v: true })).toEqual([
      { code: 'INVALID_VALUE', message: 'Has an invalid value', field: ['v'] },
    ]);
  });

  it('should use the code a refinement passes in params', () => {
    const refined = z.string().refine((s) => s !== 'taken', { message: 'Already used', params: { code: 'CONFLICT' } });
    expect(errorsOf(refined, 'taken')).toEqual([{ code: 'CONFLICT', message: 'Already used', field: [] }]);
  });

  it('should fall back to INVALID_VALUE for a refinement without a known code', () => {
    const refined = z.string().refine((s) => s !== 'bad', { message: 'Bad', params: { code: 'NOPE' } });
    expect(errorsOf(refined, 'bad')).toEqual([{ code: 'INVALID_VALUE', message: 'Bad', field: [] }]);
  });
});

describe('isFieldErrorCode', () => {
  it('should accept the known codes and reject anything else', () => {
    expect(isFieldErrorCode('PIPELINE_INVALID')).toBe(true);
    expect(isFieldErrorCode('pipeline_invalid')).toBe(false);
    expect(isFieldErrorCode(3)).toBe(false);
  });
});

describe('assertNever', () => {
  it('should throw when reached, because that is a bug', () => {
    expect(() => assertNever('x' as never)).toThrow('Unexpected value: "x"');
  });
});
