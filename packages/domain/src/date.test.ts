import { describe, expect, it } from 'vitest';
import { isOnOrAfter, isoDateSchema } from './date.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from './testing/parse.js';

describe('isoDateSchema', () => {
  it('should accept a calendar date including a leap day', () => {
    expect(parseValid(isoDateSchema, '2024-02-29')).toBe('2024-02-29');
  });

  it.each(['2023-02-29', '2024-13-01', '2024-1-5', '2024-01-05T10:00:00Z', '05-01-2024'])('should reject %j', (value) => {
    expect(codesAndPaths(fieldErrorsOf(isoDateSchema, value))).toEqual([['INVALID_FORMAT', '']]);
  });
});

describe('isOnOrAfter', () => {
  it('should order dates chronologically', () => {
    expect(isOnOrAfter('2024-03-01', '2024-02-29')).toBe(true);
    expect(isOnOrAfter('2024-02-29', '2024-02-29')).toBe(true);
    expect(isOnOrAfter('2023-12-31', '2024-01-01')).toBe(false);
  });
});
