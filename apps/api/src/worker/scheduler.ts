import { Agenda, type Job } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger.js';
import { PURGE_EXPIRED_SESSIONS, purgeExpiredSessions } from '../jobs/purge-expired-sessions.job.js';
import { RUN_TRANSFER, type RunTransferData } from '../jobs/run-transfer.job.js';
import { SCHEDULE_TICK } from '../jobs/schedule-tick.job.js';
import { INVENTORY_VALUE_TICK } from '../jobs/post-inventory-value.job.js';

/** What the API needs from the scheduler: putting work on the queue. Any worker process may take it. */
export interface JobQueue {
  enqueueTransfer(data: RunTransferData): Promise<void>;
}

export interface Scheduler {
  readonly queue: JobQueue;
  /** Start processing jobs in this process (the worker role). */
  startWorker(handlers: { runTransfer: (data: RunTransferData) => Promise<void>; scheduleTick: () => Promise<unknown>; inventoryValueTick: () => Promise<unknown> }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * agenda on its Postgres backend: jobs are rows, so any number of worker processes share them
 * and a dead worker's jobs are taken over once their lock expires. The tables come from our
 * migration (ensureSchema: false), which avoids agenda's DDL race between processes. An
 * API-only process still enqueues; only worker processes process.
 */
export async function createScheduler(opts: { connectionString: string; ds: DataSource; logger: Logger; name: string; tickSeconds: number; jobLockSeconds: number }): Promise<Scheduler> {
  const agenda = new Agenda({
    backend: new PostgresBackend({ connectionString: opts.connectionString, ensureSchema: false, tableName: 'agenda_jobs' }),
    name: opts.name,
    processEvery: 2_000,
    defaultLockLifetime: 10 * 60_000,
  });
  agenda.on('error', (error: unknown) => opts.logger.error({ err: error }, 'scheduler error'));
  await agenda.ready;
  let started = false;
  return {
    queue: {
      async enqueueTransfer(data) {
        await agenda.now(RUN_TRANSFER, data);
      },
    },
    async startWorker(handlers) {
      agenda.define(PURGE_EXPIRED_SESSIONS, async () => {
        await purgeExpiredSessions(opts.ds, opts.logger);
      }, { concurrency: 1, lockLifetime: 60_000 });
      // a short lock, renewed while the run lives: a worker that dies (even by SIGKILL) loses the
      // job within jobLockSeconds and another worker resumes it (the intent ledger makes that safe)
      const lockMs = opts.jobLockSeconds * 1000;
      agenda.define(RUN_TRANSFER, async (job: Job<RunTransferData>) => {
        const heartbeat = setInterval(() => void job.touch().catch((error: unknown) => opts.logger.warn({ err: error }, 'job lock renewal failed')), Math.max(500, lockMs / 3));
        try {
          await handlers.runTransfer(job.attrs.data);
        } finally {
          clearInterval(heartbeat);
        }
      }, { concurrency: 2, lockLifetime: lockMs });
      agenda.define(SCHEDULE_TICK, async () => {
        await handlers.scheduleTick();
      }, { concurrency: 1, lockLifetime: 5 * 60_000 });
      // one job row for all workers: agenda's lock lets one tick run at a time (RB-25..RB-29)
      agenda.define(INVENTORY_VALUE_TICK, async () => {
        await handlers.inventoryValueTick();
      }, { concurrency: 1, lockLifetime: 5 * 60_000 });
      await agenda.start();
      await agenda.every('1 hour', PURGE_EXPIRED_SESSIONS);
      await agenda.every(`${opts.tickSeconds} seconds`, INVENTORY_VALUE_TICK);
      await agenda.every(`${opts.tickSeconds} seconds`, SCHEDULE_TICK);
      started = true;
      opts.logger.info({ worker: opts.name }, 'worker started');
    },
    async stop() {
      // stop() unlocks running jobs so another worker can take them over at once
      if (started) await agenda.stop();
      else await agenda.stop().catch(() => undefined);
    },
  };
}
