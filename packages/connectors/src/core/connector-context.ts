import type { RateBudget, RatePriority } from './rate-budget.js';

// Connectors get their I/O handed in, so tests and sandboxes can swap the network, the log sink
// and time without module mocks, and this package never reaches for globals.

/** The subset of WHATWG `fetch` connectors use; the global `fetch` satisfies it. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Structured fields first, like pino, so a pino logger (or a child of one) can be passed as is. */
export type LogMethod = (fields: Record<string, unknown>, message: string) => void;

/** Where connectors write diagnostics; fields must already be redacted. */
export interface ConnectorLogger {
  readonly debug: LogMethod;
  readonly info: LogMethod;
  readonly warn: LogMethod;
  readonly error: LogMethod;
}

/** Time as the connector sees it; a fake clock makes token expiry and backoff testable. */
export interface Clock {
  /** The current time. */
  now(): Date;
  /** Resolves after `ms` milliseconds of this clock's time. */
  sleep(ms: number): Promise<void>;
}

/** The services every connector factory receives. */
export interface ConnectorContext {
  readonly fetch: FetchLike;
  readonly logger: ConnectorLogger;
  readonly clock: Clock;
  /** How long one vendor request may take before it counts as a (retryable) timeout. @default 30000 */
  readonly requestTimeoutMs?: number;
  /**
   * The connection's request budget, shared with whoever else calls this vendor for it (other
   * processes too). @default an in-process bucket sized from the manifest's rate-limit hint
   */
  readonly rateBudget?: RateBudget;
  /** Who waits for this connector's calls. @default 'USER' */
  readonly ratePriority?: RatePriority;
}

/**
 * What `create<Id>Connector(...)` takes: the context plus this connection's decrypted
 * credentials and validated settings.
 */
export interface ConnectorFactoryOptions<Credentials, Settings> extends ConnectorContext {
  readonly credentials: Credentials;
  readonly settings: Settings;
}

/** A clock backed by the real time; the default outside tests. */
export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A logger that drops everything, for callers that do not care about connector diagnostics. */
export const silentLogger: ConnectorLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
