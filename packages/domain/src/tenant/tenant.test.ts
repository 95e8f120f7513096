import { describe, expect, it } from 'vitest';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { tenantInputSchema } from './tenant.js';

describe('tenantInputSchema', () => {
  it('should trim the name', () => {
    expect(parseValid(tenantInputSchema, { name: '  Nordlys ApS ' })).toEqual({ name: 'Nordlys ApS' });
  });

  it('should require a non-blank name', () => {
    expect(codesAndPaths(fieldErrorsOf(tenantInputSchema, {}))).toEqual([['REQUIRED', 'name']]);
    expect(codesAndPaths(fieldErrorsOf(tenantInputSchema, { name: '   ' }))).toEqual([['REQUIRED', 'name']]);
  });

  it('should reject a name over 200 characters', () => {
    expect(codesAndPaths(fieldErrorsOf(tenantInputSchema, { name: 'x'.repeat(201) }))).toEqual([['TOO_LONG', 'name']]);
  });
});
