import { toGlobalId } from '../../graphql/global-id';
import type { TransferEventData } from '../transfer/transfer-log-state';

export interface LiveLine {
  readonly cursor: string;
  readonly outcome: string;
  readonly text: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Events carry the run's row id; the initial sync names its run by global id. */
export function isEventOfRun(event: TransferEventData, runGlobalId: string): boolean {
  const runId = text(event.payload['runId']);
  return runId !== null && toGlobalId('TransferRun', runId) === runGlobalId;
}

/** One readable line per transferred item, or null for events that are not about an item. */
export function liveLine(event: TransferEventData): LiveLine | null {
  const { payload } = event;
  const outcome = text(payload['outcome']);
  const register = text(payload['register']);
  if (event.kind !== 'TRANSFER_ITEM' || outcome === null || register === null) return null;
  const record = text(payload['externalNumber']) ?? text(payload['externalId']) ?? '';
  const message = text(payload['message']);
  return {
    cursor: event.cursor,
    outcome,
    text: `${register} ${record}`.trim() + `: ${outcome.toLowerCase()}${message === null ? '' : ` (${message})`}`,
  };
}
