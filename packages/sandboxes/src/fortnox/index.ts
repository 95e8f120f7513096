import { mountFiles } from './routes-files.js';
import { mountInvoiceFiles } from './routes-invoice-files.js';
import { Router } from '../core/router.js';
import type { SandboxOptions, StartedSandbox } from '../core/sandbox.js';
import { startSandboxServer } from '../core/server.js';
import { fortnoxControlRoutes } from './control.js';
import { issueTokenPair, mountOauth } from './oauth.js';
import { mountInvoiceActions } from './routes-invoice-actions.js';
import { mountInvoices } from './routes-invoices.js';
import { mountPayments } from './routes-payments.js';
import { mountPrices } from './routes-prices.js';
import { mountRegisters } from './routes-registers.js';
import { mountSupplierInvoices } from './routes-supplier-invoices.js';
import { seedFortnox } from './seed.js';
import { FortnoxStore, type FortnoxSettings } from './store.js';
import { fortnoxStyle } from './style.js';

export { FortnoxStore, type ArchiveFile, type FortnoxSettings } from './store.js';
export { connectSupplierInvoiceFile } from './routes-files.js';

/** Options for the Fortnox sandbox on top of the ones every sandbox takes. */
export interface FortnoxSandboxOptions extends SandboxOptions {
  /** Token lifetimes and the öre-rounding switch, e.g. a 1 s access token for refresh tests. */
  readonly settings?: Partial<FortnoxSettings>;
  /**
   * Redirect URIs registered for the demo OAuth client; an entry ending in `*` matches by prefix.
   * @default any http://localhost or http://127.0.0.1 URI
   */
  readonly redirectUris?: readonly string[];
}

/** The OAuth client the sandbox registers, as an app in Fortnox's developer portal would be. */
export const fortnoxDemoClient = { clientId: 'LbFnxDemo8Vu', clientSecret: 'yFKdemo0LQ' } as const;

/** Every scope the sandbox's routes check; the ready token pair holds all of them. */
export const fortnoxScopes = 'companyinformation customer article price project invoice payment supplierinvoice supplier settings connectfile archive inbox';

/** Fortnox's documented budget: 25 requests per 5 s per access token (§2.4). */
export const fortnoxRateLimit = { limit: 25, windowMs: 5_000 } as const;

/**
 * Starts a Fortnox API v3 simulator: OAuth2 authorization-code flow with rotating refresh tokens,
 * `/3/...` resources with Fortnox's envelopes, rules and errors, and a per-token rate limit.
 * `credentials` hold a ready token pair plus the URLs a connector needs to reach this server.
 */
export async function startFortnoxSandbox(options: FortnoxSandboxOptions = {}): Promise<StartedSandbox<FortnoxStore>> {
  const store = new FortnoxStore(options.settings);
  store.clients.set(fortnoxDemoClient.clientId, {
    clientSecret: fortnoxDemoClient.clientSecret,
    name: 'Ledgerbridge',
    redirectUris: options.redirectUris ?? ['http://localhost*', 'http://127.0.0.1*'],
  });
  if (options.seedData ?? true) seedFortnox(store);

  const router = new Router();
  mountOauth(router, store);
  mountRegisters(router, store);
  mountInvoices(router, store);
  mountInvoiceActions(router, store);
  mountPayments(router, store);
  mountPrices(router, store);
  mountSupplierInvoices(router, store);
  mountFiles(router, store);
  mountInvoiceFiles(router, store);

  const running = await startSandboxServer({
    router,
    control: fortnoxControlRoutes(store),
    style: fortnoxStyle,
    rateLimit: options.rateLimit === undefined ? fortnoxRateLimit : options.rateLimit,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.faults === undefined ? {} : { faults: options.faults }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const tokens = issueTokenPair(store, fortnoxDemoClient.clientId, fortnoxScopes);
  return {
    ...running,
    system: 'fortnox',
    store,
    credentials: {
      clientId: fortnoxDemoClient.clientId,
      clientSecret: fortnoxDemoClient.clientSecret,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      expiresAt: new Date(store.now() + tokens.expires_in * 1000).toISOString(),
      baseUrl: running.baseUrl,
      tokenUrl: `${running.baseUrl}/oauth-v1/token`,
      authorizeUrl: `${running.baseUrl}/oauth-v1/auth`,
    },
  };
}
