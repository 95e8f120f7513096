import { describe, expect, it } from 'vitest';
import entriesJson from '../__fixtures__/supplier-invoice-entries-page.json' with { type: 'json' };
import { entrySchema } from '../schemas.js';
import { projectCostFromEntry } from './from-economic-entry.js';

// Recorded from the sandbox: one voucher with four supplier-invoice entries (see the fixture).
const entries = entriesJson.collection.map((raw) => entrySchema.parse(raw));

describe('e-conomic project-cost mapper', () => {
  it('should map a supplier-invoice entry on a project to one unit costing the booked amount', () => {
    expect(projectCostFromEntry(entries[0]!, '2024')).toEqual({
      ref: { externalId: 'entry:2024:1', externalNumber: '1' },
      record: {
        projectNumber: '17',
        supplierNumber: '5001',
        supplierInvoiceNumber: 'F-123',
        description: 'Rør og fittings',
        date: '2024-05-02',
        quantity: '1',
        unitCost: '1250.00',
        amount: '1250.00',
      },
    });
  });

  it('should skip entries without a project', () => {
    expect(entries[1]?.project).toBeUndefined();
    expect(projectCostFromEntry(entries[1]!, '2024')).toBeUndefined();
  });

  it('should leave out a missing supplier invoice number and describe an entry without text', () => {
    const cost = projectCostFromEntry(entries[2]!, '2024');
    expect(cost?.record).toEqual({ projectNumber: '17', supplierNumber: '5002', description: 'Voucher 1', date: '2024-05-06', quantity: '1', unitCost: '312.75', amount: '312.75' });
    expect(cost?.ref.externalId).toBe('entry:2024:3');
  });

  it('should keep a supplier credit note as a negative cost', () => {
    expect(projectCostFromEntry(entries[3]!, '2024')?.record).toMatchObject({ supplierInvoiceNumber: 'K-7', unitCost: '-200.00', amount: '-200.00' });
  });

  it('should prefer the amount in base currency', () => {
    const foreign = entrySchema.parse({ ...entriesJson.collection[0], currency: 'EUR', amount: 167.5, amountInBaseCurrency: 1249.33 });
    expect(projectCostFromEntry(foreign, '2024')?.record).toMatchObject({ unitCost: '1249.33', amount: '1249.33' });
  });

  it('should ignore entries of other types even when they carry a project', () => {
    const invoice = entrySchema.parse({ ...entriesJson.collection[0], entryType: 'customerInvoice' });
    expect(projectCostFromEntry(invoice, '2024')).toBeUndefined();
  });

  it('should give every entry its own id', () => {
    const ids = entries.flatMap((e) => projectCostFromEntry(e, '2024')?.ref.externalId ?? []);
    expect(ids).toEqual(['entry:2024:1', 'entry:2024:3', 'entry:2024:4']);
  });
});
