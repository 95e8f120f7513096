import { describe, expect, it } from 'vitest';
import { mappingTableSchema, type MappingRegister, type MappingRowInput } from './field-mapping.js';
import { applyMappingTable, effectiveMappingTable, passThroughTable } from './field-mapping.rules.js';

/** Rows as an admin would send them, parsed by the register's schema (so every test row is a valid one). */
function table(register: MappingRegister, rows: MappingRowInput[]) {
  return mappingTableSchema(register).parse(rows);
}

const toErp = { direction: 'TO_ERP' as const };

describe('applyMappingTable: transforms (X-14)', () => {
  it('should set a fixed value whatever the source holds (SE-EE-32, SE-VN-64, SE-VN-66)', () => {
    const rows = table('projects', [
      { target: 'number', source: { kind: 'FIELD', path: 'number' }, required: true, ...toErp },
      { target: 'name', source: { kind: 'FIXED', value: 'Z' }, required: true, ...toErp },
      { target: 'isActive', source: { kind: 'FIXED', value: 'false' }, required: true, ...toErp },
    ]);
    const out = applyMappingTable('projects', rows, { number: '301', name: 'Tagudskiftning', isActive: true }, 'CREATE');
    expect(out).toEqual({ value: { number: '301', name: 'Z', isActive: false }, errors: [] });
  });

  it('should copy one source value into two ERP fields (SE-EE-33)', () => {
    const rows = table('customers', [
      { target: 'organizationNumber', source: { kind: 'FIELD', path: 'vatNumber' }, ...toErp },
      { target: 'vatNumber', source: { kind: 'FIELD', path: 'vatNumber' }, ...toErp },
    ]);
    expect(applyMappingTable('customers', rows, { vatNumber: 'SE556677889901' }, 'CREATE').value).toEqual({ organizationNumber: 'SE556677889901', vatNumber: 'SE556677889901' });
  });

  it('should put the first address line in line 1 and fold all further lines into line 2 (SE-EE-35)', () => {
    const rows = table('customers', [
      { target: 'address.line1', source: { kind: 'FIELD', path: 'billingAddress.line1' }, transform: { kind: 'FIRST_LINE' }, ...toErp },
      { target: 'address.line2', source: { kind: 'FIELD', path: 'billingAddress.line1' }, transform: { kind: 'FOLD_ADDRESS_LINES' }, ...toErp },
    ]);
    const out = applyMappingTable('customers', rows, { billingAddress: { line1: 'Storgatan 1\nc/o Berg\n  \nPlan 3' } }, 'CREATE');
    expect(out.value).toEqual({ address: { line1: 'Storgatan 1', line2: 'c/o Berg, Plan 3' } });
  });

  it('should leave line 2 out when the address has a single line (SE-EE-35)', () => {
    const rows = table('customers', [{ target: 'address.line2', source: { kind: 'FIELD', path: 'billingAddress.line1' }, transform: { kind: 'FOLD_ADDRESS_LINES' }, ...toErp }]);
    expect(applyMappingTable('customers', rows, { billingAddress: { line1: 'Storgatan 1' } }, 'CREATE').value).toEqual({});
  });

  it('should split a full name at the first space into first and last name (SE-EE-37)', () => {
    const rows = table('customers', [
      { target: 'name', source: { kind: 'FIELD', path: 'name' }, transform: { kind: 'SPLIT_NAME_FIRST' }, required: true, ...toErp },
      { target: 'email', source: { kind: 'FIELD', path: 'name' }, transform: { kind: 'SPLIT_NAME_REST' }, ...toErp },
    ]);
    expect(applyMappingTable('customers', rows, { name: 'Anna Maria  Berg' }, 'CREATE').value).toEqual({ name: 'Anna', email: 'Maria  Berg' });
    expect(applyMappingTable('customers', rows, { name: 'Cher' }, 'CREATE').value).toEqual({ name: 'Cher' });
  });

  it('should calculate the price incl. VAT from the price excl. VAT and the VAT rate, as a decimal string (SE-EE-43)', () => {
    const rows = table('products', [{ target: 'salesPrice', source: { kind: 'FIELD', path: 'salesPrice' }, transform: { kind: 'PRICE_INCL_VAT', vatRateField: 'vatRate' }, required: true, ...toErp }]);
    expect(applyMappingTable('products', rows, { salesPrice: '550.0000', vatRate: '25.00' }, 'CREATE')).toEqual({ value: { salesPrice: '687.50' }, errors: [] });
    expect(applyMappingTable('products', rows, { salesPrice: '0.10', vatRate: '12' }, 'CREATE').value).toEqual({ salesPrice: '0.11' });
  });

  it('should report a price incl. VAT without a VAT rate as an error on the target, not a guess (SE-EE-43)', () => {
    const rows = table('products', [{ target: 'salesPrice', source: { kind: 'FIELD', path: 'salesPrice' }, transform: { kind: 'PRICE_INCL_VAT', vatRateField: 'vatRate' }, required: true, ...toErp }]);
    const out = applyMappingTable('products', rows, { salesPrice: '100.00' }, 'CREATE');
    expect(out.value).toEqual({});
    expect(out.errors).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', field: ['salesPrice'] })]);
  });

  it('should shorten a project name to 50 characters (SE-FX-28) and count characters, not UTF-16 units', () => {
    const rows = table('projects', [{ target: 'name', source: { kind: 'FIELD', path: 'name' }, transform: { kind: 'TRUNCATE', length: 50 }, required: true, ...toErp }]);
    const long = 'Ombyggnad av kontor, etapp två — Östra hamnen 😀 och mer text';
    const out = applyMappingTable('projects', rows, { name: long }, 'CREATE').value['name'] as string;
    expect(Array.from(out)).toHaveLength(50);
    expect(long.startsWith(out)).toBe(true);
    expect(applyMappingTable('projects', rows, { name: 'Kort' }, 'CREATE').value).toEqual({ name: 'Kort' });
  });

  it('should upper-case a value', () => {
    const rows = table('customers', [{ target: 'currency', source: { kind: 'FIELD', path: 'currency' }, transform: { kind: 'UPPER' }, required: true, ...toErp }]);
    expect(applyMappingTable('customers', rows, { currency: 'sek' }, 'CREATE').value).toEqual({ currency: 'SEK' });
  });

  it('should compose a project-cost description from invoice date, purchase-invoice number and supplier name (SE-EE-50, SE-FX-59)', () => {
    const rows = table('projectCosts', [{ target: 'description', source: { kind: 'TEMPLATE', template: '{date} {supplierInvoiceNumber} {supplierName}' }, required: true, direction: 'FROM_ERP' }]);
    const line = { date: '2026-03-14', supplierInvoiceNumber: 'F-7781', supplierName: 'Byggvaruhuset AB' };
    expect(applyMappingTable('projectCosts', rows, line, 'CREATE').value).toEqual({ description: '2026-03-14 F-7781 Byggvaruhuset AB' });
    // a missing part leaves no double space
    expect(applyMappingTable('projectCosts', rows, { ...line, supplierInvoiceNumber: undefined }, 'CREATE').value).toEqual({ description: '2026-03-14 Byggvaruhuset AB' });
  });

  it('should compose a description from transaction text, reference, supplier number and name (SE-VN-58)', () => {
    const rows = table('projectCosts', [{ target: 'description', source: { kind: 'TEMPLATE', template: '{description}, {supplierInvoiceNumber}, {supplierNumber} {supplierName}' }, required: true, direction: 'FROM_ERP' }]);
    const out = applyMappingTable('projectCosts', rows, { description: 'Hyrd lift', supplierInvoiceNumber: '5531', supplierNumber: '70012', supplierName: 'Ramirent' }, 'CREATE');
    expect(out.value).toEqual({ description: 'Hyrd lift, 5531, 70012 Ramirent' });
  });

  it('should set quantity 1 on every project cost with a fixed decimal (SE-EE-50)', () => {
    const rows = table('projectCosts', [{ target: 'quantity', source: { kind: 'FIXED', value: '1' }, required: true, direction: 'FROM_ERP' }]);
    expect(applyMappingTable('projectCosts', rows, { quantity: '3' }, 'CREATE').value).toEqual({ quantity: '1' });
  });

  it('should set project task "10" on every invoice line (SE-VN-66/8) via a fixed value', () => {
    const rows = table('invoiceLines', [{ target: 'projectNumber', source: { kind: 'FIXED', value: '10' }, ...toErp }]);
    expect(applyMappingTable('invoiceLines', rows, { projectNumber: 'P-1' }, 'CREATE').value).toEqual({ projectNumber: '10' });
  });
});

