import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDateTime, transportMessage } from '../../ui/format';
import { transferContext } from './run-panel';
import type { LogItem } from './transfer-log-state';
import { RetryTransferItemsMutation } from './transfer.graphql';

export function TransferItemDetail({ item, onClose }: { item: LogItem; onClose: () => void }) {
  const [{ fetching }, retry] = useMutation(RetryTransferItemsMutation);
  const [outcome, setOutcome] = useState<string | null>(null);

  async function handleRetry() {
    setOutcome(null);
    const result = await retry({ input: { runId: item.runId, itemIds: [item.id] } }, transferContext);
    const payload = result.data?.retryTransferItems;
    if (payload === undefined) setOutcome(transportMessage(result.error));
    else if (payload.errors.length > 0) setOutcome(payload.errors.map((e) => e.message).join(' '));
    else setOutcome(`Queued again (${payload.retried} item${payload.retried === 1 ? '' : 's'}).`);
  }

  return (
    <aside className="panel item-detail" aria-labelledby="item-detail-title">
      <div className="row">
        <h2 id="item-detail-title">
          {item.register} · {item.outcome}
        </h2>
        <button className="button button-secondary button-small" type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="facts">
        <dt>When</dt>
        <dd>{formatDateTime(item.createdAt)}</dd>
        <dt>Direction</dt>
        <dd>{item.direction}</dd>
        <dt>ERP number</dt>
        <dd>{item.externalNumber ?? item.externalId ?? '—'}</dd>
        <dt>Attempts</dt>
        <dd>{item.attempts}</dd>
      </dl>
      <h3>What the system answered</h3>
      <p data-testid="vendor-answer">
        {item.errorCode === null && item.message === null ? 'Accepted.' : [item.errorCode, item.message].filter(Boolean).join(': ')}
      </p>
      {item.response !== null ? (
        <VendorResponse response={item.response} />
      ) : (
        item.outcome !== 'FAILED' && item.outcome !== 'SKIPPED' && <p className="muted" data-testid="no-vendor-response">No vendor answer was kept for this item.</p>
      )}
      <h3>What we sent</h3>
      {item.request === null ? (
        <p className="muted">Loading the request…</p>
      ) : (
        <pre className="json" data-testid="item-request">
          {JSON.stringify(item.request, null, 2)}
        </pre>
      )}
      {item.outcome === 'FAILED' && (
        <button className="button" type="button" disabled={fetching} onClick={() => void handleRetry()}>
          Retry this item
        </button>
      )}
      {outcome !== null && <p role="status">{outcome}</p>}
    </aside>
  );
}

/** The ERP's own answer as the engine stored it (already redacted and capped by the API). */
function VendorResponse({ response }: { response: Record<string, unknown> }) {
  const status = typeof response['httpStatus'] === 'number' ? `HTTP ${response['httpStatus']}` : 'No HTTP answer';
  const body = response['body'] ?? response;
  return (
    <>
      <h4>
        Vendor response · <span data-testid="vendor-status">{status}</span>
        {response['truncated'] === true && <span className="muted"> (cut at 16 kB)</span>}
      </h4>
      <pre className="json" data-testid="item-response">
        {typeof body === 'string' ? body : JSON.stringify(body, null, 2)}
      </pre>
    </>
  );
}
