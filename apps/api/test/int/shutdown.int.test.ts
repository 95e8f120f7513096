import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, postmasterPid } from '../../src/db/embedded-postgres.js';
import { createTestDatabase, TEST_APP_DB_PASSWORD, TEST_OPERATOR_TOKEN } from '../create-test-app.js';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-shutdown-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the process on SIGINT / SIGTERM', () => {
  // NODE_ENV=test hides this: Apollo only installs its own signal handlers outside tests, and a
  // second, competing stop used to hang shutdown until the 20 s guard killed it with exit code 1
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`should stop API and worker in order and exit 0 on ${signal} outside NODE_ENV=test`, { timeout: 60_000 }, async () => {
      expect(fs.existsSync(MAIN), 'apps/api must be built (npm test builds it)').toBe(true);
      const child = spawn(process.execPath, [MAIN], {
        env: {
          PATH: process.env['PATH'] ?? '', NODE_ENV: 'development', ROLE: 'all', PORT: '0', DATABASE_URL: await createTestDatabase(),
          APP_DATABASE_PASSWORD: TEST_APP_DB_PASSWORD, OPERATOR_TOKEN: TEST_OPERATOR_TOKEN, MASTER_KEY: randomBytes(32).toString('base64'),
          DATA_DIR: dataDir, LOG_LEVEL: 'error', SEED_DEMO: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const deadline = Date.now() + 40_000;
      while (!output.includes('Started in') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain('Started in');
      child.kill(signal);
      const code = await exited;
      // a hang ends in the 20 s guard's exit 1 and its message
      expect({ code, guard: output.includes('shutdown took too long') }).toEqual({ code: 0, guard: false });
    });
  }

  // Ctrl-C in a terminal signals the whole foreground process group; embedded Postgres used to be in
  // ours, so it shut down fast under the still-draining HTTP server and worker (ADR 0026)
  it('should stop HTTP, worker, pools and then embedded Postgres in order when the terminal sends SIGINT to the process group', { timeout: 240_000 }, async () => {
    expect(fs.existsSync(MAIN), 'apps/api must be built (npm test builds it)').toBe(true);
    const embeddedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-shutdown-pg-'));
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env['PATH'] ?? '', NODE_ENV: 'development', ROLE: 'all', PORT: '0', DATA_DIR: embeddedDir,
        MASTER_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn', SEED_DEMO: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // a process group of its own, like a job started from a shell
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let postmaster: number | null = null;
    try {
      const deadline = Date.now() + 180_000;
      while (!output.includes('Started in') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain('Started in');
      postmaster = postmasterPid(path.join(embeddedDir, 'pg'));
      expect(postmaster !== null && isAlive(postmaster), 'embedded Postgres runs').toBe(true);
      process.kill(-child.pid!, 'SIGINT');
      const code = await exited;
      expect({
        code,
        guard: output.includes('shutdown took too long'),
        poolError: /pool raised an error|terminating connection due to administrator command/.test(output),
        shutdownErrors: output.includes('error during shutdown'),
      }, output).toEqual({ code: 0, guard: false, poolError: false, shutdownErrors: false });
      // stopped by us, last: no server left behind and its pid file removed by its own clean shutdown
      expect({ alive: isAlive(postmaster!), pidFile: fs.existsSync(path.join(embeddedDir, 'pg', 'postmaster.pid')) }).toEqual({ alive: false, pidFile: false });
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
      // never leave a server running behind a failed assertion
      if (postmaster !== null && isAlive(postmaster)) process.kill(postmaster, 'SIGKILL');
      fs.rmSync(embeddedDir, { recursive: true, force: true });
    }
  });
});
