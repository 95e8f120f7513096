import { startEconomicSandbox } from '@ledgerbridge/sandboxes';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connector } from '../core/connector.js';
import { silentLogger, systemClock } from '../core/connector-context.js';
import type { CanonicalRecords, SupplierInvoiceVoucherRecord } from '../core/records.js';
import { createEconomicConnector, economicCredentialsSchema } from './index.js';
import { voucherText } from './supplier-vouchers.js';

type Sandbox = Awaited<ReturnType<typeof startEconomicSandbox>>;
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start(): Promise<{ sandbox: Sandbox; connector: Connector<CanonicalRecords> }> {
  sandbox = await startEconomicSandbox({ rateLimit: null });
  const connector = createEconomicConnector({
    credentials: economicCredentialsSchema.parse(sandbox.credentials), settings: {}, fetch: globalThis.fetch, clock: systemClock, logger: silentLogger,
  });
  return { sandbox, connector };
}

const year = String(new Date().getUTCFullYear());
const voucher = (reference: string, accounts: string[]): SupplierInvoiceVoucherRecord => ({
  reference, journalNumber: '2', supplierNumber: '5001', supplierInvoiceNumber: 'F-123', text: 'F-123 Sanistål A/S',
  date: `${year}-05-02`, dueDate: `${year}-06-01`, currency: 'DKK',
  entries: accounts.map((accountNumber, i) => ({ accountNumber, grossAmount: i === 0 ? '125.00' : '62.50' })),
});

describe('e-conomic supplier-invoice vouchers (RB-09, RB-10, RB-11)', () => {
  it('should file one voucher with an entry per account in the chosen journal and find it again by our reference', async () => {
    const { sandbox: s, connector } = await start();
    const created = await connector.createSupplierInvoiceVoucher!(voucher('11111111-1111-4111-8111-111111111111', ['1310', '1320']), { idempotencyKey: 'k' });
    expect(created.ok).toBe(true);
    const ref = created.ok ? created.value.ref : null;
    expect(ref?.externalId).toMatch(new RegExp(`^2/${year}-\\d+$`));
    const filed = s.store.vouchers.filter((v) => v.journalNumber === 2);
    expect(filed).toHaveLength(1);
    expect(filed[0]!.entries.map((e) => [e.entryType, e.supplierNumber, e.contraAccountNumber, e.amount])).toEqual([
      ['supplierInvoice', 5001, 1310, 12500n], ['supplierInvoice', 5001, 1320, 6250n],
    ]);
    const found = await connector.findSupplierInvoiceVoucher!({ journalNumber: '2', reference: '11111111-1111-4111-8111-111111111111' });
    expect(found.ok && found.value).toEqual(ref);
    const none = await connector.findSupplierInvoiceVoucher!({ journalNumber: '2', reference: '22222222-2222-4222-8222-222222222222' });
    expect(none.ok && none.value).toBeNull();
  });

  it('should pass on the vendor\'s validation error for a blocked account and file nothing (RB-10)', async () => {
    const { sandbox: s, connector } = await start();
    const refused = await connector.createSupplierInvoiceVoucher!(voucher('33333333-3333-4333-8333-333333333333', ['9999']), { idempotencyKey: 'k' });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : `${refused.error.code} ${refused.error.message}`).toMatch(/REJECTED.*barred/);
    expect(s.store.vouchers.filter((v) => v.journalNumber === 2)).toHaveLength(0);
  });

  it('should report blocked accounts and list journals as reference data (RB-08, RB-09, RB-10)', async () => {
    const { connector } = await start();
    const accounts = await connector.listReferenceData!('accounts');
    expect(accounts.ok && accounts.value.find((a) => a.externalId === '9999')?.isBlocked).toBe(true);
    expect(accounts.ok && accounts.value.find((a) => a.externalId === '1310')?.isBlocked).toBeUndefined();
    const journals = await connector.listReferenceData!('journals');
    expect(journals.ok && journals.value.map((j) => j.externalId)).toEqual(['1', '2', '3']);
  });

  it('should keep the entry text within 250 characters with our reference at the end', () => {
    const text = voucherText('x'.repeat(400), 'ref');
    expect(text).toHaveLength(250);
    expect(text.endsWith(' #ref')).toBe(true);
  });
});
