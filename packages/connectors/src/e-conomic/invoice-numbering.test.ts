import { startEconomicSandbox } from '@ledgerbridge/sandboxes';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connector } from '../core/connector.js';
import { silentLogger, systemClock } from '../core/connector-context.js';
import type { CanonicalRecords, InvoiceDraftRecord } from '../core/records.js';
import { createEconomicConnector, economicCredentialsSchema, economicManifest } from './index.js';
import { fortnoxManifest } from '../fortnox/index.js';

type Sandbox = Awaited<ReturnType<typeof startEconomicSandbox>>;
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start() {
  sandbox = await startEconomicSandbox({});
  const connector: Connector<CanonicalRecords> = createEconomicConnector({
    credentials: economicCredentialsSchema.parse(sandbox.credentials),
    settings: { defaultProductNumber: 'HOUR' }, fetch: globalThis.fetch, clock: systemClock, logger: silentLogger,
  });
  return { sandbox, connector };
}

const draft = (reference: string, invoiceNumber?: string): InvoiceDraftRecord => ({
  reference, customerNumber: '101', currency: 'DKK', issueDate: '2024-05-02',
  lines: [{ description: 'Arbejde', quantity: '1', unitPrice: '100.00', discountPercent: '0', vatRate: '25', netAmount: '100.00' }],
  netAmount: '100.00', vatAmount: '25.00', grossAmount: '125.00', ...(invoiceNumber ? { invoiceNumber } : {}),
});

describe('e-conomic: invoice numbers from the source (SE-FX-32)', () => {
  it('SE-FX-32: books a draft with the number the source gave it (bookWithNumber)', async () => {
    const { sandbox, connector } = await start();
    const created = await connector.createInvoice!(draft('src-1', '7001'), { idempotencyKey: 'n1' });
    expect(created.ok).toBe(true);
    const booked = await connector.bookInvoice!(created.ok ? created.value.ref.externalId : '', { number: '7001' });
    expect(booked.ok && booked.value.ref).toEqual(expect.objectContaining({ externalId: 'booked:7001', externalNumber: '7001' }));
    expect(sandbox.store.booked.has(7001)).toBe(true);
  });

  it('SE-FX-33: a number e-conomic has already used is refused and the draft stays unbooked', async () => {
    const { sandbox, connector } = await start();
    const first = await connector.createInvoice!(draft('src-2', '7002'), { idempotencyKey: 'n2' });
    expect((await connector.bookInvoice!(first.ok ? first.value.ref.externalId : '', { number: '7002' })).ok).toBe(true);
    const second = await connector.createInvoice!(draft('src-3', '7002'), { idempotencyKey: 'n3' });
    const refused = await connector.bookInvoice!(second.ok ? second.value.ref.externalId : '', { number: '7002' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(/7002.*already in use/);
    expect(sandbox.store.booked.size).toBe(1);
    expect(sandbox.store.drafts.size).toBe(1);
  });

  it('SE-FX-32: a number e-conomic cannot take is refused before any draft is created', async () => {
    const { sandbox, connector } = await start();
    const refused = await connector.createInvoice!(draft('src-4', 'INV-4'), { idempotencyKey: 'n4' });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'REJECTED' });
    expect(sandbox.store.drafts.size).toBe(0);
  });

  it('X-08: the manifests say who may number invoices: e-conomic takes ours, Fortnox never does', () => {
    expect(economicManifest.sourceInvoiceNumbers.pattern.test('7001')).toBe(true);
    expect(economicManifest.sourceInvoiceNumbers.pattern.test('0')).toBe(false);
    expect(fortnoxManifest.sourceInvoiceNumbers).toBeNull();
  });
});
