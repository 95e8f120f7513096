// Vendor API simulators: real HTTP servers that a client written from the vendor's docs cannot
// tell from the vendor for the subset Ledgerbridge uses. For `npm start`, tests and benchmarks;
// production code never imports this package.

/** The external systems a sandbox simulates, one per connector. */
export const sandboxSystemIds = [
  'e-conomic',
  'fortnox',
  'billy',
  'dinero',
  'visma-eaccounting',
  'visma-net',
  'autoinvoice',
] as const;

export type { FaultSettings } from './core/faults.js';
export type { RateLimit, RateLimitStats } from './core/rate-limiter.js';
export type { SandboxOptions, StartedSandbox, SandboxStarter } from './core/sandbox.js';
export { sandboxStarters } from './registry.js';
export * from './e-conomic/index.js';
export * from './fortnox/index.js';
export * from './smtp/index.js';