describe('applyMappingTable: defaults, required fields and modes', () => {
  it('should use the default when the source is empty (SE-EE-38, X-16)', () => {
    const rows = table('customers', [{ target: 'paymentTermsDays', source: { kind: 'FIELD', path: 'paymentTermsDays' }, default: '30', required: true, ...toErp }]);
    expect(applyMappingTable('customers', rows, {}, 'CREATE').value).toEqual({ paymentTermsDays: 30 });
    expect(applyMappingTable('customers', rows, { paymentTermsDays: 0 }, 'CREATE').value).toEqual({ paymentTermsDays: 0 });
  });

  it('should use the default article for a line without a product (SE-EE-16)', () => {
    const rows = table('invoiceLines', [{ target: 'productNumber', source: { kind: 'FIELD', path: 'productNumber' }, default: 'STD', ...toErp }]);
    expect(applyMappingTable('invoiceLines', rows, { productNumber: '' }, 'CREATE').value).toEqual({ productNumber: 'STD' });
    expect(applyMappingTable('invoiceLines', rows, { productNumber: 'TIME-1' }, 'CREATE').value).toEqual({ productNumber: 'TIME-1' });
  });

  it('should report an empty required field by its target name and not set it (SE-EE-29, SE-EE-46)', () => {
    const rows = table('customers', [
      { target: 'address.postalCode', source: { kind: 'FIELD', path: 'billingAddress.postalCode' }, required: true, ...toErp },
      { target: 'address.city', source: { kind: 'FIELD', path: 'billingAddress.city' }, required: true, ...toErp },
    ]);
    const out = applyMappingTable('customers', rows, { billingAddress: { postalCode: '  ', city: 'Lund' } }, 'CREATE');
    expect(out.value).toEqual({ address: { city: 'Lund' } });
    expect(out.errors).toEqual([
      { code: 'REQUIRED', field: ['address', 'postalCode'], message: expect.stringContaining('address.postalCode') },
      // and the parts of the address no row sets
      expect.objectContaining({ field: ['address', 'line1'] }), expect.objectContaining({ field: ['address', 'countryCode'] }),
    ]);
  });

  it('should leave CREATE_ONLY fields out of updates and set them on creation (SE-FX-54)', () => {
    const rows = table('customers', [
      { target: 'name', source: { kind: 'FIELD', path: 'name' }, required: true, ...toErp },
      { target: 'number', source: { kind: 'FIELD', path: 'number' }, mode: 'CREATE_ONLY', required: true, ...toErp },
    ]);
    const c = { name: 'Berg AB', number: '1101' };
    expect(applyMappingTable('customers', rows, c, 'CREATE').value).toEqual({ name: 'Berg AB', number: '1101' });
    expect(applyMappingTable('customers', rows, c, 'UPDATE').value).toEqual({ name: 'Berg AB' });
    expect(applyMappingTable('customers', rows, { name: 'Berg AB' }, 'UPDATE').errors).toEqual([]);
  });

  it('should reproduce the source exactly with the pass-through table', () => {
    const customer = {
      number: '1101', name: 'Aarhus Tømrer ApS', vatNumber: 'DK12345678', address: { line1: 'Vej 1', postalCode: '8000', city: 'Aarhus', countryCode: 'DK' },
      paymentTermsDays: 14, currency: 'DKK', isActive: false,
    };
    expect(applyMappingTable('customers', passThroughTable('customers'), customer, 'UPDATE')).toEqual({ value: customer, errors: [] });
    const cost = { description: 'Lift', date: '2026-01-02', quantity: '1', unitCost: '100.00', amount: '100.00', projectNumber: '301' };
    expect(applyMappingTable('projectCosts', passThroughTable('projectCosts'), cost, 'CREATE').value).toEqual({ description: 'Lift', costDate: '2026-01-02', quantity: '1', unitCost: '100.00' });
  });
});

