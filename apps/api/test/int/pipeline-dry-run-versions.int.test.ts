import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_OPERATOR_TOKEN, type TestApp } from '../create-test-app.js';
import { createTenant, gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const READ = `{ invoiceStatusPipeline { revision statuses { key name flags { isDefault isEditable requiresInvoiceNumber isSent isPartiallyPaid isPaid isFailed isCreditNoteDefault isTransferTrigger isAfterTransfer } } transitions { from to } } }`;
const SAVE = `mutation ($input: SaveInvoiceStatusPipelineInput!) { saveInvoiceStatusPipeline(input: $input) { pipeline { revision } errors { code message field } } }`;
const DRY_RUN = `query ($input: PipelineDryRunInput!) { pipelineDryRun(input: $input) {
  errors { code message field } issues { code message field } sample { invoiceId number kind statusKey }
  steps { stage from to landsIn hasInvoiceNumber blockedBy { code message field } } } }`;
const VERSIONS = `{ invoiceStatusPipeline { revision versions { number savedBy savedAt changes } } }`;

type Status = { key: string; name: string; flags: Record<string, boolean> };
type Draft = { statuses: Status[]; transitions: { from: string; to: string }[] };

async function draftOf(key: string): Promise<Draft> {
  const p = (await gql(app, READ, {}, key)).data.invoiceStatusPipeline;
  return { statuses: p.statuses, transitions: p.transitions };
}

const route = (steps: { stage: string; landsIn: string; blockedBy: unknown }[]) => steps.map((s) => `${s.stage}:${s.landsIn}${s.blockedBy ? '!' : ''}`);

describe('pipeline dry run (issue #6)', () => {
  it('should walk a synthetic new invoice through the default pipeline without saving (SE-VN-47, SE-VN-48, X-19)', async () => {
    const t = await createTenant(app);
    const res = await gql(app, DRY_RUN, { input: await draftOf(t.apiKey) }, t.apiKey);
    expect(res.errors).toBeUndefined();
    const run = res.data.pipelineDryRun;
    expect(run.errors).toEqual([]);
    expect(run.issues).toEqual([]);
    expect(run.sample).toEqual({ invoiceId: null, number: null, kind: 'INVOICE', statusKey: null });
    expect(route(run.steps)).toEqual([
      'START:draft', 'TO_TRIGGER:send-to-erp', 'TRANSFER_SUCCEEDED:in-erp-send-to-customer', 'SEND:sent', 'PAY:paid',
      'TRANSFER_FAILED:failed', 'RETRY:send-to-erp',
    ]);
    expect(run.steps.find((s: { stage: string }) => s.stage === 'TRANSFER_SUCCEEDED').hasInvoiceNumber).toBe(true);
  });

  it('should report the unsaved draft\'s rule breach with its field and leave the saved pipeline alone (SE-VN-43, SE-VN-34)', async () => {
    const t = await createTenant(app);
    const draft = await draftOf(t.apiKey);
    draft.statuses = draft.statuses.map((s) => (s.key === 'draft' ? { ...s, flags: { ...s.flags, requiresInvoiceNumber: true } } : s));
    const run = (await gql(app, DRY_RUN, { input: draft }, t.apiKey)).data.pipelineDryRun;
    expect(run.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'PIPELINE_INVALID', field: ['statuses', '1', 'flags', 'requiresInvoiceNumber'] })]));
    // a new invoice starts in "draft" rather than moving into it, so the walk itself goes through
    expect(route(run.steps).slice(0, 2)).toEqual(['START:draft', 'TO_TRIGGER:send-to-erp']);
    expect((await gql(app, VERSIONS, {}, t.apiKey)).data.invoiceStatusPipeline.revision).toBe(1);
  });

  it('should block the move into a status that needs a number the invoice does not have yet (SE-VN-43, SE-VN-55)', async () => {
    const t = await createTenant(app);
    const draft = await draftOf(t.apiKey);
    draft.statuses = draft.statuses.map((s) => (s.key === 'send-to-erp' ? { ...s, flags: { ...s.flags, requiresInvoiceNumber: true } } : s));
    const run = (await gql(app, DRY_RUN, { input: draft }, t.apiKey)).data.pipelineDryRun;
    expect(run.steps[1]).toMatchObject({ stage: 'TO_TRIGGER', from: 'draft', to: 'send-to-erp', landsIn: 'draft', hasInvoiceNumber: false, blockedBy: { code: 'INVALID_TRANSITION', field: ['to'] } });
    expect(run.steps[1].blockedBy.message).toContain('requires an invoice number');
  });

  it('should walk one of the tenant\'s invoices from its own status (SE-VN-41, SE-VN-40)', async () => {
    const t = await createTenant(app);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '1'));
    const run = (await gql(app, DRY_RUN, { input: { ...(await draftOf(t.apiKey)), sampleInvoiceId: invoice.id } }, t.apiKey)).data.pipelineDryRun;
    expect(run.errors).toEqual([]);
    expect(run.sample).toEqual({ invoiceId: invoice.id, number: null, kind: 'INVOICE', statusKey: 'draft' });
    expect(run.steps[0]).toMatchObject({ stage: 'START', landsIn: 'draft', hasInvoiceNumber: false });
  });

  it('should not let one tenant dry-run another tenant\'s invoice (tenant isolation)', async () => {
    const owner = await createTenant(app);
    const other = await createTenant(app);
    const invoice = await seedInvoice(app, owner.apiKey, await seedCustomer(app, owner.apiKey, '1'));
    const run = (await gql(app, DRY_RUN, { input: { ...(await draftOf(other.apiKey)), sampleInvoiceId: invoice.id } }, other.apiKey)).data.pipelineDryRun;
    expect(run.errors).toEqual([{ code: 'NOT_FOUND', message: 'No invoice has this id', field: ['sampleInvoiceId'] }]);
    expect(run.sample).toBeNull();
    expect(run.steps).toEqual([]);
  });
});

