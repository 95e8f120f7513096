import { describe, expect, it } from 'vitest';
import { uuid } from '../testing/ids.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { projectInputSchema } from './project.js';
import { isProjectTransferable } from './project.rules.js';

const valid = { number: '1001', name: 'Website relaunch', customerId: uuid(1) };

describe('projectInputSchema', () => {
  it('should accept a customer project, active and not internal by default', () => {
    expect(parseValid(projectInputSchema, valid)).toEqual({ ...valid, isActive: true, isInternal: false });
  });

  it('should accept an internal project without a customer', () => {
    expect(parseValid(projectInputSchema, { number: '9000', name: 'Internal admin', isInternal: true }).customerId).toBeUndefined();
  });

  it('should require a customer unless the project is internal', () => {
    expect(fieldErrorsOf(projectInputSchema, { number: '1001', name: 'Relaunch' })).toEqual([
      { code: 'REQUIRED', message: 'A customer is required unless the project is internal', field: ['customerId'] },
    ]);
  });

  it('should require a number (SE-VN-02) and a name', () => {
    expect(codesAndPaths(fieldErrorsOf(projectInputSchema, { customerId: uuid(1) }))).toEqual([
      ['REQUIRED', 'number'],
      ['REQUIRED', 'name'],
    ]);
  });

  it('should reject a project number with spaces and over-long values', () => {
    expect(codesAndPaths(fieldErrorsOf(projectInputSchema, { ...valid, number: '10 01', name: 'x'.repeat(256) }))).toEqual([
      ['INVALID_FORMAT', 'number'],
      ['TOO_LONG', 'name'],
    ]);
    expect(codesAndPaths(fieldErrorsOf(projectInputSchema, { ...valid, number: '1'.repeat(31) }))).toEqual([['TOO_LONG', 'number']]);
  });

  it('should reject a customer id that is not a UUID', () => {
    expect(codesAndPaths(fieldErrorsOf(projectInputSchema, { ...valid, customerId: '42' }))).toEqual([['INVALID_FORMAT', 'customerId']]);
  });

  it('should reject an end date before the start date', () => {
    expect(fieldErrorsOf(projectInputSchema, { ...valid, startDate: '2024-05-02', endDate: '2024-05-01' })).toEqual([
      { code: 'INVALID_VALUE', message: 'End date must not be before the start date', field: ['endDate'] },
    ]);
    expect(parseValid(projectInputSchema, { ...valid, startDate: '2024-05-01', endDate: '2024-05-01' }).endDate).toBe('2024-05-01');
  });

  it('should check the dates even when another field is invalid', () => {
    expect(codesAndPaths(fieldErrorsOf(projectInputSchema, { ...valid, name: 7, startDate: '2024-05-02', endDate: '2024-05-01' }))).toEqual([
      ['INVALID_FORMAT', 'name'],
      ['INVALID_VALUE', 'endDate'],
    ]);
  });

  it('should reject dates that are not YYYY-MM-DD', () => {
    expect(codesAndPaths(fieldErrorsOf(projectInputSchema, { ...valid, startDate: '01-05-2024' }))).toEqual([['INVALID_FORMAT', 'startDate']]);
  });
});

describe('isProjectTransferable', () => {
  it('should send a customer project to the ERP', () => {
    expect(isProjectTransferable({ isInternal: false })).toBe(true);
  });

  it('should never send an internal project (SE-VN-30)', () => {
    expect(isProjectTransferable({ isInternal: true })).toBe(false);
  });
});