describe('applyMappingTable: whole addresses', () => {
  it('should name the missing parts of an address that is sent only in part (SE-EE-05)', () => {
    const rows = table('customers', [{ target: 'address.countryCode', source: { kind: 'FIXED', value: 'SE' }, ...toErp }]);
    const out = applyMappingTable('customers', rows, {}, 'CREATE');
    expect(out.errors.map((e) => e.field.join('.'))).toEqual(['address.line1', 'address.postalCode', 'address.city']);
    expect(applyMappingTable('customers', rows.filter(() => false), {}, 'CREATE').errors).toEqual([]);
  });
});

describe('effectiveMappingTable', () => {
  it('should replace overridden targets in place and mark every row DEFAULT or OVERRIDDEN', () => {
    const overrides = table('projects', [{ target: 'name', source: { kind: 'FIELD', path: 'name' }, transform: { kind: 'TRUNCATE', length: 10 }, required: true, ...toErp }]);
    const rows = effectiveMappingTable(passThroughTable('projects'), overrides);
    expect(rows.map((r) => [r.target, r.origin])).toEqual([
      ['number', 'DEFAULT'], ['name', 'OVERRIDDEN'], ['customerNumber', 'DEFAULT'], ['isActive', 'DEFAULT'], ['startDate', 'DEFAULT'], ['endDate', 'DEFAULT'], ['description', 'DEFAULT'],
    ]);
    expect(rows[1]!.transform).toEqual({ kind: 'TRUNCATE', length: 10 });
  });
});
