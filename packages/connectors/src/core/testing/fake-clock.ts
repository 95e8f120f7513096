import type { Clock } from '../connector-context.js';

/** A {@link Clock} whose time only moves when a test says so. */
export interface FakeClock extends Clock {
  /** Every `sleep` requested, in order, in ms. */
  readonly sleeps: readonly number[];
  /** Sleepers not yet woken. */
  pendingSleeps(): number;
  /** Moves time forward, waking due sleepers in order and letting their continuations run. */
  advance(ms: number): Promise<void>;
  /** Sets the time without waking anyone; for expiry tests. */
  set(at: Date | string): void;
}

export interface FakeClockOptions {
  /** @default '2025-01-01T00:00:00.000Z' */
  readonly start?: Date | string;
  /**
   * When true, `sleep` moves time forward by itself and resolves at once, so code that backs
   * off in sequence runs without the test driving it. @default false
   */
  readonly autoAdvance?: boolean;
}

/** Lets pending promise chains settle; macrotask-based so long `await` chains finish too. */
export const flushPromises = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Creates a fake clock for tests of backoff, throttling and token expiry. */
export function createFakeClock(options: FakeClockOptions = {}): FakeClock {
  let nowMs = new Date(options.start ?? '2025-01-01T00:00:00.000Z').getTime();
  const sleeps: number[] = [];
  let timers: { dueMs: number; seq: number; resolve: () => void }[] = [];
  let seq = 0;

  return {
    sleeps,
    now: () => new Date(nowMs),
    sleep(ms) {
      const wait = Math.max(0, ms);
      sleeps.push(wait);
      if (options.autoAdvance === true) {
        nowMs += wait;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        timers.push({ dueMs: nowMs + wait, seq: (seq += 1), resolve });
      });
    },
    pendingSleeps: () => timers.length,
    async advance(ms) {
      const targetMs = nowMs + ms;
      await flushPromises();
      for (;;) {
        const due = timers.filter((timer) => timer.dueMs <= targetMs).sort((a, b) => a.dueMs - b.dueMs || a.seq - b.seq)[0];
        if (due === undefined) break;
        timers = timers.filter((timer) => timer !== due);
        nowMs = Math.max(nowMs, due.dueMs);
        due.resolve();
        await flushPromises();
      }
      nowMs = targetMs;
      await flushPromises();
    },
    set(at) {
      nowMs = new Date(at).getTime();
    },
  };
}
