import { startEconomicSandbox } from '@ledgerbridge/sandboxes';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connector } from '../core/connector.js';
import { silentLogger, systemClock } from '../core/connector-context.js';
import type { CanonicalRecords, CustomerRecord, InvoiceDraftRecord } from '../core/records.js';
import type { Result } from '../core/result.js';
import { createEconomicConnector, economicCredentialsSchema } from './index.js';

type Sandbox = Awaited<ReturnType<typeof startEconomicSandbox>>;
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start(options: Parameters<typeof startEconomicSandbox>[0] = {}, credentials: Record<string, string> = {}) {
  sandbox = await startEconomicSandbox(options);
  const connector: Connector<CanonicalRecords> = createEconomicConnector({
    credentials: economicCredentialsSchema.parse({ ...sandbox.credentials, ...credentials }),
    settings: { defaultProductNumber: 'HOUR' },
    fetch: globalThis.fetch,
    clock: systemClock,
    logger: silentLogger,
  });
  return { sandbox, connector };
}

function value<T>(result: Result<T, { code: string; message: string }>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const invoice = (reference: string): InvoiceDraftRecord => ({
  reference,
  customerNumber: '101',
  currency: 'DKK',
  issueDate: '2024-05-02',
  lines: [{ description: 'Udført arbejde', quantity: '2', unitPrice: '650.00', discountPercent: '0', vatRate: '25', netAmount: '1300.00' }],
  netAmount: '1300.00',
  vatAmount: '325.00',
  grossAmount: '1625.00',
});

const customer: CustomerRecord = { name: 'Smedie Nord ApS', organizationNumber: '39112233', paymentTermsDays: 8, currency: 'DKK', isActive: true };

describe('e-conomic connector against the sandbox', () => {
  it('should resolve a lost draft response by reference instead of creating twice', async () => {
    const { sandbox, connector } = await start();
    sandbox.faults.update({ dropAfterCommitRate: 1 });
    const lost = await connector.createInvoice!(invoice('ref-lost-1'), { idempotencyKey: 'k1' });
    expect(lost.ok).toBe(false);
    if (!lost.ok) expect(lost.error.code).toBe('TEMPORARY');
    sandbox.faults.update({ dropAfterCommitRate: 0 });
    expect(value(await connector.findInvoice!({ reference: 'ref-lost-1' }))).toEqual({ externalId: 'draft:1' });
    expect(sandbox.store.drafts.size).toBe(1);
  });

  it('should resolve a lost booking response through the draft reference', async () => {
    const { sandbox, connector } = await start();
    const draft = value(await connector.createInvoice!(invoice('ref-book-1'), { idempotencyKey: 'k2' }));
    sandbox.faults.update({ dropAfterCommitRate: 1 });
    const status = value(await connector.bookInvoice!(draft.ref.externalId));
    expect(status).toMatchObject({ ref: { externalId: 'booked:1001', externalNumber: '1001' }, state: 'booked', grossAmount: '1625.00' });
    expect(sandbox.store.booked.size).toBe(1);
    expect(value(await connector.findInvoice!({ number: '1001', reference: 'ref-book-1' }))).toMatchObject({ externalId: 'booked:1001' });
  });

  it('should report payments from the ledger and a paid status', async () => {
    const { sandbox, connector } = await start();
    const draft = value(await connector.createInvoice!(invoice('ref-pay-1'), { idempotencyKey: 'k3' }));
    const booked = value(await connector.bookInvoice!(draft.ref.externalId));
    sandbox.store.registerPayment(1001, '1625.00', `${new Date().getUTCFullYear()}-05-20`);
    expect(value(await connector.getInvoiceStatus!(booked.ref.externalId))).toMatchObject({ state: 'paid', remainingAmount: '0.00' });
    const payments = value(await connector.listPayments!({}));
    const all = [...payments.items];
    for (let cursor = payments.nextCursor; cursor !== null; ) {
      const page = value(await connector.listPayments!({ cursor }));
      all.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(all.map((p) => p.record)).toEqual([expect.objectContaining({ invoiceExternalId: 'booked:1001', amount: '1625.00' })]);
  });

  it('should read supplier-invoice entries on a project back as project costs, skipping those without one', async () => {
    const { sandbox, connector } = await start({ now: () => new Date('2024-05-02T09:00:00Z') });
    const post = async (year: string, supplierInvoices: Record<string, unknown>[]) => {
      const response = await fetch(`${sandbox.baseUrl}/journals/2/vouchers`, {
        method: 'POST',
        headers: { 'X-AppSecretToken': sandbox.store.credentials.appSecretToken, 'X-AgreementGrantToken': sandbox.store.credentials.agreementGrantToken, 'Content-Type': 'application/json' },
        body: JSON.stringify({ accountingYear: { year }, journal: { journalNumber: 2 }, entries: { supplierInvoices } }),
      });
      expect(response.status).toBe(201);
    };
    const line = { supplier: { supplierNumber: 5001 }, supplierInvoiceNumber: 'F-123', date: '2024-05-02', dueDate: '2024-06-01', amount: 1250, currency: { code: 'DKK' }, contraAccount: { accountNumber: 1310 }, contraVatAccount: { vatCode: 'I25' }, text: 'Rør og fittings', project: { projectNumber: 17 } };
    await post('2024', [line]);
    const { project: _none, ...withoutProject } = line;
    await post('2024', [{ ...withoutProject, supplier: { supplierNumber: 5002 }, supplierInvoiceNumber: 'B-88', text: 'Værktøj til lager' }]);
    await post('2025', [{ ...line, supplierInvoiceNumber: 'F-200', date: '2025-01-15', dueDate: '2025-02-14', amount: 99.95, text: 'Fittings' }]);

    const readAll = async (updatedSince?: Date) => {
      const items = [];
      for (let cursor: string | undefined; ; ) {
        const page = value(await connector.listProjectCosts!({ ...(cursor === undefined ? {} : { cursor }), ...(updatedSince === undefined ? {} : { updatedSince }) }));
        items.push(...page.items);
        if (page.nextCursor === null) return items;
        cursor = page.nextCursor;
      }
    };
    const all = await readAll();
    expect(all).toEqual([
      {
        ref: { externalId: 'entry:2024:1', externalNumber: '1' },
        record: { projectNumber: '17', supplierNumber: '5001', supplierInvoiceNumber: 'F-123', description: 'Rør og fittings', date: '2024-05-02', quantity: '1', unitCost: '1250.00', amount: '1250.00' },
      },
      {
        ref: { externalId: 'entry:2025:3', externalNumber: '1' },
        record: { projectNumber: '17', supplierNumber: '5001', supplierInvoiceNumber: 'F-200', description: 'Fittings', date: '2025-01-15', quantity: '1', unitCost: '99.95', amount: '99.95' },
      },
    ]);
    // Ledger entries have no change time, so updatedSince cannot narrow the read.
    expect(await readAll(new Date('2030-01-01T00:00:00Z'))).toEqual(all);
    const refused = await connector.listProjectCosts!({ cursor: 'nonsense' });
    expect(refused.ok ? undefined : refused.error.code).toBe('REJECTED');
  });

  it('should find a customer without a number by CVR, so a replay does not duplicate it', async () => {
    const { sandbox, connector } = await start();
    const created = value(await connector.upsertCustomer!(customer, { idempotencyKey: 'c1' }));
    expect(created).toMatchObject({ operation: 'created', ref: { externalId: '106' } });
    expect(value(await connector.upsertCustomer!(customer, { idempotencyKey: 'c1' }))).toMatchObject({ operation: 'unchanged', ref: { externalId: '106' } });
    expect(value(await connector.upsertCustomer!({ ...customer, paymentTermsDays: 14 }, { idempotencyKey: 'c2' })).operation).toBe('updated');
    expect(sandbox.store.customers.get(106)?.paymentTermsNumber).toBe(2);
  });

  it('should page customers with the skippages cursor', async () => {
    const { sandbox, connector } = await start();
    for (let n = 1000; n < 2000; n += 1) {
      sandbox.store.customers.set(n, { customerNumber: n, name: `Kunde ${n}`, currency: 'DKK', customerGroupNumber: 1, paymentTermsNumber: 1, vatZoneNumber: 1, text: {}, barred: false, lastUpdated: '2024-01-01T00:00:00Z' });
    }
    const first = value(await connector.listCustomers!({}));
    expect(first.items).toHaveLength(1000);
    expect(first.nextCursor).toBe('1');
    const second = value(await connector.listCustomers!({ cursor: '1' }));
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
  });

  it('should delete drafts idempotently and refuse to delete booked invoices', async () => {
    const { connector } = await start();
    const draft = value(await connector.createInvoice!(invoice('ref-del-1'), { idempotencyKey: 'k4' }));
    expect((await connector.deleteInvoiceDraft!(draft.ref.externalId)).ok).toBe(true);
    expect((await connector.deleteInvoiceDraft!(draft.ref.externalId)).ok).toBe(true);
    const booked = await connector.deleteInvoiceDraft!('booked:1001');
    expect(booked.ok ? undefined : booked.error.code).toBe('REJECTED');
  });

  it('should list reference data', async () => {
    const { connector } = await start();
    expect(value(await connector.listReferenceData!('paymentTerms'))).toContainEqual({ externalId: '2', name: 'Netto 14 dage' });
    expect(value(await connector.listReferenceData!('vatCodes'))).toContainEqual({ externalId: 'U25', code: 'U25', name: 'Salgsmoms 25%' });
    expect(value(await connector.listReferenceData!('currencies'))).toContainEqual({ externalId: 'DKK', code: 'DKK', name: 'Danske kroner' });
  });

  it('should list the customer groups over HTTP, every page, for the admin to pick the default group (PV-24)', async () => {
    const { sandbox, connector } = await start();
    for (let n = 4; n <= 1003; n += 1) sandbox.store.customerGroups.set(n, { customerGroupNumber: n, name: `Gruppe ${n}`, accountNumber: 5600 });
    const groups = value(await connector.listReferenceData!('customerGroups'));
    expect(groups).toHaveLength(1003);
    expect(groups.slice(0, 3)).toEqual([
      { externalId: '1', name: 'Indenlandske kunder' },
      { externalId: '2', name: 'Udenlandske kunder' },
      { externalId: '3', name: 'Offentlige kunder (EAN)' },
    ]);
    expect(groups.at(-1)).toEqual({ externalId: '1003', name: 'Gruppe 1003' });
  });

  it('should report revoked or wrong tokens as AUTH_INVALID', async () => {
    const { connector } = await start({}, { agreementGrantToken: 'revoked' });
    const result = await connector.verifyCredentials();
    expect(result.ok ? undefined : result.error).toMatchObject({ code: 'AUTH_INVALID', retryable: false });
  });

  it('should hand a long fair-use wait back as RATE_LIMITED instead of sleeping on it', async () => {
    const { connector } = await start({ rateLimit: { limit: 1, windowMs: 10 * 60_000 } });
    expect((await connector.verifyCredentials()).ok).toBe(true);
    const limited = await connector.verifyCredentials();
    expect(limited.ok ? undefined : limited.error).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(limited.ok ? 0 : limited.error.retryAfterMs).toBeGreaterThan(60_000);
  });
});
