import { createHash, randomUUID } from 'node:crypto';
import type { CanonicalRecords, Connector, ConnectorError } from '@ledgerbridge/connectors';
import type { ConnectionTransferRules } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import type { Services } from '../services.js';
import type { ConnectionEntity } from '../connection/connection.entity.js';
import { ExternalRefEntity } from './external-ref.entity.js';
import type { IntentLedger } from './intent-ledger.js';
import type { TransferLog } from './transfer-log.js';

/** One record as a dry run reports it. */
export interface PlannedItem {
  register: string;
  recordId: string | null;
  action: 'CREATE' | 'UPDATE' | 'SKIP';
  reason: string | null;
  payload: Record<string, unknown> | null;
  errors: string[];
}

export interface RegisterContext {
  tenantId: string;
  connection: ConnectionEntity;
  connector: Connector<CanonicalRecords>;
  settings: Record<string, unknown>;
  rules: ConnectionTransferRules;
  db: TenantDb;
  services: Services;
  log: TransferLog;
  ledger: IntentLedger;
  refs: RefStore;
  /** Set for dry runs: handlers plan and validate but never call the connector's writes. */
  plan: PlannedItem[] | null;
  /** When the last finished run that covered `register` started: pulls ask the ERP only for changes since. */
  lastRunStartedAt(register: string): Promise<Date | null>;
}

/** What we last sent: a record whose hash is unchanged is not sent again. */
export function contentHash(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

export function describeError(e: ConnectorError): string {
  return e.message;
}

/** Links between our records and the ERP's, for one connection. */
export class RefStore {
  constructor(private readonly db: TenantDb, private readonly tenantId: string, private readonly connectionId: string) {}

  async all(recordType: string): Promise<Map<string, ExternalRefEntity>> {
    const rows = await this.db.read(this.tenantId, (m) => m.findBy(ExternalRefEntity, { tenantId: this.tenantId, connectionId: this.connectionId, recordType }));
    return new Map(rows.map((r) => [r.recordId, r]));
  }

  async remove(recordType: string, recordId: string): Promise<void> {
    await this.db.write(this.tenantId, (m) => m.delete(ExternalRefEntity, { tenantId: this.tenantId, connectionId: this.connectionId, recordType, recordId }));
  }

  async save(recordType: string, recordId: string, ref: { externalId: string; externalNumber?: string | null; remoteVersion?: string | null; contentHash?: string | null }): Promise<void> {
    await this.db.write(this.tenantId, async (m) => {
      const existing = await m.findOneBy(ExternalRefEntity, { tenantId: this.tenantId, connectionId: this.connectionId, recordType, recordId });
      await m.save(ExternalRefEntity, Object.assign(existing ?? new ExternalRefEntity(), {
        id: existing?.id ?? randomUUID(), tenantId: this.tenantId, connectionId: this.connectionId, recordType, recordId,
        externalId: ref.externalId, externalNumber: ref.externalNumber ?? existing?.externalNumber ?? null,
        remoteVersion: ref.remoteVersion ?? null, contentHash: ref.contentHash ?? existing?.contentHash ?? null, lastSyncedAt: new Date(),
      }));
    });
  }
}
