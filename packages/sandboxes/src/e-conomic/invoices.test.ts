import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import { startEconomicSandbox } from './index.js';
import type { EconomicStore } from './store.js';
import { draftBody, testClient } from './testing/test-client.js';

let sandbox: StartedSandbox<EconomicStore>;
beforeEach(async () => {
  sandbox = await startEconomicSandbox({ now: () => new Date('2024-05-02T09:00:00Z') });
});
afterEach(async () => {
  await sandbox.stop();
});

type Errors = Record<string, unknown>;

describe('e-conomic sandbox draft invoices', () => {
  it('should create a draft with e-conomic totals: rounded line nets and 25 % domestic VAT', async () => {
    const reply = await testClient(sandbox).post('/invoices/drafts', draftBody());
    expect(reply.status).toBe(201);
    // 8 × 650 = 5200.00; 42.5 × 3.70 − 10 % = 141.525 → 141.53; VAT 1335.3825 → 1335.38
    expect(reply.body).toMatchObject({ draftInvoiceNumber: 1, netAmount: 5341.53, vatAmount: 1335.38, grossAmount: 6676.91, dueDate: '2024-05-15', references: { other: 'LB-INV-1' } });
    expect(reply.body).not.toHaveProperty('bookedInvoiceNumber');
    const lines = reply.body.lines as Record<string, unknown>[];
    expect(lines[1]).toMatchObject({ description: 'Kørsel pr. km', totalNetAmount: 141.53, unit: { unitNumber: 3 } });
  });

  it('should add no VAT for an EU recipient', async () => {
    const body = draftBody({ customer: { customerNumber: 104 }, currency: 'EUR', recipient: { name: 'Nordic Tools GmbH', vatZone: { vatZoneNumber: 2 } } });
    const reply = await testClient(sandbox).post('/invoices/drafts', body);
    expect(reply.body).toMatchObject({ netAmount: 5341.53, vatAmount: 0, grossAmount: 5341.53 });
  });

  for (const field of ['customer', 'date', 'currency', 'paymentTerms', 'layout', 'recipient'] as const) {
    it(`should refuse a draft without ${field}`, async () => {
      const { [field]: _left, ...body } = draftBody();
      const reply = await testClient(sandbox).post('/invoices/drafts', body);
      expect(reply.status).toBe(400);
      expect(reply.body.errorCode).toBe('E04300');
      expect(Object.keys(reply.body.errors as Errors)).toEqual([field]);
    });
  }

  it('should require the recipient name and VAT zone', async () => {
    const reply = await testClient(sandbox).post('/invoices/drafts', draftBody({ recipient: { address: 'Vej 1' } }));
    expect(reply.body.errors).toMatchObject({ recipient: { name: { errors: [{ propertyName: 'name' }] }, vatZone: { errors: [{ propertyName: 'vatZone' }] } } });
  });

  it('should report line errors with arrayIndex: missing quantity, 3 decimals, unknown product', async () => {
    const lines = [
      { product: { productNumber: 'HOUR' }, unitNetPrice: 650 },
      { product: { productNumber: 'HOUR' }, quantity: 1, unitNetPrice: 10.12345 },
      { product: { productNumber: 'NOPE' }, quantity: 1, unitNetPrice: 1 },
    ];
    const reply = await testClient(sandbox).post('/invoices/drafts', draftBody({ lines }));
    expect(reply.body.errorCount).toBe(3);
    expect(reply.body.errors).toEqual({
      lines: [
        { arrayIndex: 0, quantity: { errors: [expect.objectContaining({ errorCode: 'E04730' })] } },
        { arrayIndex: 1, unitNetPrice: { errors: [expect.objectContaining({ errorCode: 'E04740', inputValue: 10.12345 })] } },
        { arrayIndex: 2, product: { errors: [expect.objectContaining({ errorCode: 'E06000' })] } },
      ],
    });
  });

  it('should replace a draft on PUT and delete it with the vendor status body', async () => {
    const client = testClient(sandbox);
    await client.post('/invoices/drafts', draftBody());
    const put = await client.put('/invoices/drafts/1', draftBody({ lines: [{ product: { productNumber: 'HOUR' }, quantity: 1, unitNetPrice: 650 }] }));
    expect(put.body).toMatchObject({ draftInvoiceNumber: 1, grossAmount: 812.5 });
    const del = await client.del('/invoices/drafts/1');
    expect(del.body).toMatchObject({ deletedCount: 1, deletedItems: [{ draftInvoiceNumber: 1 }] });
    expect((await client.get('/invoices/drafts/1')).status).toBe(404);
  });
});

