import { act, render } from '@testing-library/react';
import type { Client, OperationResult } from 'urql';
import { CombinedError, Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSubject, pipe, subscribe, type Subject } from 'wonka';
import type { TransferEventData } from './transfer-log-state';
import { useTransferEvents, type LiveStatus } from './use-transfer-events';

function event(cursor: string): TransferEventData {
  return { cursor, kind: 'TRANSFER_ITEM', connectionId: null, occurredAt: '2026-11-23T10:00:00.000Z', payload: {} };
}

describe('useTransferEvents', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('should resubscribe after a dropped socket from the last cursor it saw and skip replayed events', () => {
    const emit = (subject: Subject<OperationResult>, result: Partial<OperationResult>) => act(() => subject.next(result as OperationResult));
    const subjects: Subject<OperationResult>[] = [];
    const variables: unknown[] = [];
    const client = {
      subscription: vi.fn((_query: unknown, vars: unknown) => {
        variables.push(vars);
        const subject = makeSubject<OperationResult>();
        subjects.push(subject);
        return { subscribe: (onResult: (result: OperationResult) => void) => pipe(subject.source, subscribe(onResult)) };
      }),
    } as unknown as Client;
    const seen: string[] = [];
    const statuses: LiveStatus[] = [];
    function Probe() {
      statuses.push(useTransferEvents('C1', (e) => seen.push(e.cursor)));
      return null;
    }
    render(
      <Provider value={client}>
        <Probe />
      </Provider>,
    );
    expect(variables).toEqual([{ after: null, connectionId: 'C1' }]);
    emit(subjects[0]!, { data: { transferEvents: event('7') } });
    emit(subjects[0]!, { data: { transferEvents: event('8') } });
    emit(subjects[0]!, { error: new CombinedError({ networkError: new Error('socket closed') }) });
    expect(statuses.at(-1)).toBe('reconnecting');

    act(() => vi.advanceTimersByTime(500));
    expect(variables[1]).toEqual({ after: '8', connectionId: 'C1' });
    // the API replays from the cursor; an event seen before the drop is not delivered twice
    emit(subjects[1]!, { data: { transferEvents: event('8') } });
    emit(subjects[1]!, { data: { transferEvents: event('9') } });
    expect(seen).toEqual(['7', '8', '9']);
    expect(statuses.at(-1)).toBe('live');
  });
});
