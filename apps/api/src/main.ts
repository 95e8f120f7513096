import 'reflect-metadata';
import { parseEnv, readProcessEnv } from './config/env.js';
import { createLogger } from './logging/logger.js';
import { startDemoSandboxes } from './dev/demo-sandboxes.js';
import { seedDemo } from './dev/seed-demo.js';
import { startApp } from './runtime/app.js';
import { withDemoMailbox } from './dev/demo-mail.js';
import { toGlobalId } from './graphql/relay.js';

const SHUTDOWN_GRACE_MS = 20_000;
// SIGHUP too: embedded Postgres no longer shares our terminal session (ADR 0026), so closing the
// terminal must stop it through us rather than leave it running on its own
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function main(): Promise<void> {
  const parsed = parseEnv(readProcessEnv());
  if (!parsed.ok) {
    process.stderr.write(`Invalid configuration:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(2);
  }
  const logger = createLogger(parsed.env.LOG_LEVEL);
  const started = Date.now();
  // a signal while starting is kept and honoured once everything is up, so it all stops in order;
  // a second one gives up at once (our exit handler still asks embedded Postgres to stop)
  let signalledEarly = null as string | null;
  const whileStarting = (signal: string): void => {
    if (signalledEarly) process.exit(1);
    signalledEarly = signal;
  };
  for (const signal of STOP_SIGNALS) process.on(signal, whileStarting);
  // the demo (embedded Postgres or SEED_DEMO) sends its e-mails to a local sink unless SMTP_URL is set
  const demo = (parsed.env.SEED_DEMO ?? !parsed.env.DATABASE_URL) ? await withDemoMailbox(parsed.env) : { env: parsed.env, mailbox: null };
  const env = demo.env;
  const app = await startApp(env, logger);

  const banner: string[] = ['', 'Ledgerbridge is running', ''];
  if (app.url) {
    const base = env.PUBLIC_URL ?? app.url;
    banner.push(`  GraphQL   ${base}/graphql  (WebSocket: ${base.replace(/^http/, 'ws')}/graphql)`, `  GraphiQL  ${base}/graphiql`, `  Admin     ${base}/admin/`);
  }
  banner.push(`  Data      ${app.dataDir}${app.embedded ? ' (embedded Postgres)' : ''}`);
  // printed to the terminal on purpose (the operator asked for it), never to the log stream
  if (app.operatorTokenCreated || env.NODE_ENV !== 'production') banner.push(`  Operator token  ${app.operatorToken}`);
  let stopSandboxes = async (): Promise<void> => {
    await demo.mailbox?.stop();
  };
  if (demo.mailbox) banner.push(`  Mailbox   ${demo.mailbox.baseUrl}/__sandbox/messages  (SMTP sink on port ${demo.mailbox.port})`);
  if (env.SEED_DEMO ?? app.embedded) {
    const sandboxes = await startDemoSandboxes();
    stopSandboxes = async () => {
      await sandboxes.stop();
      await demo.mailbox?.stop();
    };
    banner.push(`  Sandboxes       e-conomic ${sandboxes.economic.baseUrl}   Fortnox ${sandboxes.fortnox.baseUrl}`);
    for (const demo of await seedDemo(app, sandboxes, logger)) {
      banner.push(
        '',
        `  Demo tenant     ${demo.tenantName} (on ${demo.connectorId})`,
        `  API key         ${demo.apiKey}`,
        `  Admin           ${demo.adminEmail} / ${demo.adminPassword}`,
        `  Connection id   ${toGlobalId('Connection', demo.connectionId)}`,
      );
    }
  }
  banner.push(`  Started in ${((Date.now() - started) / 1000).toFixed(1)} s`, '');
  process.stdout.write(`${banner.join('\n')}\n`);

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    app.stop().then(stopSandboxes).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of STOP_SIGNALS) {
    process.off(signal, whileStarting);
    process.on(signal, () => shutdown(signal));
  }
  if (signalledEarly) shutdown(signalledEarly);
}

main().catch((error: unknown) => {
  process.stderr.write(`Ledgerbridge failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