describe('e-conomic sandbox booking', () => {
  it('should book drafts with consecutive numbers and remove the drafts', async () => {
    const client = testClient(sandbox);
    await client.post('/invoices/drafts', draftBody());
    await client.post('/invoices/drafts', draftBody({ references: { other: 'LB-INV-2' } }));
    const first = await client.post('/invoices/booked', { draftInvoice: { draftInvoiceNumber: 2 } });
    const second = await client.post('/invoices/booked', { draftInvoice: { draftInvoiceNumber: 1 } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ bookedInvoiceNumber: 1001, grossAmount: 6676.91, remainder: 6676.91, references: { other: 'LB-INV-2' } });
    expect(second.body.bookedInvoiceNumber).toBe(1002);
    expect((await client.get('/invoices/drafts')).body.collection).toEqual([]);
    expect((await client.post('/invoices/booked', { draftInvoice: { draftInvoiceNumber: 1 } })).status).toBe(400);
  });

  it('should book with a chosen number and refuse one in use', async () => {
    const client = testClient(sandbox);
    await client.post('/invoices/drafts', draftBody());
    await client.post('/invoices/drafts', draftBody());
    expect((await client.post('/invoices/booked', { draftInvoice: { draftInvoiceNumber: 1 }, bookWithNumber: 7000 })).body.bookedInvoiceNumber).toBe(7000);
    const clash = await client.put('/invoices/booked/7000', { draftInvoice: { draftInvoiceNumber: 2 } });
    expect(clash.status).toBe(400);
    expect(sandbox.store.drafts.has(2)).toBe(true);
  });

  it('should keep booked invoices read-only', async () => {
    const client = testClient(sandbox);
    await client.post('/invoices/drafts', draftBody());
    await client.post('/invoices/booked', { draftInvoice: { draftInvoiceNumber: 1 } });
    expect((await client.del('/invoices/booked/1001')).status).toBe(405);
    expect((await client.request('PATCH', '/invoices/booked/1001', {})).status).toBe(405);
    expect((await client.put('/invoices/booked/1001', { draftInvoice: { draftInvoiceNumber: 1 } })).status).toBe(400);
  });

  it('should book a credit note (negative lines) with negative totals', async () => {
    const client = testClient(sandbox);
    await client.post('/invoices/drafts', draftBody({ lines: [{ product: { productNumber: 'HOUR' }, quantity: -2, unitNetPrice: 650 }] }));
    const booked = await client.post('/invoices/booked', { draftInvoice: { draftInvoiceNumber: 1 } });
    expect(booked.body).toMatchObject({ netAmount: -1300, vatAmount: -325, grossAmount: -1625, remainder: -1625 });
  });

  it('should lower the remainder as payments are registered, to 0 when paid', async () => {
    const client = testClient(sandbox);
    await client.post('/invoices/drafts', draftBody());
    await client.post('/invoices/booked', { draftInvoice: { draftInvoiceNumber: 1 } });
    sandbox.store.registerPayment(1001, '1000.00');
    expect((await client.get('/invoices/booked/1001')).body.remainder).toBe(5676.91);
    sandbox.store.registerPayment(1001, '5676.91');
    expect((await client.get('/invoices/booked/1001')).body.remainder).toBe(0);
    const paid = await client.get('/invoices/paid');
    expect((paid.body.collection as unknown[]).length).toBe(1);
  });
});
