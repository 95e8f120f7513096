import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Default data folder: outside the repo and persistent. As root, embedded Postgres runs as the
 * `postgres` user, which cannot traverse /root, so root gets a world-traversable system folder.
 */
export function defaultDataDir(): string {
  if (process.getuid?.() === 0) return '/var/lib/ledgerbridge';
  const base = process.env['XDG_DATA_HOME'] ?? path.join(os.homedir(), '.local', 'share'); // eslint-disable-line n/no-process-env -- XDG convention, read once at boot
  return path.join(base, 'ledgerbridge');
}

export function ensureDataDir(dir: string): string {
  const abs = path.resolve(dir);
  fs.mkdirSync(abs, { recursive: true });
  // postgres must traverse it to reach pg/, nothing inside is world-readable except that folder
  fs.chmodSync(abs, 0o755);
  return abs;
}

export interface LocalSecrets {
  operatorToken: string;
  masterKey: string;
  appDatabasePassword: string;
  /** Superuser of the embedded cluster; fixed at initdb, so it must never change. */
  ownerDatabasePassword: string;
}

/** Secrets generated at first start and kept (0600) so the next start finds the same ones. */
export function loadOrCreateSecrets(dataDir: string): { secrets: LocalSecrets; created: boolean } {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) {
    return { secrets: JSON.parse(fs.readFileSync(file, 'utf8')) as LocalSecrets, created: false };
  }
  const secrets: LocalSecrets = {
    operatorToken: `lbo_${randomBytes(24).toString('base64url')}`,
    masterKey: randomBytes(32).toString('base64'),
    appDatabasePassword: randomBytes(24).toString('base64url'),
    ownerDatabasePassword: randomBytes(24).toString('base64url'),
  };
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return { secrets, created: true };
}
