import { afterEach, describe, expect, it } from 'vitest';
import type { InvoiceDraftRecord } from '../core/records.js';
import { economicManifest } from '../e-conomic/index.js';
import { fortnoxManifest } from './index.js';
import { type SandboxConnector, startSandboxConnector } from './testing/sandbox-connector.js';

let setup: SandboxConnector | undefined;
afterEach(async () => {
  await setup?.sandbox.stop();
  setup = undefined;
});

/** Luhn over the whole number, check digit included. */
function isLuhnValid(value: string): boolean {
  let sum = 0;
  [...value].reverse().forEach((c, i) => {
    const doubled = Number(c) * (i % 2 === 1 ? 2 : 1);
    sum += Math.floor(doubled / 10) + (doubled % 10);
  });
  return sum % 10 === 0;
}

const draft: InvoiceDraftRecord = {
  reference: 'lb-ocr-1', customerNumber: '1', currency: 'SEK', issueDate: '2024-05-01', dueDate: '2024-05-31',
  lines: [{ productNumber: 'MONT', description: 'Montör', quantity: '8', unit: 'tim', unitPrice: '650', discountPercent: '0', vatRate: '25', netAmount: '5200.00' }],
  netAmount: '5200.00', vatAmount: '1300.00', grossAmount: '6500.00',
};

describe('Payment reference on booked invoices (SE-EE-26, X-21, SE-VN-34)', () => {
  it('should report the Fortnox OCR, with a valid check digit, as the booked invoice\'s payment reference', async () => {
    setup = await startSandboxConnector();
    const { connector } = setup;
    const created = await connector.createInvoice?.(draft, { idempotencyKey: 'ocr-1' });
    expect(created?.ok).toBe(true);
    const id = created?.ok ? created.value.ref.externalId : '';
    const booked = await connector.bookInvoice?.(id);
    expect(booked?.ok).toBe(true);
    const reference = booked?.ok ? booked.value.paymentReference : undefined;
    expect(reference).toMatch(new RegExp(`^${id}\\d$`));
    expect(isLuhnValid(reference ?? '')).toBe(true);
    const status = await connector.getInvoiceStatus?.(id);
    expect(status).toMatchObject({ ok: true, value: { state: 'booked', paymentReference: reference } });
  });

  it('should declare which connectors expose a payment reference: Fortnox OCR, none for e-conomic', () => {
    expect(fortnoxManifest.paymentReferences).toMatchObject({ kind: 'OCR' });
    expect(economicManifest.paymentReferences).toBeNull();
  });
});