describe('pipeline versions (issue #6)', () => {
  it('should keep a version per save with who saved it and what changed (SE-VN-40, SE-VN-41)', async () => {
    const email = `ann-${Date.now()}@example.dk`;
    const created = await gql(app, `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { apiKey errors { code } } }`,
      { input: { name: `Versions ${email}`, admin: { email, password: 'correct horse battery' } } }, TEST_OPERATOR_TOKEN);
    const apiKey = created.data.createTenant.apiKey;
    const login = await gql(app, `mutation ($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: 'correct horse battery' } });
    const token = login.data.login.token;

    const first = await draftOf(apiKey);
    const renamed = { ...first, statuses: first.statuses.map((s) => (s.key === 'draft' ? { ...s, name: 'Kladde', flags: { ...s.flags, isEditable: false } } : s)) };
    expect((await gql(app, SAVE, { input: renamed }, token)).data.saveInvoiceStatusPipeline.errors).toEqual([]);
    const withoutPartial = {
      statuses: renamed.statuses.filter((s) => s.key !== 'partially-paid'),
      transitions: renamed.transitions.filter((tr) => tr.from !== 'partially-paid' && tr.to !== 'partially-paid'),
    };
    expect((await gql(app, SAVE, { input: withoutPartial }, apiKey)).data.saveInvoiceStatusPipeline.errors).toEqual([]);

    const read = (await gql(app, VERSIONS, {}, token)).data.invoiceStatusPipeline;
    expect(read.revision).toBe(3);
    expect(read.versions.map((v: { number: number; savedBy: string }) => [v.number, v.savedBy])).toEqual([[3, 'API key "Initial key"'], [2, email], [1, 'system']]);
    expect(read.versions[2].changes).toEqual(['Pipeline created with 7 statuses']);
    expect(read.versions[1].changes).toEqual(['Renamed "Draft" to "Kladde" (draft)', 'Turned off "editable" for "Kladde"']);
    expect(read.versions[0].changes).toEqual(expect.arrayContaining(['Removed status "Partially paid" (partially-paid)', 'Removed transition sent → partially-paid']));
    expect(new Date(read.versions[0].savedAt).getTime()).toBeGreaterThanOrEqual(new Date(read.versions[1].savedAt).getTime());
  });

  it('should keep no version for a refused save (SE-VN-42)', async () => {
    const t = await createTenant(app);
    const draft = await draftOf(t.apiKey);
    draft.statuses = draft.statuses.map((s) => ({ ...s, flags: { ...s.flags, isDefault: s.key === 'failed' } }));
    expect((await gql(app, SAVE, { input: draft }, t.apiKey)).data.saveInvoiceStatusPipeline.errors).not.toEqual([]);
    expect((await gql(app, VERSIONS, {}, t.apiKey)).data.invoiceStatusPipeline.versions.map((v: { number: number }) => v.number)).toEqual([1]);
  });

  it('should show each tenant only its own versions, in GraphQL and under RLS (tenant isolation)', async () => {
    const a = await createTenant(app);
    const b = await createTenant(app);
    const draft = await draftOf(a.apiKey);
    draft.statuses = draft.statuses.map((s) => (s.key === 'sent' ? { ...s, name: 'Sent to customer' } : s));
    expect((await gql(app, SAVE, { input: draft }, a.apiKey)).data.saveInvoiceStatusPipeline.errors).toEqual([]);
    expect((await gql(app, VERSIONS, {}, b.apiKey)).data.invoiceStatusPipeline.versions.map((v: { number: number }) => v.number)).toEqual([1]);
    expect((await gql(app, VERSIONS, {}, a.apiKey)).data.invoiceStatusPipeline.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);

    // the app role (not the owner) with b's tenant set: RLS alone hides a's rows and refuses writes for a
    const rowId = (globalId: string): string => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
    const runner = app.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.tenant_id', $1, true)`, [rowId(b.id)]);
      const seen: { tenant_id: string }[] = await runner.query('SELECT DISTINCT tenant_id FROM invoice_status_pipeline_version');
      expect(seen).toEqual([{ tenant_id: rowId(b.id) }]);
      await expect(runner.query(`INSERT INTO invoice_status_pipeline_version (id, tenant_id, number, statuses, transitions) VALUES (gen_random_uuid(), $1, 99, '[]', '[]')`, [rowId(a.id)])).rejects.toThrow(/row-level security/);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
