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

/** Luhn over the whole number, check digit included: valid when the weighted sum ends in 0. */
function isLuhnValid(value: string): boolean {
  let sum = 0;
  [...value].reverse().forEach((c, i) => {
    const doubled = Number(c) * (i % 2 === 1 ? 2 : 1);
    sum += Math.floor(doubled / 10) + (doubled % 10);
  });
  return sum % 10 === 0;
}

const invoice = (reference: string) => ({
  Invoice: {
    CustomerNumber: '2', InvoiceDate: '2024-05-01', DueDate: '2024-05-31', Currency: 'SEK', ExternalInvoiceReference1: reference,
    InvoiceRows: [{ ArticleNumber: 'MONT', DeliveredQuantity: 8, Price: 650, VAT: 25 }],
  },
});

describe('Fortnox sandbox OCR numbers (SE-EE-26, X-21, SE-VN-34)', () => {
  it('should check the test validator against known OCR numbers', () => {
    expect(isLuhnValid('10025')).toBe(true);
    expect(isLuhnValid('10026')).toBe(false);
    expect(isLuhnValid('79927398713')).toBe(true); // the textbook Luhn example
    expect(isLuhnValid('79927398710')).toBe(false);
  });

  it('should give every booked invoice an OCR of its document number plus a valid Luhn check digit', async () => {
    const ocrs: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const created = await api('POST', '/3/invoices', invoice(`lb-ocr-${i}`));
      expect(created.status).toBe(201);
      const number = atString(created.body, 'Invoice', 'DocumentNumber');
      const booked = await api('PUT', `/3/invoices/${number}/bookkeep`);
      expect(booked.status).toBe(200);
      expect(at(booked.body, 'Invoice', 'Booked')).toBe(true);
      const ocr = atString(booked.body, 'Invoice', 'OCR');
      expect(ocr).toMatch(new RegExp(`^${number}\\d$`));
      expect(isLuhnValid(ocr), `OCR ${ocr} of invoice ${number}`).toBe(true);
      // a read afterwards reports the same OCR: it is fixed once assigned
      expect(atString((await api('GET', `/3/invoices/${number}`)).body, 'Invoice', 'OCR')).toBe(ocr);
      ocrs.push(ocr);
    }
    expect(new Set(ocrs).size).toBe(ocrs.length);
  });
});
