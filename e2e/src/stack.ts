import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from '@ledgerbridge/api/dist/config/env.js';
import { createLogger } from '@ledgerbridge/api/dist/logging/logger.js';
import { startApp, type RunningApp } from '@ledgerbridge/api/dist/runtime/app.js';
import { startFortnoxSandbox, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import pg from 'pg';
import { inject } from 'vitest';

/** A fresh database in the cluster global-setup started, so each run starts empty. */
async function createDatabase(): Promise<string> {
  const ownerUrl = inject('pgOwnerUrl');
  const name = `lb_e2e_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(ownerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface GqlResponse<T> {
  readonly data?: T;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

export interface Stack {
  readonly app: RunningApp;
  readonly fortnox: StartedSandbox<FortnoxStore>;
  readonly admin: { readonly email: string; readonly password: string };
  /** The tenant's first API key, for seeding records the way a partner app would. */
  readonly seedKey: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GqlResponse<T>>;
  stop(): Promise<void>;
}

/**
 * The real thing, as `npm start` runs it: the built API (with its worker and the built admin at
 * /admin) on a real Postgres, and the Fortnox sandbox over HTTP, with one tenant and its admin
 * user created through the operator API.
 */
export async function startStack(): Promise<Stack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-e2e-'));
  const operatorToken = `lbo_e2e_${randomBytes(16).toString('hex')}`;
  const parsed = parseEnv({
    NODE_ENV: 'test', PORT: '0', DATA_DIR: dataDir, DATABASE_URL: await createDatabase(), APP_DATABASE_PASSWORD: 'e2e-app-role-password', OPERATOR_TOKEN: operatorToken, LOG_LEVEL: 'error', SEED_DEMO: 'false',
    SCHEDULE_TICK_SECONDS: '3600',
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const fortnox = await startFortnoxSandbox({ seedData: true, rateLimit: null });
  const app = await startApp(parsed.env, createLogger('error'));

  const gql = async <T,>(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<GqlResponse<T>> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { authorization: `Bearer ${key}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse<T>;
  };

  const admin = { email: 'admin@e2e.example', password: 'a long enough password' };
  const created = await gql<{ createTenant: { apiKey: string | null; errors: unknown[] } }>(
    `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { apiKey errors { message } } }`,
    { input: { name: 'Browser Test AB', admin } },
    operatorToken,
  );
  const seedKey = created.data?.createTenant.apiKey;
  if (!seedKey) throw new Error(`could not create the test tenant: ${JSON.stringify(created)}`);

  return {
    app,
    fortnox,
    admin,
    seedKey,
    gql,
    async stop() {
      await app.stop();
      await fortnox.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A session token for the stack's admin, for set-up through the API rather than the screens. */
export async function adminSessionToken(stack: Stack): Promise<string> {
  const login = await stack.gql<{ login: { token: string | null } }>(`mutation ($input: LoginInput!) { login(input: $input) { token } }`, { input: stack.admin });
  if (!login.data?.login.token) throw new Error(`could not sign in: ${JSON.stringify(login)}`);
  return login.data.login.token;
}

/** Connects the stack's Fortnox sandbox as "Fortnox AB" with ready tokens; returns the connection id. */
export async function connectFortnox(stack: Stack, token: string): Promise<string> {
  const connected = await stack.gql<{ connectSystem: { connection: { id: string } | null } }>(
    `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { message } } }`,
    { input: { connectorId: 'fortnox', name: 'Fortnox AB', credentials: stack.fortnox.credentials, settings: {} } },
    token,
  );
  if (!connected.data?.connectSystem.connection) throw new Error(`could not connect Fortnox: ${JSON.stringify(connected)}`);
  return connected.data.connectSystem.connection.id;
}
