import { randomUUID } from 'node:crypto';
import type { CanonicalRecords, Connector } from '@ledgerbridge/connectors';
import { err, inventoryPeriodKey, inventoryValue, inventoryValueChange, isZeroAmount, ok, transferRulesSchema, type Result } from '@ledgerbridge/domain';
import { Not } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import { ProductEntity } from '../product/product.entity.js';
import { InventoryValuePostingEntity } from './inventory-value-posting.entity.js';

/** A refused voucher is tried again at most this often, not on every tick. */
const FAILED_RETRY_MS = 60 * 60_000;

export type PostingOutcome = 'POSTED' | 'NOTHING_TO_POST' | 'ALREADY_POSTED' | 'PENDING' | 'FAILED' | 'OFF';

/**
 * Inventory value vouchers (RB-25..RB-29, ADR 0008): once per period, the change in Σ stock ×
 * cost price since the last voucher, debit inventory / credit offset (reversed when it fell).
 * The period's row is committed OPEN before the ERP call and DONE after it; an OPEN row found
 * later means "may exist" and is resolved by looking the voucher up by our reference first, so a
 * period is never posted twice (the intent ledger pattern, ADR 0005).
 */
export class InventoryValueService {
  constructor(
    private readonly db: TenantDb,
    private readonly connectorFor: (connection: ConnectionEntity) => Result<Connector<CanonicalRecords>, string>,
  ) {}

  list(tenantId: string, connectionId: string, first: number): Promise<InventoryValuePostingEntity[]> {
    return this.db.read(tenantId, (m) => m.find(InventoryValuePostingEntity, { where: { tenantId, connectionId }, order: { createdAt: 'DESC', id: 'DESC' }, take: first }));
  }

  async postDue(tenantId: string, connectionId: string, now: Date): Promise<Result<{ outcome: PostingOutcome; posting: InventoryValuePostingEntity | null }, string>> {
    const connection = await this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: connectionId }));
    if (!connection) return err('The connection no longer exists');
    const iv = transferRulesSchema.parse(connection.rules ?? {}).inventoryValue;
    if (!iv.isEnabled || !iv.frequency || !iv.journalNumber || !iv.inventoryAccountNumber || !iv.offsetAccountNumber) return ok({ outcome: 'OFF', posting: null });
    const periodKey = inventoryPeriodKey(now, iv.frequency);
    const existing = await this.db.read(tenantId, (m) => m.findOneBy(InventoryValuePostingEntity, { tenantId, connectionId, periodKey }));
    if (existing?.status === 'DONE') return ok({ outcome: 'ALREADY_POSTED', posting: existing });
    if (existing?.status === 'FAILED' && now.getTime() - existing.updatedAt.getTime() < FAILED_RETRY_MS) return ok({ outcome: 'FAILED', posting: existing });
    const connector = this.connectorFor(connection);
    if (!connector.ok) return err(connector.error);
    const erp = connector.value;
    if (!erp.postFinanceVoucher || !erp.findFinanceVoucher) return err(`${connection.connectorId} cannot take inventory value vouchers`);

    if (existing?.status === 'OPEN') {
      // a voucher may have been filed before we lost the answer: look before posting again
      const found = await erp.findFinanceVoucher({ journal: existing.journalNumber, reference: existing.reference });
      if (!found.ok) return ok({ outcome: 'PENDING', posting: existing });
      if (found.value) return ok({ outcome: 'POSTED', posting: await this.finish(tenantId, existing, 'DONE', found.value.externalId, null) });
    }

    const products = await this.db.read(tenantId, (m) => m.find(ProductEntity, { where: { tenantId }, select: { stockOnHand: true, costPrice: true } }));
    const value = inventoryValue(products);
    const last = await this.db.read(tenantId, (m) => m.findOne(InventoryValuePostingEntity, { where: { tenantId, connectionId, status: 'DONE', periodKey: Not(periodKey) }, order: { createdAt: 'DESC', id: 'DESC' } }));
    const amount = inventoryValueChange(value, last?.inventoryValue ?? null);
    const row = await this.open(tenantId, existing, { connectionId, periodKey, frequency: iv.frequency, inventoryValue: value, amount, journalNumber: iv.journalNumber });
    if (!row) return ok({ outcome: 'PENDING', posting: null }); // another worker holds this period
    if (isZeroAmount(amount)) return ok({ outcome: 'NOTHING_TO_POST', posting: await this.finish(tenantId, row, 'DONE', null, null) });

    const posted = await erp.postFinanceVoucher({
      journal: iv.journalNumber, date: now.toISOString().slice(0, 10), reference: row.reference, text: `Lagerværdi ${periodKey}`,
      accountNumber: iv.inventoryAccountNumber, contraAccountNumber: iv.offsetAccountNumber, amount,
    }, { idempotencyKey: row.reference });
    if (posted.ok) return ok({ outcome: 'POSTED', posting: await this.finish(tenantId, row, 'DONE', posted.value.ref.externalId, null) });
    // an answer that may hide a filed voucher stays OPEN: the next tick looks it up first
    if (posted.error.code === 'TEMPORARY' || posted.error.code === 'RATE_LIMITED') return ok({ outcome: 'PENDING', posting: row });
    return ok({ outcome: 'FAILED', posting: await this.finish(tenantId, row, 'FAILED', null, posted.error.message) });
  }

  /** Commits the period's row as OPEN; null when another worker inserted it first. */
  private async open(tenantId: string, existing: InventoryValuePostingEntity | null, v: { connectionId: string; periodKey: string; frequency: string; inventoryValue: string; amount: string; journalNumber: string }): Promise<InventoryValuePostingEntity | null> {
    return this.db.write(tenantId, async (m) => {
      if (existing) {
        Object.assign(existing, { ...v, status: 'OPEN', error: null });
        return m.save(InventoryValuePostingEntity, existing);
      }
      const id = randomUUID();
      await m.createQueryBuilder().insert().into(InventoryValuePostingEntity)
        .values({ id, tenantId, ...v, status: 'OPEN', reference: `lb-iv-${id.slice(0, 8)}-${v.periodKey}`, externalId: null, error: null })
        .orIgnore().execute();
      return m.findOneBy(InventoryValuePostingEntity, { tenantId, id });
    });
  }

  private finish(tenantId: string, row: InventoryValuePostingEntity, status: 'DONE' | 'FAILED', externalId: string | null, error: string | null): Promise<InventoryValuePostingEntity> {
    return this.db.write(tenantId, (m) => m.save(InventoryValuePostingEntity, Object.assign(row, { status, externalId, error })));
  }
}
