import { Router } from '../core/router.js';
import type { SandboxOptions, StartedSandbox } from '../core/sandbox.js';
import { startSandboxServer } from '../core/server.js';
import { mountInvoiceRoutes } from './routes-invoices.js';
import { mountJournalRoutes } from './routes-journals.js';
import { mountProjectRoutes, PROJECTS_API_PREFIXES } from './routes-projects.js';
import { mountRecordRoutes } from './routes-records.js';
import { mountReferenceRoutes } from './routes-reference.js';
import { seedDemoRecords, seedReferenceData } from './seed.js';
import { EconomicStore, type EconomicCredentials } from './store.js';
import { economicStyle } from './style.js';

export { EconomicStore, PAYMENTS_JOURNAL, type EconomicCredentials } from './store.js';
export { STANDARD_LAYOUT } from './seed.js';

/** Options for the e-conomic sandbox on top of the ones every sandbox takes. */
export interface EconomicSandboxOptions extends SandboxOptions {
  /** Fixed tokens, e.g. for a demo with stable credentials. @default random per start */
  readonly credentials?: Partial<EconomicCredentials>;
  /** The sandbox's clock, for `lastUpdated` and due dates. @default the system clock */
  readonly now?: () => Date;
}

/** e-conomic's fair use: 50 000 calls per 24 h per agreement (vendor-apis.md §1.4). */
export const economicRateLimit = { limit: 50_000, windowMs: 24 * 60 * 60 * 1000 } as const;

/**
 * Starts an e-conomic REST API simulator: both token headers, the vendor's collections,
 * validation and error bodies, drafts → booked invoices, journal vouchers (customer payments and
 * supplier invoices), and the Projects API under `/api/v20.0.0/projects` (and `/projects`).
 * Reference data is always there, since no agreement is without it; `seedData` adds demo
 * customers, products and projects. `credentials` match the connector's credentials schema.
 */
export async function startEconomicSandbox(options: EconomicSandboxOptions = {}): Promise<StartedSandbox<EconomicStore>> {
  const store = new EconomicStore(options.credentials, options.now);
  seedReferenceData(store);
  if (options.seedData ?? true) seedDemoRecords(store);

  const router = new Router();
  mountReferenceRoutes(router, store);
  mountRecordRoutes(router, store);
  mountInvoiceRoutes(router, store);
  mountJournalRoutes(router, store);
  mountProjectRoutes(router, store);

  const running = await startSandboxServer({
    router,
    style: economicStyle,
    // `null` from the caller switches throttling off; undefined keeps the vendor's budget.
    rateLimit: options.rateLimit === undefined ? economicRateLimit : options.rateLimit,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.faults === undefined ? {} : { faults: options.faults }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  return {
    ...running,
    system: 'e-conomic',
    credentials: {
      appSecretToken: store.credentials.appSecretToken,
      agreementGrantToken: store.credentials.agreementGrantToken,
      baseUrl: running.baseUrl,
      projectsBaseUrl: `${running.baseUrl}${PROJECTS_API_PREFIXES[0]}`,
    },
    store,
  };
}
