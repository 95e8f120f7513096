import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { TransferItemFilter, TransferRegister } from '../../graphql/generated/graphql';
import { GeneralErrors } from '../../ui/form-field';
import { formatDateTime, transportMessage } from '../../ui/format';
import { VirtualList } from '../../ui/virtual-list';
import { FailuresByReason, OutcomesPerDayChart } from './transfer-charts';
import { TransferItemDetail } from './transfer-item-detail';
import {
  countItem, itemFromEvent, matchesFilter, mergeItems, outcomes, toDayOutcomes, type LogFilter, type LogItem, type Outcome, type RunCounts, type TransferEventData,
} from './transfer-log-state';
import { RunProgress, RunTransferForm, transferContext } from './run-panel';
import { TransferItemsQuery, TransferScreenQuery } from './transfer.graphql';
import { useTransferEvents } from './use-transfer-events';

const pageSize = 100;
const rowHeight = 44;
// Events come in bursts during a run; one refetch per burst keeps rows and counts exact.
const refreshAfterEventsMs = 400;

function toApiFilter(filter: LogFilter): TransferItemFilter {
  return {
    ...(filter.connectionId === null ? {} : { connectionId: filter.connectionId }),
    ...(filter.outcome === null ? {} : { outcomes: [filter.outcome] }),
    ...(filter.register === null ? {} : { registers: [filter.register as TransferRegister] }),
    ...(filter.search.trim() === '' ? {} : { search: filter.search.trim() }),
  };
}

