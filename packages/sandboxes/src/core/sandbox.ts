import type { FaultSettings } from './faults.js';
import type { RateLimit } from './rate-limiter.js';
import type { RunningSandbox } from './server.js';

/** Options every vendor sandbox accepts. */
export interface SandboxOptions {
  readonly port?: number;
  readonly host?: string;
  /** Seed realistic demo data (customers, products, reference data). @default true */
  readonly seedData?: boolean;
  readonly faults?: Partial<FaultSettings>;
  /** Override the vendor's documented limit, e.g. tighter for tests. */
  readonly rateLimit?: RateLimit | null;
  /** Seed for fault randomness. */
  readonly seed?: number;
}

/** A started vendor sandbox: where it listens and credentials that work against it. */
export interface StartedSandbox<Store = unknown> extends RunningSandbox {
  readonly system: string;
  /** Credentials in the shape the matching connector's credentials schema expects. */
  readonly credentials: Readonly<Record<string, string>>;
  /** The in-memory state, for tests that assert on what the "vendor" holds. */
  readonly store: Store;
}

export type SandboxStarter = (options: SandboxOptions) => Promise<StartedSandbox>;
