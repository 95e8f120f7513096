import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import type { FortnoxStore } from './index.js';
import { type Api, at, atString, startTestSandbox } from './testing/api.js';

let sandbox: StartedSandbox<FortnoxStore>;
let api: Api;

beforeEach(async () => {
  ({ sandbox, api } = await startTestSandbox());
});
afterEach(async () => {
  await sandbox.stop();
});

const draft = {
  Invoice: {
    CustomerNumber: '2', InvoiceDate: '2024-05-01', DueDate: '2024-05-31', Currency: 'SEK', Project: 'P100',
    YourReference: 'Anna', OurReference: 'Bo', YourOrderNumber: '4711', ExternalInvoiceReference1: 'lb-inv-42',
    InvoiceRows: [{ ArticleNumber: 'MONT', Description: 'Montör', DeliveredQuantity: 8, Price: 650, Unit: 'tim', VAT: 25, Project: 'P100' }],
  },
};

async function createInvoice(body: unknown = draft): Promise<string> {
  const res = await api('POST', '/3/invoices', body);
  expect(res.status).toBe(201);
  return atString(res.body, 'Invoice', 'DocumentNumber');
}

describe('Fortnox sandbox invoices', () => {
  it('should number the invoice at creation and compute totals like §2.8', async () => {
    const res = await api('POST', '/3/invoices', draft);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      Invoice: { DocumentNumber: '1002', Booked: false, Net: 5200, TotalVAT: 1300, Total: 6500, Balance: 6500, RoundOff: 0, CustomerName: 'Nordvik Fastigheter AB', ExternalInvoiceReference1: 'lb-inv-42' },
    });
    expect(at(res.body, 'Invoice', 'OCR')).toMatch(/^1002\d$/);
  });

  it('should price rows with discounts in öre and round the SEK total to whole kronor', async () => {
    const res = await api('POST', '/3/invoices', {
      Invoice: { CustomerNumber: '1', InvoiceRows: [
        { ArticleNumber: 'RESA', DeliveredQuantity: 13.5 }, // 13.5 × 6.50 = 87.75
        { ArticleNumber: 'FIKA', DeliveredQuantity: 3, Discount: 10, DiscountType: 'PERCENT' }, // 135 − 10 % = 121.50 at 12 %
        { Description: 'Textrad utan belopp' },
      ] },
    });
    expect(res.body).toMatchObject({ Invoice: { Net: 209.25, TotalVAT: 36.52, RoundOff: 0.23, Total: 246 } });
    // 87.75 × 25 % = 21.9375 → 21.94; 121.50 × 12 % = 14.58; gross 245.77 → 246
    expect(at(res.body, 'Invoice', 'InvoiceRows', 1, 'Total')).toBe(121.5);
  });

  it('should refuse an invoice for an unknown customer or with an unknown article', async () => {
    const unknownCustomer = await api('POST', '/3/invoices', { Invoice: { ...draft.Invoice, CustomerNumber: '404' } });
    expect(unknownCustomer.status).toBe(400);
    const unknownArticle = await api('POST', '/3/invoices', { Invoice: { ...draft.Invoice, InvoiceRows: [{ ArticleNumber: 'NOPE', DeliveredQuantity: 1 }] } });
    expect(unknownArticle.status).toBe(400);
    expect(sandbox.store.invoices.size).toBe(1); // only the seeded one
  });

  it('should find invoices by ExternalInvoiceReference1 and by filter', async () => {
    const number = await createInvoice();
    const found = await api('GET', '/3/invoices?externalinvoicereference1=lb-inv-42');
    expect(found.body).toMatchObject({ MetaInformation: { '@TotalResources': 1 }, Invoices: [{ DocumentNumber: number, ExternalInvoiceReference1: 'lb-inv-42' }] });
    expect(at((await api('GET', '/3/invoices?filter=unbooked')).body, 'MetaInformation', '@TotalResources')).toBe(1);
    expect((await api('GET', '/3/invoices?filter=bogus')).status).toBe(400);
  });

  it('should update an unbooked invoice, replacing its rows', async () => {
    const number = await createInvoice();
    const res = await api('PUT', `/3/invoices/${number}`, { Invoice: { InvoiceRows: [{ ArticleNumber: 'PROJL', DeliveredQuantity: 2 }] } });
    expect(res.body).toMatchObject({ Invoice: { Net: 1900, Total: 2375, YourOrderNumber: '4711' } });
  });

  it('should make a booked invoice immutable', async () => {
    const number = await createInvoice();
    const booked = await api('PUT', `/3/invoices/${number}/bookkeep`);
    expect(booked.status).toBe(200);
    expect(booked.body).toMatchObject({ Invoice: { DocumentNumber: number, Booked: true } });
    const edit = await api('PUT', `/3/invoices/${number}`, { Invoice: { YourReference: 'Ändrad' } });
    expect(edit.status).toBe(400);
    expect(at(edit.body, 'ErrorInformation', 'message')).toContain('bokförd');
    expect((await api('PUT', `/3/invoices/${number}/cancel`)).status).toBe(400);
    expect((await api('PUT', `/3/invoices/${number}/bookkeep`)).status).toBe(400);
  });

  it('should cancel an unbooked invoice and refuse to book it afterwards', async () => {
    const number = await createInvoice();
    expect((await api('PUT', `/3/invoices/${number}/cancel`)).body).toMatchObject({ Invoice: { Cancelled: true } });
    expect((await api('PUT', `/3/invoices/${number}/bookkeep`)).status).toBe(400);
  });

  it('should credit a booked invoice with a linked credit invoice that settles it once booked', async () => {
    const number = await createInvoice();
    expect((await api('PUT', `/3/invoices/${number}/credit`)).status).toBe(400); // unbooked: cancel instead
    await api('PUT', `/3/invoices/${number}/bookkeep`);
    const credited = await api('PUT', `/3/invoices/${number}/credit`);
    expect(credited.status).toBe(200);
    const creditNumber = atString(credited.body, 'Invoice', 'CreditInvoiceReference');
    expect(creditNumber).not.toBe('0');
    const credit = await api('GET', `/3/invoices/${creditNumber}`);
    expect(credit.body).toMatchObject({ Invoice: { Credit: true, InvoiceReference: number, Total: -6500, TotalVAT: -1300, Booked: false } });
    expect((await api('PUT', `/3/invoices/${number}/credit`)).status).toBe(400); // only once

    await api('PUT', `/3/invoices/${creditNumber}/bookkeep`);
    expect((await api('GET', `/3/invoices/${number}`)).body).toMatchObject({ Invoice: { Balance: 0 } });
  });

  it('should reduce Balance with payments and set FinalPayDate when fully paid', async () => {
    const number = await createInvoice();
    const unbooked = await api('POST', '/3/invoicepayments', { InvoicePayment: { InvoiceNumber: Number(number), Amount: 100, PaymentDate: '2024-05-10' } });
    expect(unbooked.status).toBe(400);
    await api('PUT', `/3/invoices/${number}/bookkeep`);

    const part = await api('POST', '/3/invoicepayments', { InvoicePayment: { InvoiceNumber: Number(number), Amount: 2500.5, PaymentDate: '2024-05-10' } });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({ InvoicePayment: { Number: 1, Amount: 2500.5, InvoiceNumber: Number(number), Booked: false } });
    expect((await api('GET', `/3/invoices/${number}`)).body).toMatchObject({ Invoice: { Balance: 3999.5, FinalPayDate: null } });

    expect((await api('POST', '/3/invoicepayments', { InvoicePayment: { InvoiceNumber: Number(number), Amount: 4000, PaymentDate: '2024-05-20' } })).status).toBe(400);
    await api('POST', '/3/invoicepayments', { InvoicePayment: { InvoiceNumber: Number(number), Amount: 3999.5, PaymentDate: '2024-05-20' } });
    expect((await api('GET', `/3/invoices/${number}`)).body).toMatchObject({ Invoice: { Balance: 0, FinalPayDate: '2024-05-20' } });
    expect(at((await api('GET', '/3/invoices?filter=fullypaid')).body, 'Invoices', 0, 'DocumentNumber')).toBe(number);
    expect(at((await api('GET', '/3/invoicepayments')).body, 'MetaInformation', '@TotalResources')).toBe(2);
  });
});

