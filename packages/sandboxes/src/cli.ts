#!/usr/bin/env node
import { sandboxStarters } from './registry.js';

/**
 * `npm run sandbox -- <system> --port <port>`: one vendor sandbox on its own, seeded, printing a
 * single JSON line { system, baseUrl, credentials } that a connector can use as is.
 */
async function main(argv: string[]): Promise<void> {
  const [system, ...rest] = argv;
  const portIndex = rest.indexOf('--port');
  const port = portIndex >= 0 ? Number(rest[portIndex + 1]) : 0;
  const starter = system ? sandboxStarters[system as keyof typeof sandboxStarters] : undefined;
  if (!starter || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`usage: npm run sandbox -- <${Object.keys(sandboxStarters).join('|')}> [--port <port>]\n`);
    process.exit(2);
  }
  const sandbox = await starter({ port, seedData: true });
  process.stdout.write(`${JSON.stringify({ system: sandbox.system, baseUrl: sandbox.baseUrl, credentials: sandbox.credentials })}\n`);
  const stop = (): void => {
    sandbox.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`sandbox failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
