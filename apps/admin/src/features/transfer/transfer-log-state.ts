import type { TransferItemsQuery } from '../../graphql/generated/graphql';
import { toGlobalId } from '../../graphql/global-id';

export type LogItem = TransferItemsQuery['transferItems']['nodes'][number];

export const outcomes = ['TRANSFERRED', 'UPDATED', 'SKIPPED', 'FAILED'] as const;
export type Outcome = (typeof outcomes)[number];

export interface LogFilter {
  readonly connectionId: string | null;
  readonly outcome: Outcome | null;
  readonly register: string | null;
  readonly search: string;
}

export interface TransferEventData {
  readonly cursor: string;
  readonly kind: string;
  readonly connectionId: string | null;
  readonly occurredAt: string;
  readonly payload: Record<string, unknown>;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A log row from a TRANSFER_ITEM event, shown at once; the next page fetch fills in the request. */
export function itemFromEvent(event: TransferEventData): LogItem | null {
  const { payload } = event;
  const itemId = text(payload['itemId']);
  const runId = text(payload['runId']);
  const register = text(payload['register']);
  const outcome = text(payload['outcome']);
  if (event.kind !== 'TRANSFER_ITEM' || itemId === null || runId === null || register === null || outcome === null) return null;
  return {
    __typename: 'TransferItem',
    id: toGlobalId('TransferItem', itemId),
    runId: toGlobalId('TransferRun', runId),
    register,
    recordId: text(payload['recordId']),
    direction: text(payload['direction']) ?? 'export',
    outcome,
    errorCode: text(payload['errorCode']),
    message: text(payload['message']),
    externalId: text(payload['externalId']),
    externalNumber: text(payload['externalNumber']),
    attempts: 1,
    request: null,
    response: null,
    createdAt: event.occurredAt,
  };
}

/** Newest first, one row per item; a fetched row replaces the event-made row of the same item. */
export function mergeItems(current: readonly LogItem[], incoming: readonly LogItem[]): LogItem[] {
  const byId = new Map<string, LogItem>();
  for (const item of current) byId.set(item.id, item);
  for (const item of incoming) {
    const known = byId.get(item.id);
    // Keep the fuller row: an event-made row has no request or vendor answer, a fetched one may.
    const isBare = item.request === null && item.response === null;
    byId.set(item.id, known !== undefined && isBare && (known.request !== null || known.response !== null) ? known : item);
  }
  return [...byId.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** The same rules the API applies to transferItems, for rows that arrive live. */
export function matchesFilter(item: LogItem, filter: LogFilter, itemConnectionId: string | null): boolean {
  if (filter.connectionId !== null && itemConnectionId !== null && filter.connectionId !== itemConnectionId) return false;
  if (filter.outcome !== null && item.outcome !== filter.outcome) return false;
  if (filter.register !== null && registerKey(item.register) !== filter.register) return false;
  const search = filter.search.trim().toLowerCase();
  if (search === '') return true;
  return [item.message, item.externalNumber, item.errorCode].some((value) => value?.toLowerCase().includes(search) === true);
}

/** "projectCosts" (log) → "PROJECT_COSTS" (the TransferRegister enum). */
export function registerKey(register: string): string {
  return register.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

export interface DayOutcomes {
  readonly day: string;
  readonly counts: Record<Outcome, number>;
}

/** The API's per-day rows in the chart's shape. */
export function toDayOutcomes(rows: readonly { day: string; transferred: number; updated: number; skipped: number; failed: number }[]): DayOutcomes[] {
  return rows.map((row) => ({
    day: row.day,
    counts: { TRANSFERRED: row.transferred, UPDATED: row.updated, SKIPPED: row.skipped, FAILED: row.failed },
  }));
}

export interface RunCounts {
  readonly transferred: number;
  readonly updated: number;
  readonly skipped: number;
  readonly failed: number;
}

/** Adds one live item to its run's counts (a new map, so React sees the change). */
export function countItem(counts: ReadonlyMap<string, RunCounts>, item: LogItem): Map<string, RunCounts> {
  const key = item.outcome.toLowerCase() as keyof RunCounts;
  const current = counts.get(item.runId) ?? { transferred: 0, updated: 0, skipped: 0, failed: 0 };
  const next = new Map(counts);
  if (key in current) next.set(item.runId, { ...current, [key]: current[key] + 1 });
  return next;
}
