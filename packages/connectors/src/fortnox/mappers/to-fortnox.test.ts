import { describe, expect, it } from 'vitest';
import type { CustomerRecord, InvoiceDraftRecord, ProductRecord, ProjectRecord } from '../../core/records.js';
import { toFortnoxArticle, toFortnoxPrice } from './to-fortnox-article.js';
import { toFortnoxCustomer } from './to-fortnox-customer.js';
import { toFortnoxInvoice } from './to-fortnox-invoice.js';
import { toFortnoxProject } from './to-fortnox-project.js';

describe('Fortnox mappers (canonical → Fortnox)', () => {
  it('should map a customer, sending payment terms as the day-count code and leaving unknowns out', () => {
    const customer: CustomerRecord = {
      number: '101', name: 'Acme AB', organizationNumber: '556677-8899', email: 'a@acme.se',
      address: { line1: 'Gatan 1', postalCode: '111 22', city: 'Stockholm', countryCode: 'SE' }, paymentTermsDays: 30, currency: 'SEK', isActive: true,
    };
    expect(toFortnoxCustomer(customer)).toEqual({
      CustomerNumber: '101', Name: 'Acme AB', OrganisationNumber: '556677-8899', Email: 'a@acme.se',
      Address1: 'Gatan 1', ZipCode: '111 22', City: 'Stockholm', CountryCode: 'SE', TermsOfPayment: '30', Currency: 'SEK', Active: true,
    });
  });

  it('should map name, number, active, unit and VAT to the article, the sales price to price list A (SE-FX-58)', () => {
    const product: ProductRecord = { number: 'HOUR', name: 'Montör', unit: 'tim', salesPrice: '650.50', costPrice: '400', vatRate: '25', isActive: true };
    expect(toFortnoxArticle(product)).toEqual({ ArticleNumber: 'HOUR', Description: 'Montör', Unit: 'tim', VAT: 25, PurchasePrice: 400, Active: true });
    expect(toFortnoxPrice(product)).toEqual({ ArticleNumber: 'HOUR', PriceList: 'A', FromQuantity: 0, Price: 650.5 });
    expect(toFortnoxArticle({ ...product, unit: '' })).not.toHaveProperty('Unit');
  });

  it('should pass a project name over 50 characters through untouched (the engine shortens, SE-FX-28)', () => {
    const name = 'Renovering av kök, badrum och tvättstuga på Vestergatan 4';
    const project: ProjectRecord = { number: 'P100', name, isActive: false, startDate: '2024-05-01' };
    expect(name.length).toBeGreaterThan(50);
    expect(toFortnoxProject(project)).toEqual({ ProjectNumber: 'P100', Description: name, Status: 'COMPLETED', StartDate: '2024-05-01' });
  });

  it('should map an invoice draft with our reference, net prices and percent discounts as JSON numbers, every line field of the table (SE-FX-57)', () => {
    const draft: InvoiceDraftRecord = {
      reference: 'inv-42', customerNumber: '101', currency: 'SEK', issueDate: '2024-05-01', dueDate: '2024-05-31', projectNumber: 'P100', notes: 'Tack!',
      lines: [
        { productNumber: 'HOUR', description: 'Montör', quantity: '7.5', unit: 'tim', unitPrice: '650.00', discountPercent: '10', vatRate: '25', netAmount: '4387.50', projectNumber: 'P100' },
        { description: 'Resa', quantity: '1', unitPrice: '99.95', discountPercent: '0', vatRate: '25', netAmount: '99.95' },
      ],
      netAmount: '4487.45', vatAmount: '1121.86', grossAmount: '5609.31',
    };
    expect(toFortnoxInvoice(draft, { defaultArticleNumber: 'DIV' })).toEqual({
      CustomerNumber: '101', InvoiceDate: '2024-05-01', DueDate: '2024-05-31', Currency: 'SEK', Project: 'P100', Remarks: 'Tack!',
      ExternalInvoiceReference1: 'inv-42', VATIncluded: false,
      InvoiceRows: [
        { ArticleNumber: 'HOUR', Description: 'Montör', DeliveredQuantity: 7.5, Price: 650, Unit: 'tim', VAT: 25, Discount: 10, DiscountType: 'PERCENT', Project: 'P100' },
        { ArticleNumber: 'DIV', Description: 'Resa', DeliveredQuantity: 1, Price: 99.95, VAT: 25, Discount: 0, DiscountType: 'PERCENT' },
      ],
    });
  });
});