export function TransfersPage() {
  const client = useClient();
  const [filter, setFilter] = useState<LogFilter>({ connectionId: null, outcome: null, register: null, search: '' });
  const [screen, refetchScreen] = useQuery({ query: TransferScreenQuery, variables: { connectionId: filter.connectionId }, context: transferContext });
  const [items, setItems] = useState<LogItem[]>([]);
  const [next, setNext] = useState<{ hasNextPage: boolean; endCursor: string | null; totalCount: number }>({
    hasNextPage: false,
    endCursor: null,
    totalCount: 0,
  });
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Stored run counts are written when a run finishes; until then the bar counts the live items.
  const [liveCounts, setLiveCounts] = useState<ReadonlyMap<string, RunCounts>>(new Map());
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const fetchPage = useCallback(
    async (after: string | null) => {
      const requested = filterRef.current;
      const result = await client
        .query(TransferItemsQuery, { first: pageSize, after, filter: toApiFilter(requested) }, { requestPolicy: 'network-only' })
        .toPromise();
      if (filterRef.current !== requested) return; // the filter changed meanwhile; a newer fetch is on its way
      const page = result.data?.transferItems;
      if (page === undefined) {
        setLoadProblem(transportMessage(result.error));
        return;
      }
      setLoadProblem(null);
      setItems((current) => mergeItems(current, page.nodes));
      // A head refresh (after === null) keeps the paging cursor once older pages are loaded.
      setNext((current) =>
        after !== null || current.endCursor === null
          ? { hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor ?? null, totalCount: page.totalCount }
          : { ...current, totalCount: page.totalCount },
      );
    },
    [client],
  );

  useEffect(() => {
    setItems([]);
    setNext({ hasNextPage: false, endCursor: null, totalCount: 0 });
    void fetchPage(null);
  }, [filter, fetchPage]);

  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);
  const liveStatus = useTransferEvents(filter.connectionId, (event: TransferEventData) => {
    const item = itemFromEvent(event);
    if (item !== null) setLiveCounts((current) => countItem(current, item));
    if (item !== null && matchesFilter(item, filterRef.current, event.connectionId)) {
      setItems((current) => mergeItems(current, [item]));
      setNext((current) => ({ ...current, totalCount: current.totalCount + 1 }));
    }
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => {
      void fetchPage(null);
      refetchScreen({ requestPolicy: 'network-only' });
    }, refreshAfterEventsMs);
  });

  const connections = screen.data?.connections ?? [];
  const runs = screen.data?.transferRuns ?? [];
  const selected = items.find((item) => item.id === selectedId) ?? null;
  const perDay = screen.data?.transferOutcomesPerDay;
  const days = useMemo(() => toDayOutcomes(perDay ?? []), [perDay]);

  return (
    <section aria-labelledby="transfers-title">
      <div className="title-row">
        <h1 id="transfers-title">Transfers</h1>
        <span className={`badge badge-${liveStatus === 'live' ? 'ok' : 'warn'}`} role="status" data-testid="live-status">
          {liveStatus === 'live' ? 'Live' : 'Reconnecting…'}
        </span>
      </div>
      {screen.error !== undefined && <GeneralErrors messages={[transportMessage(screen.error)]} />}
      <div className="panel">
        <h2>Filters</h2>
        <div className="row">
          <label className="field">
            <span>Connection</span>
            <select
              value={filter.connectionId ?? ''}
              onChange={(event) => setFilter({ ...filter, connectionId: event.target.value === '' ? null : event.target.value })}
            >
              <option value="">All connections</option>
              {connections.map((connection) => (
                <option key={connection.id} value={connection.id}>
                  {connection.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Outcome</span>
            <select
              value={filter.outcome ?? ''}
              onChange={(event) => setFilter({ ...filter, outcome: event.target.value === '' ? null : (event.target.value as Outcome) })}
            >
              <option value="">Any outcome</option>
              {outcomes.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {outcome}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Register</span>
            <select value={filter.register ?? ''} onChange={(event) => setFilter({ ...filter, register: event.target.value || null })}>
              <option value="">All registers</option>
              {['CUSTOMERS', 'PRODUCTS', 'PROJECTS', 'INVOICES', 'PAYMENTS', 'PROJECT_COSTS'].map((register) => (
                <option key={register} value={register}>
                  {register}
                </option>
              ))}
            </select>
          </label>
          <SearchField value={filter.search} onSearch={(search) => setFilter({ ...filter, search })} />
        </div>
      </div>
      <RunTransferForm connectionId={filter.connectionId ?? connections[0]?.id ?? null} />
      {runs.length > 0 && (
        <div className="panel">
          <h2>Latest run</h2>
          <RunProgress run={runs[0]!} liveCounts={liveCounts.get(runs[0]!.id)} />
        </div>
      )}
      <div className="transfer-log-layout">
        <div className="panel">
          <h2>
            Log <span className="muted">({next.totalCount} items)</span>
          </h2>
          {loadProblem !== null && <GeneralErrors messages={[loadProblem]} />}
          {items.length === 0 ? (
            <p>No transfer items match.</p>
          ) : (
            <VirtualList
              items={items}
              rowHeight={rowHeight}
              height={Math.min(480, items.length * rowHeight + 2)}
              label="Transfer log"
              getKey={(item) => item.id}
              renderRow={(item) => <LogRow item={item} isSelected={item.id === selectedId} onSelect={() => setSelectedId(item.id)} />}
            />
          )}
          {next.hasNextPage && (
            <button className="button button-secondary button-small" type="button" onClick={() => void fetchPage(next.endCursor)}>
              Load older items
            </button>
          )}
        </div>
        {selected !== null && <TransferItemDetail item={selected} onClose={() => setSelectedId(null)} />}
      </div>
      <div className="panel charts">
        <OutcomesPerDayChart days={days} />
        <FailuresByReason groups={screen.data?.transferErrorSummary ?? []} />
      </div>
    </section>
  );
}

function SearchField({ value, onSearch }: { value: string; onSearch: (search: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <form
      className="field"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <label htmlFor="transfer-search">Search</label>
      <input id="transfer-search" type="search" value={draft} placeholder="Message, ERP number or error code" onChange={(event) => setDraft(event.target.value)} />
    </form>
  );
}

function LogRow({ item, isSelected, onSelect }: { item: LogItem; isSelected: boolean; onSelect: () => void }) {
  const tone = item.outcome === 'FAILED' ? 'bad' : item.outcome === 'SKIPPED' ? 'warn' : 'ok';
  return (
    <button type="button" className="log-row" aria-pressed={isSelected} onClick={onSelect} data-outcome={item.outcome}>
      <span className={`badge badge-${tone}`}>{item.outcome}</span>
      <span className="log-register">{item.register}</span>
      <span className="log-message">{item.message ?? item.externalNumber ?? item.externalId ?? ''}</span>
      <span className="muted log-time">{formatDateTime(item.createdAt)}</span>
    </button>
  );
}
