import { describe, expect, it } from 'vitest';
import type { InvoiceDraftRecord } from '../../core/records.js';
import customerJson from '../__fixtures__/customer.json' with { type: 'json' };
import { customerSchema } from '../schemas.js';
import { toEconomicDraft } from './to-economic-invoice.js';
import { toEconomicProject } from './to-economic-project.js';

const customer = customerSchema.parse(customerJson);
const draft: InvoiceDraftRecord = {
  reference: 'inv-1', customerNumber: '102', currency: 'DKK', issueDate: '2024-05-02',
  lines: [{ description: 'Montør', quantity: '1', unitPrice: '650.00', discountPercent: '0', vatRate: '25', netAmount: '650.00' }],
  netAmount: '650.00', vatAmount: '162.50', grossAmount: '812.50',
};

describe('e-conomic header rows (SE-FX-55 row 5, SE-FX-56 row 15)', () => {
  it('should lay the invoice\'s receiver address over the customer\'s in the recipient, part by part (SE-FX-56 row 15)', () => {
    const doc = toEconomicDraft({ ...draft, receiverAddress: 'Postboks 9', receiverPostalCode: '8000', receiverCity: 'Aarhus C' }, { customer, layoutNumber: 19 });
    expect(doc['recipient']).toEqual({ name: 'Vestergaard Ejendomme A/S', vatZone: { vatZoneNumber: 1 }, address: 'Postboks 9', zip: '8000', city: 'Aarhus C', country: 'Danmark' });
    expect(toEconomicDraft(draft, { customer, layoutNumber: 19 })['recipient']).toEqual({ name: 'Vestergaard Ejendomme A/S', vatZone: { vatZoneNumber: 1 }, address: 'Vestergade 4', zip: '1456', city: 'København K', country: 'Danmark' });
  });

  it('should send the project description as the project\'s description (SE-FX-55 row 5)', () => {
    expect(toEconomicProject({ number: '17', name: 'Køkken', isActive: true, description: 'Renovering' }, 2)).toMatchObject({ description: 'Renovering' });
    expect(toEconomicProject({ number: '17', name: 'Køkken', isActive: true }, 2)).not.toHaveProperty('description');
  });
});
