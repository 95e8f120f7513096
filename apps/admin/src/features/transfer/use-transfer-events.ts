import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { TransferEventData } from './transfer-log-state';
import { TransferEventsSubscription } from './transfer.graphql';

export type LiveStatus = 'live' | 'reconnecting';

const firstRetryMs = 500;
const maxRetryMs = 10_000;

/**
 * The tenant's transfer events, live. When the socket drops, it subscribes again with the cursor
 * of the last event it saw, so the API replays what happened meanwhile and nothing is missed;
 * events it has already seen (cursor not newer) are skipped.
 */
export function useTransferEvents(connectionId: string | null, onEvent: (event: TransferEventData) => void): LiveStatus {
  const client = useClient();
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const [status, setStatus] = useState<LiveStatus>('live');

  useEffect(() => {
    let lastCursor: string | null = null;
    let stopped = false;
    let retryMs = firstRetryMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current: { unsubscribe(): void } | undefined;

    const subscribe = () => {
      current = client.subscription(TransferEventsSubscription, { after: lastCursor, connectionId }).subscribe((result) => {
        if (result.error !== undefined) {
          current?.unsubscribe();
          if (stopped) return;
          setStatus('reconnecting');
          timer = setTimeout(subscribe, retryMs);
          retryMs = Math.min(maxRetryMs, retryMs * 2);
          return;
        }
        const event = result.data?.transferEvents;
        if (event === undefined) return;
        if (lastCursor !== null && BigInt(event.cursor) <= BigInt(lastCursor)) return;
        lastCursor = event.cursor;
        retryMs = firstRetryMs;
        setStatus('live');
        handler.current(event);
      });
    };
    subscribe();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      current?.unsubscribe();
    };
  }, [client, connectionId]);

  return status;
}
