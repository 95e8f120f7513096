import { describe, expect, it } from 'vitest';
import { examplePipelineB } from '../invoice-status/example-pipelines.js';
import { invoiceCreationPlan } from '../invoicing/invoicing.rules.js';
import { debtorBookingPlan, sentStatusAfterBooking } from './debtor-booking.rules.js';
import { inventoryPeriodKey, inventoryValue, inventoryValueChange } from './inventory-value.rules.js';
import { lineQuantity } from './invoice-quantity.rules.js';

const booked = invoiceCreationPlan('BOOKED', {});
const draft = invoiceCreationPlan('DRAFT', {});

describe('booking in the ERP (RB-16, RB-17, PV-08, PV-14)', () => {
  it('should leave the PV-08 plan untouched while RB-16 is unset', () => {
    expect(debtorBookingPlan(booked, { neverBookEanInvoices: true }, { isBookedInSource: false })).toBe(booked);
    expect(debtorBookingPlan(draft, { neverBookEanInvoices: false }, { isBookedInSource: true })).toBe(draft);
  });

  it('should book exactly the invoices booked in the source when RB-16 is on', () => {
    expect(debtorBookingPlan(draft, { bookWhenBookedInSource: true, neverBookEanInvoices: false }, { isBookedInSource: true })).toEqual({ create: true, book: true, reason: null });
    expect(debtorBookingPlan(booked, { bookWhenBookedInSource: true, neverBookEanInvoices: false }, { isBookedInSource: false })).toMatchObject({ create: true, book: false });
  });

  it('should leave every invoice a draft when RB-16 is off', () => {
    expect(debtorBookingPlan(booked, { bookWhenBookedInSource: false, neverBookEanInvoices: false }, { isBookedInSource: true })).toMatchObject({ create: true, book: false });
  });

  it('should never book an EAN invoice with RB-17 on, and book it with RB-17 off (RB-17)', () => {
    const ean = { isBookedInSource: true, ean: '5790000000005' };
    expect(debtorBookingPlan(draft, { bookWhenBookedInSource: true, neverBookEanInvoices: true }, ean)).toMatchObject({ book: false, reason: expect.stringContaining('RB-17') });
    expect(debtorBookingPlan(draft, { bookWhenBookedInSource: true, neverBookEanInvoices: false }, ean)).toMatchObject({ book: true });
  });

  it('should never create what PV-08 says not to create', () => {
    const none = invoiceCreationPlan('NONE', {});
    expect(debtorBookingPlan(none, { bookWhenBookedInSource: true, neverBookEanInvoices: false }, { isBookedInSource: true })).toBe(none);
  });
});

describe('sent after booking (RB-19)', () => {
  it('should pick the sent status the after-transfer status moves to, not the after-transfer status itself', () => {
    expect(sentStatusAfterBooking(examplePipelineB, 'in-erp-send-to-customer')).toBe('sent');
    expect(sentStatusAfterBooking(examplePipelineB, undefined)).toBeUndefined();
  });

  it('should find none when the pipeline has no such move', () => {
    const noMove = { ...examplePipelineB, transitions: examplePipelineB.transitions.filter((t) => t.to !== 'sent') };
    expect(sentStatusAfterBooking(noMove, 'in-erp-send-to-customer')).toBeUndefined();
  });
});

describe('line quantities (RB-14, RB-15)', () => {
  const line = { quantity: '1.375', unitPrice: '100.00', netAmount: '137.50', discountPercent: '0' };

  it('should send the actual quantity when it has at most 2 decimals (RB-14)', () => {
    expect(lineQuantity({ ...line, quantity: '2.5000', netAmount: '250.00' }, true, 1)).toEqual({ ok: true, quantity: '2.5000', unitPrice: '100.00' });
  });

  it('should fail, not round, a quantity with more than 2 decimals (RB-15)', () => {
    expect(lineQuantity(line, true, 3)).toEqual({ ok: false, message: expect.stringMatching(/^Line 3: quantity 1\.375 has 3 decimals.*RB-15/) });
  });

  it('should send 1 × the net amount with the setting off, keeping the value exact (RB-14)', () => {
    expect(lineQuantity(line, false, 1)).toEqual({ ok: true, quantity: '1', unitPrice: '137.50' });
    expect(lineQuantity({ quantity: '-1.375', unitPrice: '100.00', netAmount: '-137.50', discountPercent: '0' }, false, 1)).toEqual({ ok: true, quantity: '-1', unitPrice: '137.50' });
  });
});

describe('inventory value (RB-25..RB-29)', () => {
  it('should name days, ISO weeks and months as periods (RB-26)', () => {
    const at = new Date('2026-11-23T14:00:00Z');
    expect(inventoryPeriodKey(at, 'DAILY')).toBe('2026-11-23');
    expect(inventoryPeriodKey(at, 'WEEKLY')).toBe('2026-W48');
    expect(inventoryPeriodKey(at, 'MONTHLY')).toBe('2026-11');
    expect(inventoryPeriodKey(new Date('2027-01-01T00:00:00Z'), 'WEEKLY')).toBe('2026-W53');
  });

  it('should sum quantity × cost price exactly and round once', () => {
    expect(inventoryValue([{ stockOnHand: '3.333', costPrice: '0.10' }, { stockOnHand: '3.333', costPrice: '0.10' }, { stockOnHand: '5', costPrice: null }, { stockOnHand: null, costPrice: '9' }])).toBe('0.67');
    expect(inventoryValue([])).toBe('0.00');
  });

  it('should post the change since the last voucher, the full value the first time (RB-29)', () => {
    expect(inventoryValueChange('1200.00', null)).toBe('1200.00');
    expect(inventoryValueChange('1000.00', '1200.00')).toBe('-200.00');
  });
});
