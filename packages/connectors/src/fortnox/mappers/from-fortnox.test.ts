import { describe, expect, it } from 'vitest';
import { entity } from '../__fixtures__/load.js';
import { articleSchema, customerSchema, invoiceSchema, paymentSchema, projectSchema, supplierInvoiceSchema, unitSchema } from '../schemas.js';
import { fromFortnoxArticle } from './from-fortnox-article.js';
import { fromFortnoxCustomer } from './from-fortnox-customer.js';
import { fromFortnoxInvoice } from './from-fortnox-invoice.js';
import { fromFortnoxPayment } from './from-fortnox-payment.js';
import { fromFortnoxProject } from './from-fortnox-project.js';
import { fromFortnoxSupplierInvoice } from './from-fortnox-supplier-invoice.js';
import { fromFortnoxUnit } from './from-fortnox-unit.js';

const list = (name: string, plural: string): unknown[] => entity(name, plural) as unknown[];

describe('Fortnox mappers (Fortnox → canonical)', () => {
  it('should map a customer with its address, terms code as days and string number', () => {
    const mapped = fromFortnoxCustomer(customerSchema.parse(entity('customer', 'Customer')));
    expect(mapped).toEqual({
      ref: { externalId: '1', externalNumber: '1' },
      record: {
        number: '1', name: 'Byggmästarn i Solna AB', organizationNumber: '556712-3456', vatNumber: 'SE556712345601',
        email: 'faktura@byggmastarn.se', phone: '08-555 123 40',
        address: { line1: 'Råsundavägen 12', postalCode: '171 48', city: 'Solna', countryCode: 'SE' },
        paymentTermsDays: 30, currency: 'SEK', isActive: true,
      },
    });
  });

  it('should map an article with its price-list sales price as a decimal string', () => {
    const mapped = fromFortnoxArticle(articleSchema.parse(entity('article', 'Article')));
    expect(mapped.record).toEqual({ number: 'RESA', name: 'Reseersättning per km', unit: 'km', salesPrice: '6.5', vatRate: '25', isActive: true });
  });

  it('should treat only COMPLETED projects as inactive', () => {
    const projects = list('projects-page', 'Projects').map((p) => fromFortnoxProject(projectSchema.parse(p)).record);
    expect(projects.map((p) => [p.number, p.isActive])).toEqual([['P100', true], ['P101', true], ['P102', false]]);
    expect(projects[2]).toMatchObject({ name: 'Värmepump Malmö', startDate: '2024-01-15', endDate: '2024-03-01' });
  });

  it('should report a draft, a booked and a paid invoice with the gross total before öre rounding', () => {
    const draft = fromFortnoxInvoice(invoiceSchema.parse(entity('invoice-draft', 'Invoice')));
    expect(draft).toMatchObject({ ref: { externalId: '1002', externalNumber: '1002' }, state: 'draft', grossAmount: '3687.50', remainingAmount: '3688' });
    expect(fromFortnoxInvoice(invoiceSchema.parse(entity('invoice-booked', 'Invoice')))).toMatchObject({ state: 'booked', paymentReference: '10025' });
    expect(fromFortnoxInvoice(invoiceSchema.parse(entity('invoice-paid', 'Invoice')))).toMatchObject({ state: 'paid', remainingAmount: '0' });
  });

  it('should read amounts and numbers that Fortnox sends as strings', () => {
    const status = fromFortnoxInvoice(invoiceSchema.parse(entity('invoice-strings', 'Invoice')));
    expect(status).toEqual({
      ref: { externalId: '1007', externalNumber: '1007' }, state: 'sent', remainingAmount: '1250.50', paymentReference: '10071', grossAmount: '1250.50',
    });
  });

  it('should map a payment to the invoice it settles', () => {
    const [payment] = list('invoicepayments-page', 'InvoicePayments').map((p) => fromFortnoxPayment(paymentSchema.parse(p)));
    expect(payment).toEqual({ ref: { externalId: '1', externalNumber: '1' }, record: { invoiceExternalId: '1002', amount: '3688', paidOn: '2024-05-20' } });
  });

  it('should turn only project cost rows of a supplier invoice into project costs, on the row\'s project (SE-FX-59, SE-FX-03, SE-FX-50)', () => {
    const costs = fromFortnoxSupplierInvoice(supplierInvoiceSchema.parse(entity('supplierinvoice', 'SupplierInvoice')));
    expect(costs).toEqual([{
      ref: { externalId: '1:0', externalNumber: '1' },
      record: {
        projectNumber: 'P100', supplierNumber: '10', supplierInvoiceNumber: 'F-88123', supplierInvoiceExternalId: '1', description: '2024-05-02 F-88123 Ahlsell Sverige AB',
        date: '2024-05-02', quantity: '1', unitCost: '1000.00', amount: '1000.00', productNumber: 'ROR15',
      },
    }]);
  });

  it('should take the header project for cost rows without one, and give credits a negative amount (SE-FX-50)', () => {
    const invoice = supplierInvoiceSchema.parse({
      GivenNumber: 7, SupplierNumber: '11', SupplierName: 'Beijer Byggmaterial AB', InvoiceNumber: 'K-1', InvoiceDate: '2024-06-01', Project: 'P101',
      SupplierInvoiceRows: [{ Account: 4010, Debit: 0, Credit: 200, Project: '' }, { Account: 2440, Debit: 250, Credit: 0, Code: 'TOT' }],
    });
    expect(fromFortnoxSupplierInvoice(invoice).map((c) => [c.record.projectNumber, c.record.amount])).toEqual([['P101', '-200.00']]);
  });

  it('should map units to reference items', () => {
    const units = list('units-page', 'Units').map((u) => fromFortnoxUnit(unitSchema.parse(u)));
    expect(units).toContainEqual({ externalId: 'tim', code: 'tim', name: 'Timmar' });
  });
});
