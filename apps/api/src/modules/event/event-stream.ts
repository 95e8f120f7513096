import type { EventHub } from './event-hub.js';

const BATCH = 500;

/**
 * An async iterator over a tenant's events after a cursor: first the backlog (replay), then
 * live ones as the hub signals. Hand-written rather than a generator so that `return()` (the
 * client unsubscribing) ends it at once even while it is waiting for news.
 */
export function eventStream<T extends { id: string }>(
  hub: EventHub,
  tenantId: string,
  afterId: string,
  fetchAfter: (afterId: string, limit: number) => Promise<T[]>,
): AsyncIterableIterator<T> {
  let cursor = afterId;
  let buffer: T[] = [];
  let dirty = true;
  let closed = false;
  let wakeUp: (() => void) | undefined;
  const unsubscribe = hub.onTenant(tenantId, () => {
    dirty = true;
    wakeUp?.();
  });

  const close = (): IteratorResult<T> => {
    closed = true;
    unsubscribe();
    wakeUp?.();
    return { done: true, value: undefined };
  };

  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      while (!closed) {
        const head = buffer.shift();
        if (head) return { done: false, value: head };
        if (!dirty) {
          await new Promise<void>((resolve) => (wakeUp = resolve));
          wakeUp = undefined;
          continue;
        }
        dirty = false;
        const rows = await fetchAfter(cursor, BATCH);
        if (rows.length === BATCH) dirty = true;
        if (rows.length > 0) cursor = rows[rows.length - 1]!.id;
        buffer = rows;
      }
      return { done: true, value: undefined };
    },
    async return(): Promise<IteratorResult<T>> {
      return close();
    },
    async throw(error?: unknown): Promise<IteratorResult<T>> {
      close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
