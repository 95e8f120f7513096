import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation.js';
import { initialSyncOptionsSchema, registerComparisonOptionsSchema, registerDecisionsSchema } from './reconciliation.js';

const id = '0b7f7a52-7c43-4f5e-9a0e-5e2f0f3f7d11';

describe('registerDecisionsSchema (X-10)', () => {
  it('should accept LINK with both sides, CREATE and IGNORE with one', () => {
    const parsed = parseInput(registerDecisionsSchema, {
      register: 'customers',
      decisions: [{ action: 'LINK', recordId: id, externalId: '101' }, { action: 'CREATE', externalId: '106' }, { action: 'IGNORE', recordId: id }],
    });
    expect(parsed.ok).toBe(true);
  });

  it('should name the row and field of each problem', () => {
    const parsed = parseInput(registerDecisionsSchema, {
      register: 'customers',
      decisions: [{ action: 'LINK', recordId: id }, { action: 'IGNORE', recordId: id, externalId: '1' }, { action: 'IGNORE' }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toEqual([
      expect.objectContaining({ code: 'REQUIRED', field: ['decisions', '0', 'externalId'] }),
      expect.objectContaining({ code: 'INVALID_VALUE', field: ['decisions', '1', 'recordId'] }),
      expect.objectContaining({ code: 'INVALID_VALUE', field: ['decisions', '2', 'recordId'] }),
    ]);
  });

  it('should refuse an unknown register', () => {
    expect(parseInput(registerDecisionsSchema, { register: 'invoices', decisions: [{ action: 'IGNORE', externalId: '1' }] }).ok).toBe(false);
  });
});

describe('options', () => {
  it('should leave the start-up import unticked by default (RB-05)', () => {
    expect(initialSyncOptionsSchema.parse({})).toEqual({ startupImport: false });
  });

  it('should default the link threshold to 0.8 and refuse one below 0.5', () => {
    expect(registerComparisonOptionsSchema.parse({})).toEqual({ threshold: 0.8 });
    expect(registerComparisonOptionsSchema.safeParse({ threshold: 0.2 }).success).toBe(false);
  });
});
