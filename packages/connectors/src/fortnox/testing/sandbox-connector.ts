import { startFortnoxSandbox } from '@ledgerbridge/sandboxes';
import type { Connector } from '../../core/connector.js';
import { silentLogger, systemClock } from '../../core/connector-context.js';
import type { OauthTokens } from '../../core/oauth.js';
import type { CanonicalRecords } from '../../core/records.js';
import { createFortnoxConnector, type FortnoxCredentials, fortnoxCredentialsSchema, type FortnoxSettings } from '../index.js';

export type FortnoxSandbox = Awaited<ReturnType<typeof startFortnoxSandbox>>;

/** A seeded Fortnox sandbox, a connector wired to it over HTTP, and every token pair it persisted. */
export interface SandboxConnector {
  readonly sandbox: FortnoxSandbox;
  readonly connector: Connector<CanonicalRecords>;
  readonly credentials: FortnoxCredentials;
  readonly persisted: OauthTokens[];
}

/** Starts the sandbox (no rate limit unless asked) and a connector; override credentials to set up expiry. */
export async function startSandboxConnector(
  options: { credentials?: Partial<FortnoxCredentials>; settings?: FortnoxSettings; rateLimit?: { limit: number; windowMs: number } | null } = {},
): Promise<SandboxConnector> {
  const sandbox = await startFortnoxSandbox({ rateLimit: options.rateLimit ?? null });
  const credentials: FortnoxCredentials = { ...fortnoxCredentialsSchema.parse(sandbox.credentials), ...options.credentials };
  const persisted: OauthTokens[] = [];
  const connector = createFortnoxConnector({
    credentials,
    settings: options.settings ?? {},
    fetch: globalThis.fetch,
    clock: systemClock,
    logger: silentLogger,
    onTokens: (tokens) => {
      persisted.push(tokens);
      return Promise.resolve();
    },
  });
  return { sandbox, connector, credentials, persisted };
}
