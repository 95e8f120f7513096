import { expect } from 'vitest';
import type { TestApp } from './create-test-app.js';
import { gql, wsClient, type GqlResponse } from './gql.js';

export const COMPARE = `query ($c: ID!, $r: ReconcileRegister!, $first: Int, $after: String) {
  registerComparison(connectionId: $c, register: $r, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    rows { ours { id number name isActive } theirs { id number name isActive } score basis predictedAction isLinked oursDecision theirsDecision }
    errors { code message field } } }`;

export const DECIDE = `mutation ($input: DecideRegisterRecordsInput!) { decideRegisterRecords(input: $input) {
  decisions { action side recordId externalId } errors { code message field } } }`;

const INITIAL_FIELDS = `connectionId startupImport openErrorCount isBlockingNextSync errorsAcknowledgedAt
  run { id status trigger registers counts { transferred updated skipped failed } items { register direction outcome errorCode message externalId recordId } }
  errors { id register recordId message }`;
export const START_INITIAL = `mutation ($input: StartInitialSyncInput!) { startInitialSync(input: $input) { initialSync { ${INITIAL_FIELDS} } errors { code message field } } }`;
export const INITIAL = `query ($c: ID!) { initialSync(connectionId: $c) { ${INITIAL_FIELDS} } }`;
export const ACKNOWLEDGE = `mutation ($input: AcknowledgeInitialSyncErrorsInput!) { acknowledgeInitialSyncErrors(input: $input) { initialSync { ${INITIAL_FIELDS} } errors { code message field } } }`;

export interface Row {
  ours: { id: string; number: string | null; name: string; isActive: boolean } | null;
  theirs: { id: string; number: string | null; name: string; isActive: boolean } | null;
  score: number;
  basis: string | null;
  predictedAction: string;
  isLinked: boolean;
  oursDecision: string | null;
  theirsDecision: string | null;
}

/** Every row of a register's comparison, page by page. */
export async function compareAll(app: TestApp, token: string, connectionId: string, register: string, pageSizeN = 3): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GqlResponse<any> = await gql(app, COMPARE, { c: connectionId, r: register, first: pageSizeN, after }, token);
    const payload: any = res.data?.registerComparison;
    expect(payload?.errors, JSON.stringify(res)).toEqual([]);
    rows.push(...payload.rows);
    if (!payload.pageInfo.hasNextPage) {
      expect(rows).toHaveLength(payload.totalCount);
      return rows;
    }
    after = payload.pageInfo.endCursor;
  }
}

export async function initialSyncDone(app: TestApp, token: string, connectionId: string, timeoutMs = 120_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await gql(app, INITIAL, { c: connectionId }, token);
    const sync = res.data?.initialSync;
    if (sync && ['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(sync.run.status)) return sync;
    if (Date.now() > deadline) throw new Error(`initial sync did not finish: ${JSON.stringify(res)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface StreamedEvent {
  cursor: string;
  kind: string;
  payload: Record<string, unknown>;
}

/** The run's events from the live stream, replayed from the start, up to its TRANSFER_RUN_FINISHED. */
export async function runEvents(app: TestApp, token: string, runId: string, timeoutMs = 60_000): Promise<StreamedEvent[]> {
  const client = wsClient(app, token);
  const rowId = Buffer.from(runId, 'base64').toString().split(':').pop();
  const events: StreamedEvent[] = [];
  try {
    return await new Promise<StreamedEvent[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no TRANSFER_RUN_FINISHED for ${runId}: ${JSON.stringify(events)}`)), timeoutMs);
      const stop = client.subscribe<{ transferEvents: StreamedEvent }>({ query: 'subscription { transferEvents(after: "0") { cursor kind payload } }' }, {
        next: (v) => {
          const e = v.data?.transferEvents;
          if (!e || (e.payload['runId'] !== rowId && e.payload['runId'] !== runId)) return;
          events.push(e);
          if (e.kind === 'TRANSFER_RUN_FINISHED') {
            clearTimeout(timer);
            stop();
            resolve(events);
          }
        },
        error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
        complete: () => undefined,
      });
    });
  } finally {
    await client.dispose();
  }
}
