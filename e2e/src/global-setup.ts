import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@ledgerbridge/api/dist/db/embedded-postgres.js';
import { createLogger } from '@ledgerbridge/api/dist/logging/logger.js';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgOwnerUrl: string;
  }
}

/**
 * Postgres outlives the test process, as a real server does: the app under test only connects,
 * so stopping the app never races the database shutting down under its open connections.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-e2e-pg-'));
  fs.chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir: dir, password: 'e2e-owner-password', logger: createLogger('silent'), persistent: false, database: 'postgres' });
  project.provide('pgOwnerUrl', db.ownerUrl);
  return async () => {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
