import { randomUUID } from 'node:crypto';
import { acceptedAnswer, redactPayload, vendorAnswer, type ConnectorError, type WriteAnswer } from '@ledgerbridge/connectors';
import type { TenantDb } from '../../db/tenant-db.js';
import type { EventService } from '../event/event.service.js';
import { TransferItemEntity } from './transfer-item.entity.js';
import { TransferRunEntity, type TransferCounts, type TransferOutcome, type TransferRunStatus } from './transfer-run.entity.js';

export interface ItemInput {
  register: string;
  recordId: string | null;
  direction: 'PUSH' | 'PULL';
  outcome: TransferOutcome;
  errorCode?: string | null;
  message?: string | null;
  externalId?: string | null;
  externalNumber?: string | null;
  attempts?: number;
  request?: Record<string, unknown> | null;
  response?: Record<string, unknown> | null;
  /** The ERP's refusal behind a FAILED item: its status and body are kept as `response` (redacted, capped). */
  vendorError?: ConnectorError | null;
  /** The ERP's answer behind a successful write: kept as `response` the same way (redacted, capped; ADR 0022). */
  writeAnswer?: WriteAnswer | null;
}

/**
 * Writes a run's items and state changes, each in its own transaction together with its event,
 * so the live feed and the log always agree and a crash loses at most the item in flight.
 */
export class TransferLog {
  private readonly counts: TransferCounts = {};
  /** The first "your access is gone" answer of the run: the connection then needs reconnecting. */
  accessProblem: string | null = null;

  constructor(private readonly db: TenantDb, private readonly events: EventService, private readonly run: TransferRunEntity) {}

  get totals(): TransferCounts {
    return { ...this.counts };
  }

  async start(): Promise<void> {
    await this.db.write(this.run.tenantId, async (m) => {
      // a resumed run keeps what its dead worker already logged
      const earlier: { outcome: TransferOutcome; n: number }[] = await m.query(
        'SELECT outcome, count(*)::int AS n FROM transfer_item WHERE tenant_id = $1 AND run_id = $2 GROUP BY outcome', [this.run.tenantId, this.run.id],
      );
      for (const row of earlier) this.counts[row.outcome] = row.n;
      await m.update(TransferRunEntity, { tenantId: this.run.tenantId, id: this.run.id }, { status: 'RUNNING', startedAt: this.run.startedAt ?? new Date() });
      await this.events.append(m, this.run.tenantId, {
        kind: 'TRANSFER_RUN_STARTED', connectionId: this.run.connectionId,
        payload: { runId: this.run.id, registers: this.run.registers, trigger: this.run.trigger },
      });
    });
  }

  async item(input: ItemInput): Promise<TransferItemEntity> {
    this.counts[input.outcome] = (this.counts[input.outcome] ?? 0) + 1;
    if ((input.errorCode === 'AUTH_INVALID' || input.errorCode === 'PERMISSION_DENIED') && this.accessProblem === null) this.accessProblem = input.message ?? input.errorCode;
    return this.db.write(this.run.tenantId, async (m) => {
      const item = await m.save(TransferItemEntity, Object.assign(new TransferItemEntity(), {
        id: randomUUID(), tenantId: this.run.tenantId, runId: this.run.id, register: input.register, recordId: input.recordId,
        direction: input.direction, outcome: input.outcome, errorCode: input.errorCode ?? null, message: input.message ?? null,
        externalId: input.externalId ?? null, externalNumber: input.externalNumber ?? null, attempts: input.attempts ?? 1,
        request: input.request ? (redactPayload(input.request) as Record<string, unknown>) : null, response: input.response ?? (input.vendorError ? vendorAnswer(input.vendorError) : input.writeAnswer ? acceptedAnswer(input.writeAnswer) : null),
      }));
      await this.events.append(m, this.run.tenantId, {
        kind: 'TRANSFER_ITEM', connectionId: this.run.connectionId, invoiceId: input.register === 'invoices' || input.register === 'creditNotes' ? input.recordId : null,
        payload: {
          runId: this.run.id, itemId: item.id, register: item.register, recordId: item.recordId, direction: item.direction, outcome: item.outcome,
          errorCode: item.errorCode, message: item.message, externalId: item.externalId, externalNumber: item.externalNumber,
        },
      });
      return item;
    });
  }

  async finish(error: string | null): Promise<TransferRunStatus> {
    const failed = this.counts.FAILED ?? 0;
    const good = (this.counts.TRANSFERRED ?? 0) + (this.counts.UPDATED ?? 0) + (this.counts.SKIPPED ?? 0);
    const status: TransferRunStatus = error !== null ? 'FAILED' : failed === 0 ? 'SUCCEEDED' : good > 0 ? 'PARTIAL' : 'FAILED';
    await this.db.write(this.run.tenantId, async (m) => {
      await m.update(TransferRunEntity, { tenantId: this.run.tenantId, id: this.run.id }, { status, counts: this.counts, error, finishedAt: new Date() });
      await this.events.append(m, this.run.tenantId, {
        kind: 'TRANSFER_RUN_FINISHED', connectionId: this.run.connectionId,
        payload: { runId: this.run.id, status, counts: this.counts, error },
      });
    });
    return status;
  }
}
