import { describe, expect, it } from 'vitest';
import { danishAmount, invoiceEmail } from './invoice-email.js';

describe('invoice e-mail body (PV-28)', () => {
  it('should write amounts in Danish notation from decimal strings', () => {
    expect(danishAmount('1718.75')).toBe('1.718,75');
    expect(danishAmount('1234567.5000')).toBe('1.234.567,50');
    expect(danishAmount('-450.00')).toBe('-450,00');
    expect(danishAmount('2.5000', 0)).toBe('2,5');
    expect(danishAmount('3.0000', 0)).toBe('3');
    expect(danishAmount('0.1250')).toBe('0,125');
  });

  it('should list every line and the totals, escaping names in HTML', () => {
    const mail = invoiceEmail({
      tenantName: 'Tømrer & Søn ApS', customerName: 'Kunde <A/S>', kind: 'INVOICE', number: '1007', currency: 'DKK', issueDate: '2026-11-02', dueDate: '2026-11-16', reference: null,
      lines: [{ description: 'Tømrertime', quantity: '2.5000', unit: 'timer', unitPrice: '550.0000', netAmount: '1375.00' }],
      netAmount: '1375.00', vatAmount: '343.75', grossAmount: '1718.75',
    });
    expect(mail.subject).toBe('Faktura 1007 fra Tømrer & Søn ApS');
    expect(mail.text).toContain('Tømrertime — 2,5 timer × 550,00 = 1.375,00 DKK');
    expect(mail.text).toContain('I alt: 1.718,75 DKK');
    expect(mail.text).toContain('Forfaldsdato: 2026-11-16');
    expect(mail.html).toContain('Kunde &lt;A/S&gt;');
    expect(mail.html).toContain('Tømrer &amp; Søn ApS');
  });
});
