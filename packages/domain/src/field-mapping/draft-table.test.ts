import { describe, expect, it } from 'vitest';
import { draftMappingTable } from './draft-table.js';
import type { MappingRow } from './field-mapping.js';
import { passThroughTable } from './field-mapping.rules.js';

const defaults = passThroughTable('customers');
const fixedEmail: MappingRow = { target: 'email', source: { kind: 'FIXED', value: 'saved@example.dk' }, required: false, mode: 'ALWAYS', direction: 'TO_ERP' };
const row = (over: Record<string, unknown>) => ({ source: { kind: 'FIELD', path: 'name' }, required: false, mode: 'ALWAYS', direction: 'TO_ERP', ...over });
const find = (rows: readonly MappingRow[], target: string) => rows.find((r) => r.target === target);

describe('draftMappingTable: the table as it would be saved, for a preview (X-13)', () => {
  it('should lay valid draft rows over the saved overrides and the defaults, as a save would', () => {
    const out = draftMappingTable('customers', {
      defaults, saved: [fixedEmail],
      draft: { rows: [row({ target: 'name', transform: { kind: 'UPPER' }, required: true })], resetTargets: [] },
    });
    expect(out.rowErrors).toEqual([]);
    expect(find(out.rows, 'name')).toMatchObject({ transform: { kind: 'UPPER' }, origin: 'OVERRIDDEN' });
    expect(find(out.rows, 'email')).toMatchObject({ source: { kind: 'FIXED', value: 'saved@example.dk' }, origin: 'OVERRIDDEN' });
    expect(out.rows.map((r) => r.target)).toEqual(defaults.map((d) => d.target));
  });

  it('should put a reset target back to its default row and refuse unknown reset targets by index', () => {
    const out = draftMappingTable('customers', { defaults, saved: [fixedEmail], draft: { rows: [], resetTargets: ['email', 'colour'] } });
    expect(find(out.rows, 'email')).toMatchObject({ source: { kind: 'FIELD', path: 'email' }, origin: 'DEFAULT' });
    expect(out.resetErrors).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', field: ['resetTargets', '1'] })]);
  });

  it('should report an invalid row with the save\'s per-row error, leave its target out and still apply the valid rows', () => {
    const out = draftMappingTable('customers', {
      defaults, saved: [fixedEmail],
      draft: {
        rows: [
          row({ target: 'email', source: { kind: 'TEMPLATE', template: '{name} {nickname}' } }),
          row({ target: 'phone', source: { kind: 'FIXED', value: '+45 1234' } }),
          row({ target: 'colour' }),
        ],
        resetTargets: [],
      },
    });
    expect(out.rowErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['INVALID_VALUE', '0.source.template'], ['INVALID_VALUE', '2.target']]);
    expect(find(out.rows, 'email')).toBeUndefined(); // neither the saved FIXED value nor the default stands in for it
    expect(find(out.rows, 'phone')).toMatchObject({ source: { kind: 'FIXED', value: '+45 1234' } });
    expect(out.withheldTargets.sort()).toEqual(['colour', 'email']);
  });

  it('should keep the first of two rows for one target and report the second', () => {
    const out = draftMappingTable('customers', {
      defaults, saved: [],
      draft: { rows: [row({ target: 'email', source: { kind: 'FIXED', value: 'a@example.dk' } }), row({ target: 'email', source: { kind: 'FIXED', value: 'b@example.dk' } })], resetTargets: [] },
    });
    expect(out.rowErrors.map((e) => e.field.join('.'))).toEqual(['1.target']);
    expect(find(out.rows, 'email')).toMatchObject({ source: { kind: 'FIXED', value: 'a@example.dk' } });
  });

  it('should survive rows that are not objects at all', () => {
    const out = draftMappingTable('customers', { defaults, saved: [], draft: { rows: [null, 'x', 7], resetTargets: [] } });
    expect(out.rowErrors.map((e) => e.field[0])).toEqual(['0', '1', '2']);
    expect(out.rows.map((r) => r.target)).toEqual(defaults.map((d) => d.target));
  });
});
