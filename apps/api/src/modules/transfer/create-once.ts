import type { ConnectorError, ConnectorResult, ExternalRecordRef, WriteAnswer, WriteOutcome } from '@ledgerbridge/connectors';
import type { IntentLedger } from './intent-ledger.js';

/** How often one transfer tries a create whose answer may hide a committed document. */
export const CREATE_ATTEMPTS = 3;

export interface IntentKey {
  recordType: string;
  recordId: string;
  operation: string;
}

export interface CreateOnceCalls {
  /** The ERP create; the key lets vendors that honour one drop a repeat on their side too. */
  create(idempotencyKey: string): ConnectorResult<WriteOutcome>;
  /** Looks the document up in the ERP by our reference; null when it certainly is not there. */
  find(): ConnectorResult<ExternalRecordRef | null>;
}

/** `answer` is the ERP's reply to our create (ADR 0022); a document found by lookup has none. */
export type CreatedOnce = { ok: true; ref: ExternalRecordRef; attempts: number; answer?: WriteAnswer } | { ok: false; error: ConnectorError; attempts: number };

/**
 * Creates one ERP document through the intent ledger (ADR 0005): the intent is committed before
 * the create and the external id after it. An intent left OPEN (a crash, a lost answer) means the
 * document may exist, so the ERP is asked before any further create; only a lookup that found
 * nothing lets the intent go, so a later run starts clean.
 */
export async function createThroughLedger(ledger: IntentLedger, key: IntentKey, calls: CreateOnceCalls): Promise<CreatedOnce> {
  const earlier = await ledger.completed(key.recordType, key.recordId, key.operation);
  if (earlier) return { ok: true, ref: { externalId: earlier }, attempts: 0 };
  const { intent, isNew } = await ledger.open(key.recordType, key.recordId, key.operation);
  let lastError: ConnectorError | null = null;
  for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
    if (!isNew || attempt > 1) {
      const found = await calls.find();
      if (!found.ok) return { ok: false, error: found.error, attempts: attempt };
      if (found.value) {
        await ledger.done(intent, found.value.externalId);
        return { ok: true, ref: found.value, attempts: attempt };
      }
    }
    const result = await calls.create(intent.idempotencyKey);
    if (result.ok) {
      await ledger.done(intent, result.value.ref.externalId);
      return { ok: true, ref: result.value.ref, attempts: attempt, ...(result.value.answer ? { answer: result.value.answer } : {}) };
    }
    lastError = result.error;
    // only an answer that may hide a committed create is worth a lookup and another try
    if (result.error.code !== 'TEMPORARY' && result.error.code !== 'RATE_LIMITED') break;
  }
  // the last lookup before giving up: the ERP may hold it after all
  const found = await calls.find();
  if (found.ok && found.value) {
    await ledger.done(intent, found.value.externalId);
    return { ok: true, ref: found.value, attempts: CREATE_ATTEMPTS };
  }
  if (found.ok) await ledger.cancel(intent); // certain: nothing there, nothing in flight
  return { ok: false, error: lastError!, attempts: CREATE_ATTEMPTS };
}
