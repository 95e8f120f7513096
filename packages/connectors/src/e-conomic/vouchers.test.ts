import { startEconomicSandbox } from '@ledgerbridge/sandboxes';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger, systemClock } from '../core/connector-context.js';
import type { FinanceVoucherRecord, InvoiceDraftRecord } from '../core/records.js';
import { createEconomicConnector, economicCredentialsSchema } from './index.js';

type Sandbox = Awaited<ReturnType<typeof startEconomicSandbox>>;
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start() {
  sandbox = await startEconomicSandbox({ now: () => new Date('2024-05-02T09:00:00Z') });
  const connector = createEconomicConnector({ credentials: economicCredentialsSchema.parse(sandbox.credentials), settings: {}, fetch: globalThis.fetch, clock: systemClock, logger: silentLogger });
  return { sandbox, connector };
}

const voucher = (journal: string, reference: string): FinanceVoucherRecord => ({
  journal, date: '2024-05-02', reference, text: 'Lagerværdi 2024-05-02', accountNumber: '5500', contraAccountNumber: '1310', amount: '-250.50', currency: 'DKK',
});

describe('e-conomic finance vouchers and journals (RB-25..RB-29)', () => {
  it('should list journals with the entry types they accept (RB-27)', async () => {
    const { connector } = await start();
    const journals = await connector.listReferenceData!('journals');
    expect(journals.ok && journals.value).toEqual([
      { externalId: '1', name: 'Kassekladde' },
      { externalId: '2', name: 'Leverandørfakturaer', entryTypes: ['supplierInvoice'] },
      { externalId: '3', name: 'Indbetalinger', entryTypes: ['customerPayment'] },
    ]);
  });

  it('should file a finance voucher debiting the account and find it again by our reference', async () => {
    const { sandbox, connector } = await start();
    const posted = await connector.postFinanceVoucher!(voucher('1', 'lb-inv-2024-05-02'), { idempotencyKey: 'k' });
    expect(posted.ok && posted.value.ref.externalId).toBe('voucher:1:2024-1');
    expect(sandbox.store.vouchers[sandbox.store.vouchers.length - 1]?.entries).toEqual([expect.objectContaining({ entryType: 'financeVoucher', accountNumber: 5500, contraAccountNumber: 1310, amount: -25050n, text: 'Lagerværdi 2024-05-02 [lb-inv-2024-05-02]' })]);
    const found = await connector.findFinanceVoucher!({ journal: '1', reference: 'lb-inv-2024-05-02' });
    expect(found.ok && found.value).toEqual({ externalId: 'voucher:1:2024-1' });
    const none = await connector.findFinanceVoucher!({ journal: '1', reference: 'lb-inv-2024-05-03' });
    expect(none.ok && none.value).toBeNull();
  });

  it('should report a journal that refuses finance vouchers as REJECTED', async () => {
    const { connector } = await start();
    const refused = await connector.postFinanceVoucher!(voucher('2', 'x'), { idempotencyKey: 'k' });
    expect(refused.ok ? null : refused.error.code).toBe('REJECTED');
  });

  it('should send the layout chosen for the customer with the draft (RB-24)', async () => {
    const { sandbox, connector } = await start();
    const draft: InvoiceDraftRecord = {
      reference: 'ref-layout', customerNumber: '101', currency: 'DKK', issueDate: '2024-05-02', layoutNumber: '21',
      lines: [{ description: 'Arbejde', quantity: '1', unitPrice: '100.00', discountPercent: '0', vatRate: '25', netAmount: '100.00' }],
      netAmount: '100.00', vatAmount: '25.00', grossAmount: '125.00',
    };
    const created = await connector.createInvoice!(draft, { idempotencyKey: 'k' });
    expect(created.ok).toBe(true);
    expect([...sandbox.store.drafts.values()].map((d) => d.layoutNumber)).toEqual([21]);
  });

  it('should read a document\'s lines back, without a product where e-conomic has none (RB-20)', async () => {
    const { sandbox, connector } = await start();
    const draft: InvoiceDraftRecord = {
      reference: 'ref-lines', customerNumber: '101', currency: 'DKK', issueDate: '2024-05-02',
      lines: [{ description: 'Fri tekst', quantity: '2.5', unitPrice: '100.00', discountPercent: '0', vatRate: '25', netAmount: '250.00' }],
      netAmount: '250.00', vatAmount: '62.50', grossAmount: '312.50',
    };
    const created = await connector.createInvoice!(draft, { idempotencyKey: 'k' });
    if (!created.ok) throw new Error(created.error.message);
    expect(sandbox.store.drafts.size).toBe(1);
    const lines = await connector.getInvoiceLines!(created.value.ref.externalId);
    expect(lines.ok && lines.value).toEqual([{ description: 'Fri tekst', quantity: '2.5', unitPrice: '100' }]);
  });
});
