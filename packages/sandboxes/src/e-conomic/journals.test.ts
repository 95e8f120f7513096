import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import { startEconomicSandbox } from './index.js';
import type { EconomicStore } from './store.js';
import { draftBody, testClient } from './testing/test-client.js';

let sandbox: StartedSandbox<EconomicStore>;
beforeEach(async () => {
  sandbox = await startEconomicSandbox({ now: () => new Date('2024-05-02T09:00:00Z') });
  const client = testClient(sandbox);
  await client.post('/invoices/drafts', draftBody());
  await client.post('/invoices/booked', { draftInvoice: { draftInvoiceNumber: 1 } });
});
afterEach(async () => {
  await sandbox.stop();
});

const payment = (amount: number, extra: Record<string, unknown> = {}) => ({
  accountingYear: { year: '2024' },
  journal: { journalNumber: 3 },
  entries: {
    customerPayments: [{ customer: { customerNumber: 101 }, customerInvoice: 1001, amount, currency: { code: 'DKK' }, date: '2024-05-20', contraAccount: { accountNumber: 5820 }, text: 'Betaling faktura 1001', ...extra }],
  },
});

describe('e-conomic sandbox journal vouchers', () => {
  it('should file a customer payment voucher and lower the invoice remainder', async () => {
    const client = testClient(sandbox);
    const reply = await client.post('/journals/3/vouchers', payment(-6676.91));
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual([expect.objectContaining({ voucherNumber: 1, accountingYear: expect.objectContaining({ year: '2024' }) })]);
    expect((await client.get('/invoices/booked/1001')).body.remainder).toBe(0);
    const entries = await client.get(`/accounting-years/2024/entries?filter=${encodeURIComponent('entryType$eq:customerPayment')}`);
    expect(entries.body.collection).toEqual([expect.objectContaining({ amount: -6676.91, invoiceNumber: '1001', date: '2024-05-20', customer: expect.objectContaining({ customerNumber: 101 }) })]);
  });

  it('should refuse a payment for an invoice of another customer', async () => {
    const reply = await testClient(sandbox).post('/journals/3/vouchers', payment(-10, { customer: { customerNumber: 102 } }));
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toMatchObject({ entries: { customerPayments: [{ arrayIndex: 0, customerInvoice: { errors: [{ errorCode: 'E06000' }] } }] } });
  });

  it('should refuse a barred contra account with the captured E04041 message', async () => {
    const reply = await testClient(sandbox).post('/journals/3/vouchers', payment(-10, { contraAccount: { accountNumber: 9999 } }));
    expect(reply.body.errors).toMatchObject({ entries: { customerPayments: [{ contraAccount: { errors: [{ errorCode: 'E04041', errorMessage: 'Account(s) is not found or barred.' }] } }] } });
  });

  it('should file a supplier invoice on a project and answer array bodies with array errors', async () => {
    const client = testClient(sandbox);
    const supplierInvoice = {
      accountingYear: { year: '2024' },
      entries: { supplierInvoices: [{ supplier: { supplierNumber: 5001 }, supplierInvoiceNumber: 'F-123', date: '2024-05-02', dueDate: '2024-06-01', amount: 1250, contraAccount: { accountNumber: 1310 }, contraVatAccount: { vatCode: 'I25' }, text: 'Rør og fittings', project: { projectNumber: 17 } }] },
    };
    const ok = await client.post('/journals/2/vouchers', supplierInvoice);
    expect(ok.status).toBe(201);
    const vouchers = await client.get('/journals/2/vouchers');
    expect(vouchers.body.collection).toEqual([expect.objectContaining({ entries: { supplierInvoices: [expect.objectContaining({ supplierInvoiceNumber: 'F-123', project: expect.objectContaining({ projectNumber: 17 }) })] } })]);
    const bad = await client.post('/journals/2/vouchers', [supplierInvoice, { accountingYear: { year: '1999' }, entries: {} }]);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ arrayIndex: 1, accountingYear: expect.anything() })]);
    expect(sandbox.store.vouchers).toHaveLength(1);
  });

  it('should show booked supplier invoices in the ledger with supplier, invoice number, project and base-currency amount', async () => {
    const client = testClient(sandbox);
    const line = { supplier: { supplierNumber: 5001 }, supplierInvoiceNumber: 'F-123', date: '2024-05-02', amount: 1250, contraAccount: { accountNumber: 1310 }, text: 'Rør og fittings', project: { projectNumber: 17 } };
    const { project: _none, ...withoutProject } = line;
    const euro = { ...withoutProject, supplier: { supplierNumber: 5003 }, supplierInvoiceNumber: 'W-9', currency: { code: 'EUR' }, amount: 99.5 };
    const reply = await client.post('/journals/2/vouchers', { accountingYear: { year: '2024' }, entries: { supplierInvoices: [line, withoutProject, euro] } });
    expect(reply.status).toBe(201);
    const entries = await client.get(`/accounting-years/2024/entries?filter=${encodeURIComponent('entryType$eq:supplierInvoice')}`);
    const collection = entries.body.collection as Record<string, unknown>[];
    expect(collection).toHaveLength(3);
    expect(collection[0]).toMatchObject({
      entryType: 'supplierInvoice', date: '2024-05-02', amount: 1250, amountInBaseCurrency: 1250, currency: 'DKK', text: 'Rør og fittings', voucherNumber: 1,
      supplier: { supplierNumber: 5001 }, supplierInvoiceNumber: 'F-123', project: { projectNumber: 17 },
    });
    expect(collection[1]).not.toHaveProperty('project');
    // No exchange rates in the sandbox: a foreign-currency entry has no base-currency amount.
    expect(collection[2]).toMatchObject({ amount: 99.5, currency: 'EUR' });
    expect(collection[2]).not.toHaveProperty('amountInBaseCurrency');
    const onProject = await client.get(`/accounting-years/2024/entries?filter=${encodeURIComponent('project.projectNumber$eq:17')}`);
    expect(onProject.body.collection).toEqual([expect.objectContaining({ supplierInvoiceNumber: 'F-123' })]);
  });
});

