/**
 * Faults a sandbox injects so tests and benchmarks can prove the engine right when the vendor is
 * not: slow answers, 5xx errors, answers that never come, and the worst case for duplicates:
 * the write is committed but the connection drops before the response.
 */
export interface FaultSettings {
  /** Added to every response. @default 0 */
  latencyMs: number;
  /** Share of requests answered with a 5xx before doing anything (0..1). @default 0 */
  errorRate: number;
  /** Share of requests that hang until the client gives up (0..1). @default 0 */
  timeoutRate: number;
  /** Share of state-changing requests whose connection is destroyed after the change committed (0..1). @default 0 */
  dropAfterCommitRate: number;
}

export const noFaults: FaultSettings = { latencyMs: 0, errorRate: 0, timeoutRate: 0, dropAfterCommitRate: 0 };

/** Seeded so a failing run can be replayed exactly (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  settings: FaultSettings;
  private readonly random: () => number;

  constructor(settings: Partial<FaultSettings> = {}, seed = 1) {
    this.settings = { ...noFaults, ...settings };
    this.random = seededRandom(seed);
  }

  update(settings: Partial<FaultSettings>): FaultSettings {
    this.settings = { ...this.settings, ...settings };
    return this.settings;
  }

  /** What to do before the handler runs. */
  before(): 'error' | 'timeout' | 'proceed' {
    const r = this.random();
    if (r < this.settings.errorRate) return 'error';
    if (r < this.settings.errorRate + this.settings.timeoutRate) return 'timeout';
    return 'proceed';
  }

  /** Whether to drop the connection after a committed write. */
  dropAfterCommit(): boolean {
    return this.settings.dropAfterCommitRate > 0 && this.random() < this.settings.dropAfterCommitRate;
  }
}
