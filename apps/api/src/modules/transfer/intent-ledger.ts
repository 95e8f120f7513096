import { randomUUID } from 'node:crypto';
import type { TenantDb } from '../../db/tenant-db.js';
import { TransferIntentEntity } from './transfer-intent.entity.js';

/**
 * "Commit the intent before the create call, the external id after." An intent still OPEN means a
 * create may or may not have reached the ERP; the caller must look the record up there before
 * creating again. Each step is its own committed transaction, so the ledger survives a crash.
 */
export class IntentLedger {
  constructor(private readonly db: TenantDb, private readonly tenantId: string, private readonly connectionId: string) {}

  /** The open intent for this record and operation, creating it if there is none. */
  async open(recordType: string, recordId: string, operation: string): Promise<{ intent: TransferIntentEntity; isNew: boolean }> {
    return this.db.write(this.tenantId, async (m) => {
      const existing = await m.findOneBy(TransferIntentEntity, { tenantId: this.tenantId, connectionId: this.connectionId, recordType, recordId, operation, status: 'OPEN' });
      if (existing) return { intent: existing, isNew: false };
      const intent = await m.save(TransferIntentEntity, Object.assign(new TransferIntentEntity(), {
        id: randomUUID(), tenantId: this.tenantId, connectionId: this.connectionId, recordType, recordId, operation,
        idempotencyKey: `${this.connectionId}:${recordType}:${recordId}:${operation}:${randomUUID()}`, status: 'OPEN', externalId: null, resolvedAt: null,
      }));
      return { intent, isNew: true };
    });
  }

  /** The external id of a create that already succeeded, if one did (e.g. before a crash). */
  async completed(recordType: string, recordId: string, operation: string): Promise<string | null> {
    const row = await this.db.read(this.tenantId, (m) =>
      m.findOne(TransferIntentEntity, { where: { tenantId: this.tenantId, connectionId: this.connectionId, recordType, recordId, operation, status: 'DONE' }, order: { resolvedAt: 'DESC' } }),
    );
    return row?.externalId ?? null;
  }

  /** The ERP document was deleted on purpose (e.g. a total mismatch): a later retry creates anew. */
  async forget(recordType: string, recordId: string, operation: string): Promise<void> {
    await this.db.write(this.tenantId, (m) => m.delete(TransferIntentEntity, { tenantId: this.tenantId, connectionId: this.connectionId, recordType, recordId, operation }));
  }

  async done(intent: TransferIntentEntity, externalId: string): Promise<void> {
    await this.db.write(this.tenantId, (m) =>
      m.update(TransferIntentEntity, { tenantId: this.tenantId, id: intent.id }, { status: 'DONE', externalId, resolvedAt: new Date() }),
    );
  }

  /** Abandon: we know for certain the ERP holds nothing (the lookup said so, and no create is in flight). */
  async cancel(intent: TransferIntentEntity): Promise<void> {
    await this.db.write(this.tenantId, (m) => m.delete(TransferIntentEntity, { tenantId: this.tenantId, id: intent.id }));
  }
}
