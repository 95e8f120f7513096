import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '@ledgerbridge/connectors';
import type { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import { appRoleUrl } from '../db/bootstrap-roles.js';
import { openDatabase } from '../db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres.js';
import { createSchema } from '../graphql/schema.js';
import { startHttpServer, type RunningHttpServer } from '../http/server.js';
import { runTransferJob } from '../jobs/run-transfer.job.js';
import { scheduleTick } from '../jobs/schedule-tick.job.js';
import { nightlyInvoicingTick } from '../jobs/nightly-invoicing.job.js';
import { inventoryValueTick } from '../jobs/post-inventory-value.job.js';
import type { Logger } from '../logging/logger.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { connectorCatalog } from '../modules/connection/connector-entries.js';
import { CredentialVault } from '../modules/connection/vault.js';
import { EventHub } from '../modules/event/event-hub.js';
import type { ServiceDeps } from '../modules/services.js';
import { tenantInstallers } from '../modules/tenant-installers.js';
import { createScheduler } from '../worker/scheduler.js';
import { createMailer } from '../mail/mailer.js';
import { defaultDataDir, ensureDataDir, loadOrCreateSecrets } from './data-dir.js';

export interface RunningApp {
  url: string;
  port: number;
  ds: DataSource;
  dataDir: string;
  operatorToken: string;
  operatorTokenCreated: boolean;
  embedded: boolean;
  serviceDeps: ServiceDeps;
  stop(): Promise<void>;
}

const adminDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../admin/dist');

/** Starts what ROLE asks for, in dependency order, and stops it in reverse. */
export async function startApp(env: Env, logger: Logger, hooks: { onQuery?: (requestId: string, sql: string) => void } = {}): Promise<RunningApp> {
  const dataDir = ensureDataDir(env.DATA_DIR ?? defaultDataDir());
  const { secrets, created } = loadOrCreateSecrets(dataDir);
  const operatorToken = env.OPERATOR_TOKEN ?? secrets.operatorToken;
  const appPassword = env.APP_DATABASE_PASSWORD ?? secrets.appDatabasePassword;
  const vault = new CredentialVault(Buffer.from(env.MASTER_KEY ?? secrets.masterKey, 'base64'));
  const stops: (() => Promise<void>)[] = [];
  const stop = async (): Promise<void> => {
    for (const s of stops.reverse()) {
      await s().catch((error: unknown) => logger.error({ err: error }, 'error during shutdown'));
    }
    stops.length = 0;
  };

  try {
    let embedded: EmbeddedDatabase | undefined;
    if (!env.DATABASE_URL) {
      embedded = await startEmbeddedPostgres({ dataDir, password: secrets.ownerDatabasePassword, logger, persistent: true });
      const db = embedded;
      stops.push(() => db.stop());
    }
    const ownerUrl = env.DATABASE_URL ?? embedded!.ownerUrl;
    const appUrl = appRoleUrl(ownerUrl, appPassword);
    const ds = await openDatabase({ ownerUrl, appPassword, logger });
    stops.push(() => ds.destroy());

    const events = new EventHub(appUrl, logger);
    await events.start();
    stops.push(() => events.stop());

    const scheduler = await createScheduler({ connectionString: appUrl, ds, logger, name: `${os.hostname()}-${process.pid}`, tickSeconds: env.SCHEDULE_TICK_SECONDS, jobLockSeconds: env.JOB_LOCK_SECONDS });
    stops.push(() => scheduler.stop());

    let publicUrl = env.PUBLIC_URL ?? '';
    const mailer = createMailer(env.SMTP_URL, logger.child({ component: 'mail' }));
    stops.push(async () => mailer.close());
    const serviceDeps: ServiceDeps = {
      ds, tenantInstallers, events, jobs: scheduler.queue, logger,
      mail: { mailer, fromAddress: env.MAIL_FROM, publicUrl: () => publicUrl },
      connection: {
        catalog: connectorCatalog,
        vault,
        context: { fetch: globalThis.fetch, clock: systemClock, logger: logger.child({ component: 'connector' }), requestTimeoutMs: env.CONNECTOR_TIMEOUT_MS },
        oauthCallbackUrl: () => `${publicUrl}/oauth/callback`,
      },
    };

    let http: RunningHttpServer | undefined;
    if (env.ROLE !== 'worker') {
      const schema = await createSchema();
      http = await startHttpServer(
        {
          schema, ds, logger, auth: new AuthService(ds, operatorToken), bodyLimit: env.BODY_LIMIT,
          serviceDeps, adminDir: adminDistDir, isReady: async () => events.isListening(), onQuery: hooks.onQuery,
        },
        { port: env.PORT, host: env.HOST },
      );
      publicUrl ||= http.url;
      const server = http;
      // the HTTP server stops first: no new work arrives while the worker drains
      stops.push(() => server.close());
    }
    if (env.ROLE !== 'api') {
      await scheduler.startWorker({
        runTransfer: (data) => runTransferJob(data, { ds, serviceDeps, logger }),
        scheduleTick: async () => {
          const queued = await scheduleTick({ ds, serviceDeps, logger });
          await nightlyInvoicingTick({ ds, serviceDeps, logger, now: () => new Date() });
          return queued;
        },
        inventoryValueTick: () => inventoryValueTick({ ds, serviceDeps, logger }),
      });
    }
    return {
      url: http?.url ?? '',
      port: http?.port ?? 0,
      ds,
      dataDir,
      operatorToken,
      operatorTokenCreated: created && !env.OPERATOR_TOKEN,
      embedded: Boolean(embedded),
      serviceDeps,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
