import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describedByFor, FieldNotes, GeneralErrors } from '../../ui/form-field';
import { formatDateTime, transportMessage } from '../../ui/format';
import type { TransferEventData } from '../transfer/transfer-log-state';
import { useTransferEvents } from '../transfer/use-transfer-events';
import { liveLine, isEventOfRun, type LiveLine } from './initial-sync-state';
import { AcknowledgeInitialSyncErrorsMutation, InitialSyncQuery, StartInitialSyncMutation } from './reconciliation.graphql';

const finished = new Set(['SUCCEEDED', 'PARTIAL', 'FAILED']);
const maxLines = 50;

/** The one-off initial synchronisation: start it, follow it live, deal with its errors (SE-VN-60). */
export function InitialSyncPanel({ connectionId, onFinished }: { connectionId: string; onFinished?: () => void }) {
  const [{ data, error }, refetch] = useQuery({ query: InitialSyncQuery, variables: { connectionId }, requestPolicy: 'network-only' });
  const [{ fetching: starting }, start] = useMutation(StartInitialSyncMutation);
  const [{ fetching: acknowledging }, acknowledge] = useMutation(AcknowledgeInitialSyncErrorsMutation);
  const [startupImport, setStartupImport] = useState(false);
  const [errors, setErrors] = useState<{ startupImport?: string; general: readonly string[] }>({ general: [] });
  const [lines, setLines] = useState<readonly LiveLine[]>([]);
  const sync = data?.initialSync ?? null;
  const runId = sync?.run.id ?? null;
  const running = sync !== null && !finished.has(sync.run.status);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  // the run linked, updated or imported records: the comparison above is out of date once it ends
  const wasRunning = useRef(false);
  const finishedHandler = useRef(onFinished);
  finishedHandler.current = onFinished;
  useEffect(() => {
    if (wasRunning.current && !running) finishedHandler.current?.();
    wasRunning.current = running;
  }, [running]);

  const onRunEvent = (event: TransferEventData) => {
    if (runId === null || !isEventOfRun(event, runId)) return;
    const line = liveLine(event);
    if (line !== null) setLines((current) => [line, ...current].slice(0, maxLines));
    // many items arrive in a burst: one refetch of the counts after the burst is enough
    clearTimeout(timer.current);
    timer.current = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 300);
  };

  async function handleStart() {
    setErrors({ general: [] });
    setLines([]);
    const result = await start({ input: { connectionId, startupImport } });
    const payload = result.data?.startInitialSync;
    if (payload === undefined) setErrors({ general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) {
      const onImport = payload.errors.filter((e) => e.field?.[0] === 'startupImport').map((e) => e.message);
      setErrors({
        ...(onImport.length > 0 ? { startupImport: onImport.join(' ') } : {}),
        general: payload.errors.filter((e) => e.field?.[0] !== 'startupImport').map((e) => e.message),
      });
    }
    refetch({ requestPolicy: 'network-only' });
  }

  async function handleAcknowledge() {
    setErrors({ general: [] });
    const result = await acknowledge({ input: { connectionId } });
    const payload = result.data?.acknowledgeInitialSyncErrors;
    if (payload === undefined) setErrors({ general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors({ general: payload.errors.map((e) => e.message) });
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <div className="panel" aria-labelledby="initial-sync-title">
      <h2 id="initial-sync-title">Initial synchronisation</h2>
      {running && <RunEvents connectionId={connectionId} onEvent={onRunEvent} onTick={() => refetch({ requestPolicy: 'network-only' })} />}
      {error !== undefined && <GeneralErrors messages={[transportMessage(error)]} />}
      <GeneralErrors messages={errors.general} />
      {sync === null ? (
        <p className="muted">Not started. It runs once per connection: decide the comparison above first.</p>
      ) : (
        <div data-testid="initial-sync-progress">
          <p role="status">
            Started {formatDateTime(sync.startedAt)}
            {sync.startedBy === null || sync.startedBy === undefined ? '' : ` by ${sync.startedBy}`}: {sync.run.status.toLowerCase()} ·{' '}
            {sync.run.counts.transferred} transferred, {sync.run.counts.updated} updated, {sync.run.counts.skipped} skipped, {sync.run.counts.failed} failed
            {sync.startupImport ? ' · with start-up import' : ''}
          </p>
          {sync.run.error !== null && sync.run.error !== undefined && <p className="field-error">{sync.run.error}</p>}
        </div>
      )}
      {(sync === null || !running) && (
        <form
          className="bulk-bar"
          aria-label="Start the initial synchronisation"
          onSubmit={(event) => {
            event.preventDefault();
            void handleStart();
          }}
        >
          <label className="choice">
            <input
              type="checkbox"
              checked={startupImport}
              aria-describedby={describedByFor('initial-sync-import', undefined, errors.startupImport)}
              onChange={(event) => setStartupImport(event.target.checked)}
            />
            Start-up import: bring the ERP&apos;s products, customers and suppliers in (RB-05)
          </label>
          <FieldNotes id="initial-sync-import" error={errors.startupImport} />
          <button className="button" type="submit" disabled={starting}>
            Start initial sync
          </button>
        </form>
      )}
      {lines.length > 0 && (
        <ol className="live-lines" aria-label="Live transfer events" aria-live="polite">
          {lines.map((line) => (
            <li key={line.cursor} data-outcome={line.outcome}>
              {line.text}
            </li>
          ))}
        </ol>
      )}
      {sync !== null && sync.errors.length > 0 && (
        <div className="sync-errors">
          <h3>Errors ({sync.openErrorCount} open)</h3>
          {sync.isBlockingNextSync ? (
            <p className="warning">Open errors block the next synchronisation until the records are fixed and retried, or acknowledged (SE-VN-60).</p>
          ) : (
            <p className="muted">
              Acknowledged {formatDateTime(sync.errorsAcknowledgedAt)}
              {sync.errorsAcknowledgedBy === null || sync.errorsAcknowledgedBy === undefined ? '' : ` by ${sync.errorsAcknowledgedBy}`}.
            </p>
          )}
          <ul>
            {sync.errors.map((item) => (
              <li key={item.id}>
                <strong>{item.register}</strong> {item.externalId ?? ''} {item.errorCode === null || item.errorCode === undefined ? '' : `(${item.errorCode})`}:{' '}
                {item.message ?? 'failed'}
              </li>
            ))}
          </ul>
          {sync.isBlockingNextSync && (
            <button className="button button-secondary" type="button" disabled={acknowledging} onClick={() => void handleAcknowledge()}>
              Acknowledge errors
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** Listens only while the run is going, so an idle screen holds no socket. */
function RunEvents({ connectionId, onEvent, onTick }: { connectionId: string; onEvent: (event: TransferEventData) => void; onTick: () => void }) {
  const status = useTransferEvents(connectionId, onEvent);
  const tick = useRef(onTick);
  tick.current = onTick;
  useEffect(() => {
    // events that went by before the socket opened would leave the counts behind: check now and then too
    const interval = setInterval(() => tick.current(), 5000);
    return () => clearInterval(interval);
  }, []);
  return (
    <p className="muted" data-testid="initial-sync-live">
      {status === 'live' ? 'Following the run live.' : 'Reconnecting to the live events…'}
    </p>
  );
}
