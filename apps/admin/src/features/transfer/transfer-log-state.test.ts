import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id';
import { countItem, itemFromEvent, matchesFilter, mergeItems, toDayOutcomes, type LogItem } from './transfer-log-state';

const itemEvent = {
  cursor: '41',
  kind: 'TRANSFER_ITEM',
  connectionId: 'Q29ubmVjdGlvbjox',
  occurredAt: '2026-11-23T10:00:05.000Z',
  payload: {
    runId: '8d0b5a4e-5b0f-4a43-9d0e-1f3f4c1d2a10',
    itemId: '0f7c2f1e-2c1b-4f57-8d8e-5d0f2b9a7c11',
    register: 'customers',
    recordId: 'rec-1',
    direction: 'export',
    outcome: 'FAILED',
    errorCode: 'REJECTED',
    message: 'Customer group 999 does not exist',
    externalId: null,
    externalNumber: null,
  },
};

function item(id: string, createdAt: string, overrides: Partial<LogItem> = {}): LogItem {
  return {
    id, runId: 'R', register: 'customers', recordId: null, direction: 'export', outcome: 'TRANSFERRED', errorCode: null, message: null,
    externalId: null, externalNumber: null, attempts: 1, request: { name: 'x' }, response: null, createdAt, ...overrides,
  };
}

describe('itemFromEvent', () => {
  it('should turn a TRANSFER_ITEM event into a log row with the ids queries use', () => {
    const row = itemFromEvent(itemEvent);
    expect(row).toMatchObject({
      id: toGlobalId('TransferItem', itemEvent.payload.itemId),
      runId: toGlobalId('TransferRun', itemEvent.payload.runId),
      outcome: 'FAILED',
      errorCode: 'REJECTED',
      request: null,
      createdAt: '2026-11-23T10:00:05.000Z',
    });
  });

  it('should ignore other kinds of events', () => {
    expect(itemFromEvent({ ...itemEvent, kind: 'TRANSFER_RUN_STARTED' })).toBeNull();
  });

  it('should encode global ids as base64url of Type:id', () => {
    expect(toGlobalId('TransferRun', 'abc')).toBe('VHJhbnNmZXJSdW46YWJj');
  });
});

describe('mergeItems', () => {
  it('should keep one row per item, newest first, and prefer the row that has the request', () => {
    const fetched = item('A', '2026-11-23T10:00:00.000Z');
    const live = { ...item('A', '2026-11-23T10:00:00.000Z'), request: null };
    const newer = item('B', '2026-11-23T10:01:00.000Z');
    expect(mergeItems([fetched], [live, newer]).map((row) => [row.id, row.request !== null])).toEqual([
      ['B', true],
      ['A', true],
    ]);
    expect(mergeItems([live], [fetched])[0]?.request).toEqual({ name: 'x' });
  });
});

describe('matchesFilter', () => {
  const row = item('A', '2026-11-23T10:00:00.000Z', { outcome: 'FAILED', register: 'projectCosts', message: 'Cost account missing' });
  const none = { connectionId: null, outcome: null, register: null, search: '' };

  it('should apply outcome, register, connection and search like the API', () => {
    expect(matchesFilter(row, none, 'C1')).toBe(true);
    expect(matchesFilter(row, { ...none, outcome: 'TRANSFERRED' }, 'C1')).toBe(false);
    expect(matchesFilter(row, { ...none, register: 'PROJECT_COSTS' }, 'C1')).toBe(true);
    expect(matchesFilter(row, { ...none, register: 'CUSTOMERS' }, 'C1')).toBe(false);
    expect(matchesFilter(row, { ...none, connectionId: 'C2' }, 'C1')).toBe(false);
    expect(matchesFilter(row, { ...none, search: 'ACCOUNT' }, 'C1')).toBe(true);
    expect(matchesFilter(row, { ...none, search: 'invoice' }, 'C1')).toBe(false);
  });
});

describe('toDayOutcomes', () => {
  it('should key the API\'s per-day counts by outcome', () => {
    expect(toDayOutcomes([{ day: '2026-11-23', transferred: 4, updated: 1, skipped: 0, failed: 2 }])).toEqual([
      { day: '2026-11-23', counts: { TRANSFERRED: 4, UPDATED: 1, SKIPPED: 0, FAILED: 2 } },
    ]);
  });
});

describe('countItem', () => {
  it('should count live items per run and outcome', () => {
    let counts = countItem(new Map(), item('A', '2026-11-23T10:00:00.000Z', { runId: 'R1', outcome: 'FAILED' }));
    counts = countItem(counts, item('B', '2026-11-23T10:00:01.000Z', { runId: 'R1' }));
    counts = countItem(counts, item('C', '2026-11-23T10:00:02.000Z', { runId: 'R2' }));
    expect(counts.get('R1')).toEqual({ transferred: 1, updated: 0, skipped: 0, failed: 1 });
    expect(counts.get('R2')).toEqual({ transferred: 1, updated: 0, skipped: 0, failed: 0 });
  });
});
