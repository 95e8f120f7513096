import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { parseEnv } from '../src/config/env.js';
import { createLogger } from '../src/logging/logger.js';
import { startApp, type RunningApp } from '../src/runtime/app.js';

export const TEST_OPERATOR_TOKEN = 'lbo_test_operator_token_0123456789';
export const TEST_APP_DB_PASSWORD = 'test-app-role-password';

export interface TestApp extends RunningApp {
  databaseUrl: string;
  /** Statements seen per request id (only when counting was asked for). */
  queriesByRequest: Map<string, string[]>;
}

/** A fresh database in the shared test cluster, so files never see each other's rows. */
export async function createTestDatabase(): Promise<string> {
  const ownerUrl = inject('pgOwnerUrl');
  const name = `lb_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(ownerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestApp(overrides: Record<string, string> = {}, opts: { databaseUrl?: string } = {}): Promise<TestApp> {
  const databaseUrl = opts.databaseUrl ?? (await createTestDatabase());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-test-data-'));
  const parsed = parseEnv({
    NODE_ENV: 'test', PORT: '0', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, OPERATOR_TOKEN: TEST_OPERATOR_TOKEN,
    APP_DATABASE_PASSWORD: TEST_APP_DB_PASSWORD, LOG_LEVEL: 'silent', ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const queriesByRequest = new Map<string, string[]>();
  const app = await startApp(parsed.env, createLogger(parsed.env.LOG_LEVEL), {
    onQuery: (requestId, sql) => {
      const list = queriesByRequest.get(requestId) ?? [];
      list.push(sql);
      queriesByRequest.set(requestId, list);
    },
  });
  return {
    ...app,
    databaseUrl,
    queriesByRequest,
    async stop() {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
