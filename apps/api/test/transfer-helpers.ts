import { expect } from 'vitest';
import { TEST_OPERATOR_TOKEN, type TestApp } from './create-test-app.js';
import { gql } from './gql.js';

export interface AdminTenant {
  apiKey: string;
  token: string;
}

let counter = 0;

/** A tenant with an admin session: connecting systems is an admin task. */
export async function tenantWithAdmin(app: TestApp): Promise<AdminTenant> {
  const email = `admin${++counter}-${Date.now()}@example.se`;
  const created = await gql(app, `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { apiKey errors { message } } }`, {
    input: { name: `Transfer tenant ${counter}`, admin: { email, password: 'a long enough password' } },
  }, TEST_OPERATOR_TOKEN);
  const login = await gql(app, `mutation ($input: LoginInput!) { login(input: $input) { token errors { message } } }`, { input: { email, password: 'a long enough password' } });
  return { apiKey: created.data.createTenant.apiKey, token: login.data.login.token };
}

export const RUN = `mutation ($input: RunTransferInput!) { runTransfer(input: $input) { run { id status } plan { register recordId action reason payload errors } alreadyProcessed errors { code message field } } }`;
const RUN_STATE = `query ($id: ID!) { transferRun(id: $id) { id status error counts { transferred updated skipped failed } items { register direction outcome errorCode message externalId externalNumber recordId attempts } } }`;

export interface RunResult {
  status: string;
  error: string | null;
  counts: { transferred: number; updated: number; skipped: number; failed: number };
  items: { register: string; direction: string; outcome: string; errorCode: string | null; message: string | null; externalId: string | null; externalNumber: string | null; recordId: string | null; attempts: number }[];
}

/** Queues a run and waits for the worker to finish it (bounded). */
export async function runAndWait(app: TestApp, key: string, connectionId: string, registers: string[], timeoutMs = 120_000): Promise<RunResult> {
  const queued = await gql(app, RUN, { input: { connectionId, registers: registers.map((r) => r.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()) } }, key);
  expect(queued.data?.runTransfer?.errors, JSON.stringify(queued.errors)).toEqual([]);
  const id = queued.data.runTransfer.run.id;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await gql(app, RUN_STATE, { id }, key);
    const run = state.data?.transferRun as RunResult | undefined;
    if (run && ['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${id} did not finish: ${JSON.stringify(run)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function transition(app: TestApp, key: string, invoiceId: string, to: string): Promise<void> {
  const res = await gql(app, `mutation ($input: TransitionInvoiceStatusInput!) { transitionInvoiceStatus(input: $input) { errors { message } } }`, { input: { invoiceId, toStatusKey: to } }, key);
  expect(res.data.transitionInvoiceStatus.errors).toEqual([]);
}
