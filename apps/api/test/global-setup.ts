import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { createLogger } from '../src/logging/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgOwnerUrl: string;
  }
}

/**
 * One embedded cluster for the whole run; each test file gets its own database in it
 * (see create-test-app). With DATABASE_URL set, tests use that server instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // eslint-disable-next-line n/no-process-env -- test harness: lets CI point tests at any Postgres
  const external = process.env['TEST_DATABASE_URL'];
  if (external) {
    project.provide('pgOwnerUrl', external);
    return async () => undefined;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-test-pg-'));
  fs.chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir: dir, password: 'test-owner-pw', logger: createLogger('silent'), persistent: false, database: 'postgres' });
  project.provide('pgOwnerUrl', db.ownerUrl);
  return async () => {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
