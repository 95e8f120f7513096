import { describe, expect, it } from 'vitest';
import type { InvoiceDraftRecord } from '../../core/records.js';
import bookedJson from '../__fixtures__/booked-invoice.json' with { type: 'json' };
import paidJson from '../__fixtures__/booked-invoice-paid.json' with { type: 'json' };
import customerJson from '../__fixtures__/customer.json' with { type: 'json' };
import draftJson from '../__fixtures__/draft-invoice.json' with { type: 'json' };
import entriesJson from '../__fixtures__/entries-page.json' with { type: 'json' };
import { bookedSchema, customerSchema, draftSchema, entrySchema } from '../schemas.js';
import { paymentFromEntry } from './from-economic-entry.js';
import { parseInvoiceId, statusFromBooked, statusFromDraft } from './from-economic-invoice.js';
import { invoicePreflight, toEconomicDraft } from './to-economic-invoice.js';

const customer = customerSchema.parse(customerJson);

const draft: InvoiceDraftRecord = {
  reference: '3f1c2b9e-4a51-4c0e-9d7a-2f0b6a1d8e11',
  customerNumber: '102',
  currency: 'DKK',
  issueDate: '2024-05-02',
  dueDate: '2024-06-01',
  projectNumber: '17',
  yourReference: 'Anna',
  notes: 'Tak for ordren.',
  lines: [
    { productNumber: 'HOUR', description: 'Montør', quantity: '7.5', unit: 'timer', unitPrice: '650.00', discountPercent: '0', vatRate: '25', netAmount: '4875.00' },
    { description: 'Kørsel', quantity: '42', unitPrice: '3.70', discountPercent: '10', vatRate: '25', netAmount: '139.86' },
  ],
  netAmount: '5014.86',
  vatAmount: '1253.72',
  grossAmount: '6268.58',
};

describe('e-conomic invoice mappers', () => {
  it('should build a draft with the recipient from the customer and our reference in references.other', () => {
    const doc = toEconomicDraft(draft, { customer, layoutNumber: 19, defaultProductNumber: 'PV-WC' });
    expect(doc).toEqual({
      date: '2024-05-02',
      currency: 'DKK',
      customer: { customerNumber: 102 },
      recipient: { name: 'Vestergaard Ejendomme A/S', vatZone: { vatZoneNumber: 1 }, address: 'Vestergade 4', zip: '1456', city: 'København K', country: 'Danmark' },
      paymentTerms: { paymentTermsNumber: 4 },
      layout: { layoutNumber: 19 },
      references: { other: draft.reference },
      lines: [
        { lineNumber: 1, sortKey: 1, product: { productNumber: 'HOUR' }, description: 'Montør', quantity: 7.5, unitNetPrice: 650 },
        { lineNumber: 2, sortKey: 2, product: { productNumber: 'PV-WC' }, description: 'Kørsel', quantity: 42, unitNetPrice: 3.7, discountPercentage: 10 },
      ],
      notes: { textLine1: 'Tak for ordren.', textLine2: 'Deres reference: Anna' },
      project: { projectNumber: 17 },
    });
  });

  it('should send the due date only for dueDate terms and head a credit note', () => {
    const credit = { ...draft, creditedExternalId: 'booked:1001' };
    const doc = toEconomicDraft(credit, { customer, layoutNumber: 19, paymentTerms: { paymentTermsNumber: 6, name: 'Forfaldsdato', paymentTermsType: 'dueDate' } });
    expect(doc.dueDate).toBe('2024-06-01');
    expect(doc.notes).toMatchObject({ heading: 'Kreditnota til faktura 1001' });
  });

  it('should refuse prices and quantities with more than 2 decimals before sending', () => {
    const line = { ...draft.lines[0]!, unitPrice: '3.7250', quantity: '1.125' };
    expect(invoicePreflight({ ...draft, lines: [line] })).toEqual([
      'line 1: e-conomic accepts at most 2 decimals on the unit price, got 3.7250',
      'line 1: e-conomic accepts at most 2 decimals on the quantity, got 1.125',
    ]);
    expect(invoicePreflight({ ...draft, lines: [{ ...line, unitPrice: '3.7000', quantity: '1.50' }] })).toEqual([]);
  });

  it('should report draft, booked and paid states with decimal-string totals', () => {
    expect(statusFromDraft(draftSchema.parse(draftJson))).toEqual({ ref: { externalId: 'draft:1' }, state: 'draft', grossAmount: '6288.00' });
    expect(statusFromBooked(bookedSchema.parse(bookedJson))).toEqual({ ref: { externalId: 'booked:1001', externalNumber: '1001' }, state: 'booked', remainingAmount: '6288.00', grossAmount: '6288.00' });
    expect(statusFromBooked(bookedSchema.parse(paidJson))).toMatchObject({ state: 'paid', remainingAmount: '0.00' });
  });

  it('should read invoice ids and nothing else', () => {
    expect(parseInvoiceId('draft:42')).toEqual({ kind: 'draft', number: 42 });
    expect(parseInvoiceId('booked:1007')).toEqual({ kind: 'booked', number: 1007 });
    expect(parseInvoiceId('1007')).toBeUndefined();
  });

  it('should read a customer payment entry as a positive payment on the booked invoice', () => {
    const entry = entrySchema.parse(entriesJson.collection[0]);
    expect(paymentFromEntry(entry, '2024')).toEqual({
      ref: { externalId: 'entry:2024:1', externalNumber: '1' },
      record: { invoiceExternalId: 'booked:1001', amount: '6288.00', paidOn: '2024-05-20', reference: 'Betaling faktura 1001' },
    });
  });
});