describe('e-conomic sandbox journals restricted to one entry type (RB-27)', () => {
  const financeVoucher = (journalNumber: number) => ({
    accountingYear: { year: '2024' },
    journal: { journalNumber },
    entries: { financeVouchers: [{ account: { accountNumber: 5500 }, contraAccount: { accountNumber: 1310 }, amount: 1200, currency: { code: 'DKK' }, date: '2024-05-02', text: 'Lagerværdi 2024-05-02' }] },
  });

  it('should list each journal with the entry type it is restricted to', async () => {
    const reply = await testClient(sandbox).get('/journals');
    const items = (reply.body as { collection: { journalNumber: number; entryTypeRestrictedTo?: string; settings: { entryTypeRestrictedTo?: string } }[] }).collection;
    expect(items.map((j) => [j.journalNumber, j.settings.entryTypeRestrictedTo ?? null, j.entryTypeRestrictedTo ?? null])).toEqual([[1, null, null], [2, 'supplierInvoice', null], [3, 'customerPayment', null]]);
  });

  it('should refuse a finance voucher in a supplier-invoice journal and file it in an open one', async () => {
    const client = testClient(sandbox);
    const refused = await client.post('/journals/2/vouchers', financeVoucher(2));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('only accepts supplierInvoice entries');
    const filed = await client.post('/journals/1/vouchers', financeVoucher(1));
    expect(filed.status).toBe(201);
    expect(sandbox.store.vouchers.filter((v) => v.journalNumber === 1).flatMap((v) => v.entries)).toEqual([expect.objectContaining({ entryType: 'financeVoucher', accountNumber: 5500, contraAccountNumber: 1310, amount: 120000n })]);
  });
});
