import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import { appRoleUrl } from '../db/bootstrap-roles.js';
import { openDatabase } from '../db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres.js';
import { createSchema } from '../graphql/schema.js';
import { startHttpServer, type RunningHttpServer } from '../http/server.js';
import type { Logger } from '../logging/logger.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { EventHub } from '../modules/event/event-hub.js';
import { tenantInstallers } from '../modules/tenant-installers.js';
import { startWorker, type Worker } from '../worker/scheduler.js';
import { defaultDataDir, ensureDataDir, loadOrCreateSecrets } from './data-dir.js';

export interface RunningApp {
  url: string;
  port: number;
  ds: DataSource;
  dataDir: string;
  operatorToken: string;
  operatorTokenCreated: boolean;
  embedded: boolean;
  stop(): Promise<void>;
}

const adminDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../admin/dist');

/** Starts what ROLE asks for, in dependency order, and stops it in reverse. */
export async function startApp(env: Env, logger: Logger, hooks: { onQuery?: (requestId: string, sql: string) => void } = {}): Promise<RunningApp> {
  const dataDir = ensureDataDir(env.DATA_DIR ?? defaultDataDir());
  const { secrets, created } = loadOrCreateSecrets(dataDir);
  const operatorToken = env.OPERATOR_TOKEN ?? secrets.operatorToken;
  const appPassword = env.APP_DATABASE_PASSWORD ?? secrets.appDatabasePassword;
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
    const ds = await openDatabase({ ownerUrl, appPassword, logger });
    stops.push(() => ds.destroy());

    const events = new EventHub(appRoleUrl(ownerUrl, appPassword), logger);
    await events.start();
    stops.push(() => events.stop());

    let http: RunningHttpServer | undefined;
    if (env.ROLE !== 'worker') {
      const schema = await createSchema();
      http = await startHttpServer(
        {
          schema, ds, logger, auth: new AuthService(ds, operatorToken), bodyLimit: env.BODY_LIMIT,
          serviceDeps: { ds, tenantInstallers, events }, adminDir: adminDistDir, isReady: async () => events.isListening(),
          onQuery: hooks.onQuery,
        },
        { port: env.PORT, host: env.HOST },
      );
      const server = http;
      stops.push(() => server.close());
    }
    let worker: Worker | undefined;
    if (env.ROLE !== 'api') {
      worker = await startWorker({ connectionString: appRoleUrl(ownerUrl, appPassword), ds, logger, name: `${os.hostname()}-${process.pid}` });
      const w = worker;
      stops.push(() => w.stop());
    }
    return {
      url: http?.url ?? '',
      port: http?.port ?? 0,
      ds,
      dataDir,
      operatorToken,
      operatorTokenCreated: created && !env.OPERATOR_TOKEN,
      embedded: Boolean(embedded),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
