import { describe, expect, it } from 'vitest';
import { invoiceNumberToSend, numberSeriesCollisions } from './invoice-numbering.rules.js';
import { registerRulesFor, registerRulesSchema } from './register-rules.js';

const wholeNumber = { pattern: /^[1-9]\d{0,8}$/, description: 'a whole number' };

describe('invoice numbering owner (X-08)', () => {
  it('X-08 SE-VN-33: the ERP numbers invoices by default on every connector, and nothing is pushed on change unless asked (PV-04)', () => {
    for (const id of ['e-conomic', 'fortnox', 'visma-net']) {
      expect(registerRulesFor(id, undefined).invoiceNumbering).toBe('ERP');
      expect(registerRulesFor(id, undefined).pushLinkedChangesImmediately).toBe(false);
    }
    expect(registerRulesFor('e-conomic', { invoiceNumbering: 'SOURCE', pushLinkedChangesImmediately: true })).toMatchObject({ invoiceNumbering: 'SOURCE', pushLinkedChangesImmediately: true });
    expect(registerRulesSchema.safeParse({ invoiceNumbering: 'BOTH' }).success).toBe(false);
  });

  it('SE-VN-33 SE-VN-44: with the ERP as owner no number is sent, for invoices and credit notes alike', () => {
    expect(invoiceNumberToSend('ERP', '1007', wholeNumber)).toEqual({ ok: true, number: undefined });
    expect(invoiceNumberToSend('ERP', null, undefined, 'credit note')).toEqual({ ok: true, number: undefined });
  });

  it('SE-FX-32: with the source as owner our number is sent, trimmed', () => {
    expect(invoiceNumberToSend('SOURCE', ' 7001 ', wholeNumber)).toEqual({ ok: true, number: '7001' });
  });

  it('SE-FX-32: an invoice without a number under source numbering is refused with the reason', () => {
    const none = invoiceNumberToSend('SOURCE', null, wholeNumber);
    const blank = invoiceNumberToSend('SOURCE', '  ', wholeNumber, 'credit note');
    expect(none).toMatchObject({ ok: false, code: 'INVOICE_NUMBER_REQUIRED' });
    expect(blank).toMatchObject({ ok: false, code: 'INVOICE_NUMBER_REQUIRED' });
    expect(!blank.ok && blank.reason).toContain('credit note has no number');
  });

  it('SE-FX-32: a number the ERP cannot take, or an ERP that numbers itself, is refused', () => {
    expect(invoiceNumberToSend('SOURCE', 'INV-1', wholeNumber)).toMatchObject({ ok: false, code: 'INVOICE_NUMBER_FORMAT' });
    expect(invoiceNumberToSend('SOURCE', '1', undefined)).toMatchObject({ ok: false, code: 'INVOICE_NUMBERING_UNSUPPORTED' });
  });
});

describe('number series must not overlap (SE-FX-33, SE-EE-06)', () => {
  it('SE-FX-33: our pending numbers already used in the ERP are reported once each', () => {
    expect(numberSeriesCollisions(['1001', '1002', '01003', '1002'], ['999', '1000', '1002', '1003'])).toEqual(['1002', '01003']);
  });

  it('SE-EE-06: separate series do not collide; text numbers compare ignoring case', () => {
    expect(numberSeriesCollisions(['2001', '2002'], ['1', '2', '1999'])).toEqual([]);
    expect(numberSeriesCollisions(['a-1'], ['A-1 '])).toEqual(['a-1']);
  });
});
