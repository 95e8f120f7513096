import { describe, expect, it } from 'vitest';
import { asCustomerId, asInvoiceId, asInvoiceLineId } from '../ids.js';
import { negateAmount } from '../money.js';
import { uuid } from '../testing/ids.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { computeInvoiceTotals } from '../vat.js';
import { invoiceInputSchema } from './invoice.js';
import { buildCreditNote, creditNoteRequestSchema, type CreditableInvoice } from './invoice.rules.js';

const lineA = asInvoiceLineId(uuid(11));
const lineB = asInvoiceLineId(uuid(12));
const lineC = asInvoiceLineId(uuid(13));
const invoice: CreditableInvoice = {
  id: asInvoiceId(uuid(10)),
  kind: 'INVOICE',
  customerId: asCustomerId(uuid(1)),
  currency: 'DKK',
  lines: [
    { id: lineA, description: 'Hours', quantity: '3', unitPrice: '33.3333', discountPercent: '10', vatRate: '25' },
    { id: lineB, description: 'Travel', quantity: '1', unitPrice: '0.1', discountPercent: '0', vatRate: '25' },
    { id: lineC, description: 'Loyalty discount', quantity: '-1', unitPrice: '20', discountPercent: '0', vatRate: '25' },
  ],
};

function expectOk<T, E>(result: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function expectErr<T, E>(result: { ok: true; value: T } | { ok: false; error: E }): E {
  if (result.ok) throw new Error(`Expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('buildCreditNote', () => {
  it('should credit every line in full with negated quantities, referencing the original', () => {
    const note = expectOk(buildCreditNote(invoice, { issueDate: '2024-06-01' }));
    expect(note.kind).toBe('CREDIT_NOTE');
    expect(note.creditedInvoiceId).toBe(invoice.id);
    expect(note.lines.map((l) => [l.creditedLineId, l.quantity])).toEqual([
      [lineA, '-3.00'],
      [lineB, '-1.00'],
      [lineC, '1.00'],
    ]);
  });

  it('should total exactly the negated invoice totals when crediting in full', () => {
    const note = expectOk(buildCreditNote(invoice, { issueDate: '2024-06-01' }));
    const original = computeInvoiceTotals(invoice.lines);
    const credited = computeInvoiceTotals(note.lines);
    expect(credited).toEqual({
      netAmount: negateAmount(original.netAmount),
      vatAmount: negateAmount(original.vatAmount),
      grossAmount: negateAmount(original.grossAmount),
    });
  });

  it('should produce a credit note that passes the invoice schema', () => {
    const note = expectOk(buildCreditNote(invoice, { issueDate: '2024-06-01' }));
    expect(parseValid(invoiceInputSchema, note).kind).toBe('CREDIT_NOTE');
  });

  it('should credit part of a line', () => {
    const note = expectOk(buildCreditNote(invoice, { issueDate: '2024-06-01', lines: [{ lineId: lineA, quantity: '1.5' }] }));
    expect(note.lines).toHaveLength(1);
    expect(note.lines[0]).toMatchObject({ creditedLineId: lineA, quantity: '-1.50', unitPrice: '33.3333', description: 'Hours' });
  });

  it('should refuse to credit more than the original quantity of a line', () => {
    const errors = expectErr(buildCreditNote(invoice, { issueDate: '2024-06-01', lines: [{ lineId: lineB, quantity: '1.01' }] }));
    expect(errors).toEqual([{ code: 'TOO_LARGE', message: 'Cannot credit more than the 1.00 left on the line', field: ['lines', '0', 'quantity'] }]);
  });

  it('should count what earlier credit notes already credited, whatever their sign', () => {
    const earlier = [{ lineId: lineA, quantity: '-2' }];
    const errors = expectErr(buildCreditNote(invoice, { issueDate: '2024-06-01', lines: [{ lineId: lineA, quantity: '1.5' }] }, earlier));
    expect(codesAndPaths(errors)).toEqual([['TOO_LARGE', 'lines.0.quantity']]);
    const note = expectOk(buildCreditNote(invoice, { issueDate: '2024-06-01' }, earlier));
    expect(note.lines.find((l) => l.creditedLineId === lineA)?.quantity).toBe('-1.00');
  });

  it('should leave out fully credited lines and refuse when nothing is left', () => {
    const partly = [{ lineId: lineB, quantity: '1' }];
    expect(expectOk(buildCreditNote(invoice, { issueDate: '2024-06-01' }, partly)).lines.map((l) => l.creditedLineId)).toEqual([lineA, lineC]);
    const fully = [...partly, { lineId: lineA, quantity: '3' }, { lineId: lineC, quantity: '1' }];
    expect(codesAndPaths(expectErr(buildCreditNote(invoice, { issueDate: '2024-06-01' }, fully)))).toEqual([['CONFLICT', '']]);
  });

  it('should treat a line credited beyond its quantity by earlier notes as fully credited', () => {
    const note = expectOk(buildCreditNote(invoice, { issueDate: '2024-06-01' }, [{ lineId: lineB, quantity: '2' }]));
    expect(note.lines.map((l) => l.creditedLineId)).toEqual([lineA, lineC]);
  });

  it('should report an unknown line, a repeated line and a non-positive quantity at their paths', () => {
    const lines = [
      { lineId: asInvoiceLineId(uuid(99)), quantity: '1' },
      { lineId: lineA, quantity: '1' },
      { lineId: lineA, quantity: '1' },
      { lineId: lineB, quantity: '0' },
    ];
    expect(codesAndPaths(expectErr(buildCreditNote(invoice, { issueDate: '2024-06-01', lines })))).toEqual([
      ['NOT_FOUND', 'lines.0.lineId'],
      ['CONFLICT', 'lines.2.lineId'],
      ['TOO_SMALL', 'lines.3.quantity'],
    ]);
  });

  it('should refuse to credit a credit note', () => {
    const errors = expectErr(buildCreditNote({ ...invoice, kind: 'CREDIT_NOTE' }, { issueDate: '2024-06-01' }));
    expect(codesAndPaths(errors)).toEqual([['INVALID_VALUE', '']]);
  });
});

describe('creditNoteRequestSchema', () => {
  it('should accept a request without lines, meaning everything left', () => {
    expect(parseValid(creditNoteRequestSchema, { issueDate: '2024-06-01' })).toEqual({ issueDate: '2024-06-01' });
  });

  it('should reject a missing date, an empty line list and malformed lines at their paths', () => {
    expect(codesAndPaths(fieldErrorsOf(creditNoteRequestSchema, { lines: [] }))).toEqual([
      ['REQUIRED', 'issueDate'],
      ['TOO_SMALL', 'lines'],
    ]);
    expect(codesAndPaths(fieldErrorsOf(creditNoteRequestSchema, { issueDate: '2024-06-01', lines: [{ lineId: 'l1', quantity: 2 }] }))).toEqual([
      ['INVALID_FORMAT', 'lines.0.lineId'],
      ['INVALID_FORMAT', 'lines.0.quantity'],
    ]);
  });
});
