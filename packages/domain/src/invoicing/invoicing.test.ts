import { describe, expect, it } from 'vitest';
import { invoicingSettingsSchema } from './invoicing.js';
import { effectiveInvoicing, invoiceCreationPlan } from './invoicing.rules.js';

const company = invoicingSettingsSchema.parse({ creationMode: 'BOOKED', delivery: 'EMAIL' });

describe('invoicing settings', () => {
  it('should default to drafts, on completion (PV-10), no delivery', () => {
    expect(invoicingSettingsSchema.parse({})).toEqual({ creationMode: 'DRAFT', invoicingTime: 'ON_COMPLETION', delivery: 'NONE' });
  });

  it('should refuse a value outside the three creation modes (PV-08)', () => {
    expect(invoicingSettingsSchema.safeParse({ creationMode: 'SOMETIMES' }).success).toBe(false);
  });

  it('should let a customer override each setting for itself only (PV-07)', () => {
    expect(effectiveInvoicing(company, { invoiceCreationMode: 'DRAFT' })).toEqual({ creationMode: 'DRAFT', invoicingTime: 'ON_COMPLETION', delivery: 'EMAIL' });
    expect(effectiveInvoicing(company, {})).toEqual(company);
    expect(effectiveInvoicing(company, { invoiceDelivery: null })).toEqual(company);
  });
});

describe('invoiceCreationPlan', () => {
  it('should create nothing for NONE, a draft for DRAFT and a booked invoice for BOOKED (PV-08)', () => {
    expect(invoiceCreationPlan('NONE', {})).toMatchObject({ create: false });
    expect(invoiceCreationPlan('DRAFT', {})).toEqual({ create: true, book: false, reason: null });
    expect(invoiceCreationPlan('BOOKED', {})).toEqual({ create: true, book: true, reason: null });
  });

  it('should never book an EAN customer\'s invoice automatically (PV-14)', () => {
    expect(invoiceCreationPlan('BOOKED', { ean: '5790000000005' })).toMatchObject({ create: true, book: false, reason: expect.stringContaining('PV-14') });
  });
});
