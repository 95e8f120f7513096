import { Agenda } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger.js';
import { PURGE_EXPIRED_SESSIONS, purgeExpiredSessions } from '../jobs/purge-expired-sessions.job.js';

export interface Worker {
  stop(): Promise<void>;
}

/**
 * agenda on its Postgres backend: jobs are rows, so any number of worker processes share them
 * and a dead worker's jobs are taken over once their lock expires. The tables come from our
 * migration (ensureSchema: false), which avoids agenda's DDL race between processes.
 */
export async function startWorker(opts: { connectionString: string; ds: DataSource; logger: Logger; name: string }): Promise<Worker> {
  const agenda = new Agenda({
    backend: new PostgresBackend({ connectionString: opts.connectionString, ensureSchema: false, tableName: 'agenda_jobs' }),
    name: opts.name,
    processEvery: 5_000,
    defaultLockLifetime: 10 * 60_000,
  });
  agenda.define(PURGE_EXPIRED_SESSIONS, async () => {
    await purgeExpiredSessions(opts.ds, opts.logger);
  }, { concurrency: 1, lockLifetime: 60_000 });
  agenda.on('error', (error: unknown) => opts.logger.error({ err: error }, 'scheduler error'));
  await agenda.ready;
  await agenda.start();
  await agenda.every('1 hour', PURGE_EXPIRED_SESSIONS);
  opts.logger.info({ worker: opts.name }, 'worker started');
  return {
    async stop() {
      await agenda.stop();
    },
  };
}