describe('Fortnox sandbox supplier invoices', () => {
  it('should list the seeded supplier invoice with its project rows', async () => {
    const list = await api('GET', '/3/supplierinvoices?project=P100');
    expect(list.body).toMatchObject({ SupplierInvoices: [{ GivenNumber: '1', SupplierName: 'Ahlsell Sverige AB', Total: 1250 }] });
    const full = await api('GET', '/3/supplierinvoices/1');
    expect(at(full.body, 'SupplierInvoice', 'SupplierInvoiceRows')).toEqual(
      expect.arrayContaining([expect.objectContaining({ Account: 4010, Debit: 1000, Project: 'P100', Code: '' })]),
    );
  });

  it('should add the VAT and creditor rows and refuse an unbalanced voucher', async () => {
    const res = await api('POST', '/3/supplierinvoices', {
      SupplierInvoice: { SupplierNumber: '11', InvoiceNumber: 'B-77', InvoiceDate: '2024-05-03', VAT: 50, Project: 'P101',
        SupplierInvoiceRows: [{ Account: 4010, Debit: 200, Project: 'P101', TransactionInformation: 'Kakel' }] },
    });
    expect(res.status).toBe(201);
    expect(at(res.body, 'SupplierInvoice', 'Total')).toBe(250);
    expect(at(res.body, 'SupplierInvoice', 'SupplierInvoiceRows')).toHaveLength(3);
    const unbalanced = await api('POST', '/3/supplierinvoices', {
      SupplierInvoice: { SupplierNumber: '11', Total: 999, VAT: 0, SupplierInvoiceRows: [{ Account: 4010, Debit: 200 }] },
    });
    expect(unbalanced.status).toBe(400);
  });
});
