import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation.js';
import { fieldMappingOverridesSchema, mappingRegisters, mappingTableSchema } from './field-mapping.js';
import { passThroughTable } from './field-mapping.rules.js';

const toErp = { direction: 'TO_ERP' as const };

function problems(register: Parameters<typeof mappingTableSchema>[0], rows: unknown[]): string[] {
  const r = parseInput(mappingTableSchema(register), rows);
  return r.ok ? [] : r.error.map((e) => `${e.field.join('.')}: ${e.message}`);
}

describe('mappingTableSchema (X-13)', () => {
  it('should accept every register\'s pass-through table', () => {
    for (const register of mappingRegisters) expect(problems(register, passThroughTable(register)), register).toEqual([]);
  });

  it('should refuse a target that is not a field of the register, naming the row', () => {
    expect(problems('customers', [{ target: 'colour', source: { kind: 'FIELD', path: 'name' }, ...toErp }])).toEqual([expect.stringMatching(/^0\.target: "colour" is not a field of customers/)]);
  });

  it('should refuse templates naming unknown source fields, and templates without fields', () => {
    expect(problems('projectCosts', [{ target: 'description', source: { kind: 'TEMPLATE', template: '{date} {voucherNo}' }, required: true, direction: 'FROM_ERP' }]))
      .toEqual([expect.stringMatching(/^0\.source\.template: Unknown source field: voucherNo/)]);
    expect(problems('projectCosts', [{ target: 'description', source: { kind: 'TEMPLATE', template: 'Cost' }, required: true, direction: 'FROM_ERP' }]))
      .toEqual([expect.stringMatching(/^0\.source\.template: A template names at least one/)]);
  });

  it('should refuse a FIELD source the register cannot read', () => {
    expect(problems('projects', [{ target: 'customerNumber', source: { kind: 'FIELD', path: 'customer.secret' }, ...toErp }])).toEqual([expect.stringMatching(/^0\.source\.path:/)]);
  });

  it('should refuse fixed values and defaults that do not fit the target\'s type', () => {
    expect(problems('customers', [
      { target: 'paymentTermsDays', source: { kind: 'FIXED', value: 'thirty' }, required: true, ...toErp },
      { target: 'isActive', source: { kind: 'FIELD', path: 'isActive' }, default: 'yes', required: true, ...toErp },
    ])).toEqual([expect.stringMatching(/^0\.source\.value:/), expect.stringMatching(/^1\.default:/)]);
  });

  it('should keep fields the record cannot be built without required and on every write', () => {
    expect(problems('products', [
      { target: 'name', source: { kind: 'FIELD', path: 'name' }, required: false, ...toErp },
      { target: 'number', source: { kind: 'FIELD', path: 'number' }, required: true, mode: 'CREATE_ONLY', ...toErp },
    ])).toEqual([expect.stringMatching(/^0\.required:/), expect.stringMatching(/^1\.mode:/)]);
  });

  it('should refuse text transforms on non-text targets, a wrong direction and a target mapped twice', () => {
    expect(problems('products', [
      { target: 'isActive', source: { kind: 'FIELD', path: 'isActive' }, transform: { kind: 'UPPER' }, required: true, ...toErp },
      { target: 'unit', source: { kind: 'FIXED', value: 'st' }, required: true, direction: 'FROM_ERP' },
      { target: 'unit', source: { kind: 'FIXED', value: 'tim' }, required: true, ...toErp },
    ])).toEqual([expect.stringMatching(/^0\.transform:/), expect.stringMatching(/^1\.direction:/), expect.stringMatching(/^2\.target: "unit" is mapped twice/)]);
  });

  it('should refuse PRICE_INCL_VAT reading its rate from a field that is not a decimal (SE-EE-43)', () => {
    expect(problems('products', [{ target: 'salesPrice', source: { kind: 'FIELD', path: 'salesPrice' }, transform: { kind: 'PRICE_INCL_VAT', vatRateField: 'name' }, required: true, ...toErp }]))
      .toEqual([expect.stringMatching(/^0\.transform\.vatRateField:/)]);
  });

  it('should default a row to optional and ALWAYS', () => {
    expect(mappingTableSchema('customers').parse([{ target: 'email', source: { kind: 'FIELD', path: 'email' }, ...toErp }])).toEqual([
      { target: 'email', source: { kind: 'FIELD', path: 'email' }, required: false, mode: 'ALWAYS', direction: 'TO_ERP' },
    ]);
  });

  it('should validate stored overrides register by register', () => {
    const r = parseInput(fieldMappingOverridesSchema, { projects: [{ target: 'nope', source: { kind: 'FIXED', value: 'x' }, ...toErp }] });
    expect(r.ok ? [] : r.error.map((e) => e.field.join('.'))).toEqual(['projects.0.target']);
  });
});
