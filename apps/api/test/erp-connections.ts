import { startEconomicSandbox, startFortnoxSandbox, type EconomicStore, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { expect } from 'vitest';
import type { TestApp } from './create-test-app.js';
import { gql } from './gql.js';
import type { AdminTenant } from './transfer-helpers.js';

type EconomicSandboxOptions = NonNullable<Parameters<typeof startEconomicSandbox>[0]>;
type FortnoxSandboxOptions = NonNullable<Parameters<typeof startFortnoxSandbox>[0]>;

const CONNECT = `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { code message field } } }`;

/** A sandbox of one vendor and the tenant's connection to it; `stopSandboxes` (afterEach) stops the sandbox. */
export interface SandboxConnection<S> {
  sandbox: StartedSandbox<S>;
  connectionId: string;
}

// module state is per test file: vitest gives each file its own module graph
const started: StartedSandbox<unknown>[] = [];

/** Stops every sandbox the connect helpers started; a file calls it in afterEach. */
export async function stopSandboxes(): Promise<void> {
  await Promise.all(started.splice(0).map((s) => s.stop()));
}

/** A sandbox a test started itself (e.g. to see a connect refused), stopped by stopSandboxes like the others. */
export function stopAfterEach<S>(sandbox: StartedSandbox<S>): StartedSandbox<S> {
  started.push(sandbox);
  return sandbox;
}

async function connect<S>(app: TestApp, t: AdminTenant, connectorId: string, sandbox: StartedSandbox<S>, settings: Record<string, unknown> | undefined): Promise<SandboxConnection<S>> {
  started.push(sandbox);
  const res = await gql(app, CONNECT, { input: { connectorId, name: connectorId, credentials: sandbox.credentials, ...(settings ? { settings } : {}) } }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return { sandbox, connectionId: res.data.connectSystem.connection.id };
}

/** Changes the connection's register rules (ADR 0006) and returns them as resolved with the connector's defaults. */
export async function setRegisterRules(app: TestApp, t: AdminTenant, connectionId: string, registers: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await gql(app, `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code message field } } }`, {
    input: { connectionId, rules: { registers } },
  }, t.token);
  expect(res.data.updateTransferRules.errors).toEqual([]);
  return res.data.updateTransferRules.connection.rules.registers;
}

/** An empty e-conomic agreement (reference data only), no rate limit, unless `sandbox` says otherwise. */
export async function connectEconomic(app: TestApp, t: AdminTenant, settings?: Record<string, unknown>, sandbox: EconomicSandboxOptions = {}): Promise<SandboxConnection<EconomicStore>> {
  return connect(app, t, 'e-conomic', await startEconomicSandbox({ seedData: false, rateLimit: null, ...sandbox }), settings);
}

/** A Fortnox that already holds a small company's customers, articles and projects (the sandbox's seed), no rate limit. */
export async function connectFortnox(app: TestApp, t: AdminTenant, settings?: Record<string, unknown>, sandbox: FortnoxSandboxOptions = {}): Promise<SandboxConnection<FortnoxStore>> {
  return connect(app, t, 'fortnox', await startFortnoxSandbox({ seedData: true, rateLimit: null, ...sandbox }), settings);
}

/** A call as an e-conomic user's own tools would make it. */
export function economicCall(sandbox: StartedSandbox<EconomicStore>, method: string, path: string, body?: unknown): Promise<Response> {
  const headers = { 'x-appsecrettoken': sandbox.credentials['appSecretToken']!, 'x-agreementgranttoken': sandbox.credentials['agreementGrantToken']!, 'content-type': 'application/json' };
  return fetch(`${sandbox.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

/** A call as a Fortnox user's own tools would make it. */
export function fortnoxCall(sandbox: StartedSandbox<FortnoxStore>, method: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${sandbox.baseUrl}${path}`, {
    method, headers: { authorization: `Bearer ${sandbox.credentials['accessToken']}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
}

/** Edits a record the way an ERP user would: the whole document back with fields changed. */
export async function editInEconomic(sandbox: StartedSandbox<EconomicStore>, path: string, change: Record<string, unknown>): Promise<void> {
  const current = (await (await economicCall(sandbox, 'GET', path)).json()) as Record<string, unknown>;
  expect((await economicCall(sandbox, 'PUT', path, { ...current, ...change })).status).toBe(200);
}
