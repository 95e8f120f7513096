import { describe, expect, it } from 'vitest';
import type { InvoiceDraftRecord, ProjectRecord } from '../../core/records.js';
import { toFortnoxInvoice } from './to-fortnox-invoice.js';
import { toFortnoxProject } from './to-fortnox-project.js';

const base: InvoiceDraftRecord = {
  reference: 'inv-7', customerNumber: '101', currency: 'SEK', issueDate: '2026-11-02', notes: 'Fakturatext',
  lines: [{ description: 'Montör', quantity: '1', unitPrice: '100.00', discountPercent: '0', vatRate: '25', netAmount: '100.00' }],
  netAmount: '100.00', vatAmount: '25.00', grossAmount: '125.00',
};

describe('Fortnox invoice header and project comments (SE-FX-55, SE-FX-56)', () => {
  it('should map terms, our reference, language and the receiver address (SE-FX-56 rows 5, 6, 14, 15)', () => {
    const payload = toFortnoxInvoice({
      ...base, paymentTerms: '20', ourReference: 'Bo Ek', yourReference: 'Anna', language: 'EN',
      receiverAddress: 'Storgatan 1', receiverPostalCode: '111 22', receiverCity: 'Stockholm', receiverCountry: 'Sverige',
    });
    expect(payload).toMatchObject({
      TermsOfPayment: '20', OurReference: 'Bo Ek', YourReference: 'Anna', Language: 'EN',
      Address1: 'Storgatan 1', ZipCode: '111 22', City: 'Stockholm', Country: 'Sverige',
    });
  });

  it('should join the texts above and below the lines around the invoice text in Remarks (SE-FX-56 rows 11-13)', () => {
    expect(toFortnoxInvoice({ ...base, freeTextAbove: 'Över', freeTextBelow: 'Under' })['Remarks']).toBe('Över\n\nFakturatext\n\nUnder');
    const { notes: _n, ...withoutNotes } = base;
    expect(toFortnoxInvoice({ ...withoutNotes, freeTextBelow: 'Under' })['Remarks']).toBe('Under');
    expect(toFortnoxInvoice(withoutNotes)).not.toHaveProperty('Remarks');
  });

  it('should send an invoice without the new header rows exactly as before, leaving Fortnox its customer defaults (SE-FX-56)', () => {
    expect(Object.keys(toFortnoxInvoice(base))).toEqual(['CustomerNumber', 'InvoiceDate', 'Currency', 'Remarks', 'ExternalInvoiceReference1', 'VATIncluded', 'InvoiceRows']);
    expect(toFortnoxInvoice(base)['Remarks']).toBe('Fakturatext');
  });

  it('should send the project description as Comments, and none when there is none (SE-FX-55 row 5)', () => {
    const project: ProjectRecord = { number: 'P100', name: 'Kök', isActive: true, description: 'Renovering av kök' };
    expect(toFortnoxProject(project)).toMatchObject({ ProjectNumber: 'P100', Description: 'Kök', Comments: 'Renovering av kök' });
    const { description: _d, ...plain } = project;
    expect(toFortnoxProject(plain)).not.toHaveProperty('Comments');
  });
});
