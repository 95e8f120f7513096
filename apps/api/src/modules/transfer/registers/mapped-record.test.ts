import type { CustomerRecord, InvoiceDraftRecord } from '@ledgerbridge/connectors';
import { describe, expect, it } from 'vitest';
import type { ConnectionEntity } from '../../connection/connection.entity.js';
import { mapInvoiceRecord, mappingRowsFor, mapRecord, pullableFields } from './mapped-record.js';

function connection(fieldMappings: Record<string, unknown> = {}): ConnectionEntity {
  return { connectorId: 'e-conomic', fieldMappings } as ConnectionEntity;
}

const customer: CustomerRecord = {
  number: '1101', name: 'Aarhus Tømrer ApS', email: 'a@example.dk', address: { line1: 'Vej 1', postalCode: '8000', city: 'Aarhus', countryCode: 'DK' },
  paymentTermsDays: 14, currency: 'DKK', isActive: true,
};

describe('mapRecord over the default tables', () => {
  it('should give back the record exactly, key order included, so content hashes do not change', () => {
    const rows = mappingRowsFor(connection(), 'customers');
    if (!rows.ok) throw new Error('defaults must validate');
    const { record, errors } = mapRecord(rows.value, 'customers', customer, customer, 'UPDATE');
    expect(errors).toEqual([]);
    expect(JSON.stringify(record)).toBe(JSON.stringify(customer));
  });

  it('should keep fields a table cannot target (amounts, our reference) and name line errors by line', () => {
    const invoice: InvoiceDraftRecord = {
      reference: 'inv-1', customerNumber: '1101', currency: 'DKK', issueDate: '2026-11-02',
      lines: [{ description: 'Service visit', quantity: '2', unitPrice: '450.00', discountPercent: '0', vatRate: '25', netAmount: '900.00' }],
      netAmount: '900.00', vatAmount: '225.00', grossAmount: '1125.00',
    };
    const same = mapInvoiceRecord(connection(), invoice);
    expect(same).toEqual({ record: invoice, errors: [] });
    expect(JSON.stringify(same.record)).toBe(JSON.stringify(invoice));
    const strict = mapInvoiceRecord(connection({
      invoiceLines: [{ target: 'productNumber', source: { kind: 'FIELD', path: 'productNumber' }, required: true, direction: 'TO_ERP' }],
    }), invoice);
    expect(strict.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: ['lines', '0', 'productNumber'], message: expect.stringMatching(/^line 1: productNumber/) })]);
    expect(strict.record).toMatchObject({ reference: 'inv-1', grossAmount: '1125.00' });
  });
});

describe('mappingRowsFor', () => {
  it('should refuse stored overrides that no longer validate instead of falling back to the defaults', () => {
    const rows = mappingRowsFor(connection({ customers: [{ target: 'gone', source: { kind: 'FIXED', value: 'x' }, direction: 'TO_ERP' }] }), 'customers');
    expect(rows.ok ? [] : rows.error.map((e) => e.field)).toEqual([['customers']]);
  });
});

describe('pullableFields', () => {
  it('should not pull back a field the table sends as a fixed or transformed value', () => {
    const c = connection({ customers: [
      { target: 'name', source: { kind: 'FIELD', path: 'name' }, transform: { kind: 'TRUNCATE', length: 5 }, required: true, direction: 'TO_ERP' },
      { target: 'email', source: { kind: 'FIXED', value: 'x@example.dk' }, direction: 'TO_ERP' },
    ] });
    expect(pullableFields(c, 'customers', [['name', 'name'], ['email', 'email'], ['phone', 'phone']] as const)).toEqual([['phone', 'phone']]);
    expect(pullableFields(connection(), 'customers', [['name', 'name']] as const)).toEqual([['name', 'name']]);
  });
});
