import { addApprovalStep, addAutoInvoiceSending, examplePipelineB, type Pipeline } from '@ledgerbridge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { tenantWithAdmin } from '../transfer-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const READ = `{ invoiceStatusPipeline { revision statuses { key name flags { isDefault isEditable requiresInvoiceNumber isSent isPartiallyPaid isPaid isFailed isCreditNoteDefault isTransferTrigger isAfterTransfer } }
  transitions { from to } autoInvoice { toTransfer afterTransfer onError } versions { number changes } } }`;
const SAVE = `mutation ($input: SaveInvoiceStatusPipelineInput!) { saveInvoiceStatusPipeline(input: $input) {
  pipeline { revision autoInvoice { toTransfer afterTransfer onError } } errors { code message field } } }`;
const DRY_RUN = `query ($input: PipelineDryRunInput!) { pipelineDryRun(input: $input) { errors { code field } issues { code message field } } }`;

type Read = Pipeline & { revision: number; autoInvoice: Pipeline['autoInvoice']; versions: { number: number; changes: string[] }[] };

async function read(token: string): Promise<Read> {
  const res = await gql(app, READ, {}, token);
  expect(res.errors).toBeUndefined();
  return res.data.invoiceStatusPipeline;
}

/** What the admin editor sends: statuses in order, and the binding only when given. */
function asInput(p: Pipeline, autoInvoice?: { toTransfer: string; afterTransfer: string; onError?: string | null } | null) {
  return {
    statuses: [...p.statuses].sort((a, b) => a.position - b.position).map(({ key, name, flags }) => ({ key, name, flags })),
    transitions: p.transitions,
    ...(autoInvoice === undefined ? {} : { autoInvoice }),
  };
}

function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const C = ok(addAutoInvoiceSending(examplePipelineB));

describe('AutoInvoice status settings on the pipeline (SE-VN-52..55, issue #6 screen 5)', () => {
  it('should start without AutoInvoice, save pipeline C\'s binding and list it in the version\'s changes (SE-VN-52, SE-VN-53)', async () => {
    const t = await tenantWithAdmin(app);
    expect((await read(t.token)).autoInvoice).toBeNull();

    const res = await gql(app, SAVE, { input: asInput(C, C.autoInvoice) }, t.token);
    expect(res.data.saveInvoiceStatusPipeline.errors).toEqual([]);
    const binding = { toTransfer: 'in-erp-send-to-customer', afterTransfer: 'sent', onError: null };
    expect(res.data.saveInvoiceStatusPipeline.pipeline.autoInvoice).toEqual(binding);

    const after = await read(t.token);
    expect(after.autoInvoice).toEqual(binding);
    expect(after.versions[0]).toEqual({
      number: 2,
      changes: [
        'Started sending invoices through AutoInvoice',
        "Set AutoInvoice's status of invoices to transfer to in-erp-send-to-customer",
        "Set AutoInvoice's status after transfer to sent",
      ],
    });
  });

  it('should keep the binding when a save leaves it out and clear it on null (ADR 0024)', async () => {
    const t = await tenantWithAdmin(app);
    await gql(app, SAVE, { input: asInput(C, C.autoInvoice) }, t.token);
    const withApproval = ok(addApprovalStep(C));
    const kept = await gql(app, SAVE, { input: asInput(withApproval) }, t.token);
    expect(kept.data.saveInvoiceStatusPipeline.errors).toEqual([]);
    expect((await read(t.token)).autoInvoice).toEqual(C.autoInvoice);
    expect((await read(t.token)).statuses.map((s) => s.key)).toContain('awaiting-approval');

    const cleared = await gql(app, SAVE, { input: asInput(withApproval, null) }, t.token);
    expect(cleared.data.saveInvoiceStatusPipeline.errors).toEqual([]);
    const after = await read(t.token);
    expect(after.autoInvoice).toBeNull();
    expect(after.versions[0]!.changes).toEqual(['Stopped sending invoices through AutoInvoice']);
  });

  it('should refuse a to-transfer status without the ERP number, naming the field, and save nothing (SE-VN-55)', async () => {
    const t = await tenantWithAdmin(app);
    const res = await gql(app, SAVE, { input: asInput(C, { toTransfer: 'send-to-erp', afterTransfer: 'sent' }) }, t.token);
    expect(res.data.saveInvoiceStatusPipeline.pipeline).toBeNull();
    expect(res.data.saveInvoiceStatusPipeline.errors).toEqual([
      expect.objectContaining({ code: 'PIPELINE_INVALID', field: ['autoInvoice', 'toTransfer'] }),
      expect.objectContaining({ code: 'PIPELINE_INVALID', field: ['autoInvoice', 'afterTransfer'] }),
    ]);
    const after = await read(t.token);
    expect([after.revision, after.autoInvoice]).toEqual([1, null]);
  });

  it('should refuse the default status as the error status (SE-VN-53)', async () => {
    const t = await tenantWithAdmin(app);
    const res = await gql(app, SAVE, { input: asInput(C, { ...C.autoInvoice!, onError: 'draft' }) }, t.token);
    expect(res.data.saveInvoiceStatusPipeline.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'PIPELINE_INVALID', field: ['autoInvoice', 'onError'] })]),
    );
  });

  it('should refuse a removed status the binding still names, when a save keeps the binding', async () => {
    const t = await tenantWithAdmin(app);
    await gql(app, SAVE, { input: asInput(C, C.autoInvoice) }, t.token);
    const withoutSent: Pipeline = {
      statuses: C.statuses.filter((s) => s.key !== 'sent').map((s) => (s.position > 4 ? { ...s, position: s.position - 1 } : s)),
      transitions: C.transitions.filter((tr) => tr.from !== 'sent' && tr.to !== 'sent'),
    };
    const res = await gql(app, SAVE, { input: asInput(withoutSent) }, t.token);
    expect(res.data.saveInvoiceStatusPipeline.errors).toEqual([
      expect.objectContaining({ code: 'PIPELINE_INVALID', field: ['autoInvoice', 'afterTransfer'], message: 'No status has the key "sent"' }),
    ]);
  });

  it('should let only an administrator change the binding; an API key may save the pipeline around it (X-22)', async () => {
    const t = await tenantWithAdmin(app);
    const refused = await gql(app, SAVE, { input: asInput(C, C.autoInvoice) }, t.apiKey);
    expect(refused.data.saveInvoiceStatusPipeline.errors).toEqual([expect.objectContaining({ code: 'BLOCKED', field: ['autoInvoice'] })]);
    expect((await read(t.token)).autoInvoice).toBeNull();

    await gql(app, SAVE, { input: asInput(C, C.autoInvoice) }, t.token);
    const renamed = { ...C, statuses: C.statuses.map((s) => (s.key === 'draft' ? { ...s, name: 'Utkast' } : s)) };
    const kept = await gql(app, SAVE, { input: asInput(renamed, C.autoInvoice) }, t.apiKey);
    expect(kept.data.saveInvoiceStatusPipeline.errors).toEqual([]);
    expect((await read(t.token)).autoInvoice).toEqual(C.autoInvoice);
  });

  it('should bring a version\'s binding back on restore (ADR 0018, ADR 0022)', async () => {
    const t = await tenantWithAdmin(app);
    await gql(app, SAVE, { input: asInput(C, C.autoInvoice) }, t.token);
    await gql(app, SAVE, { input: asInput(C, null) }, t.token);
    const versions = await gql(app, `{ invoiceStatusPipeline { versions { id number } } }`, {}, t.token);
    const second = versions.data.invoiceStatusPipeline.versions.find((v: { number: number }) => v.number === 2);
    const res = await gql(app, `mutation ($input: RestoreInvoiceStatusPipelineVersionInput!) { restoreInvoiceStatusPipelineVersion(input: $input) {
      pipeline { autoInvoice { toTransfer afterTransfer onError } } errors { code } } }`, { input: { versionId: second.id } }, t.token);
    expect(res.data.restoreInvoiceStatusPipelineVersion).toEqual({ pipeline: { autoInvoice: C.autoInvoice }, errors: [] });
  });

  it('should keep each tenant\'s binding to itself', async () => {
    const a = await tenantWithAdmin(app);
    const b = await tenantWithAdmin(app);
    await gql(app, SAVE, { input: asInput(C, C.autoInvoice) }, a.token);
    expect((await read(a.token)).autoInvoice).toEqual(C.autoInvoice);
    expect((await read(b.token)).autoInvoice).toBeNull();
  });

  it('should report binding issues in the dry run of an unsaved draft (SE-VN-53)', async () => {
    const t = await tenantWithAdmin(app);
    const res = await gql(app, DRY_RUN, { input: asInput(C, { toTransfer: 'draft', afterTransfer: 'sent' }) }, t.token);
    expect(res.data.pipelineDryRun.errors).toEqual([]);
    expect(res.data.pipelineDryRun.issues).toEqual([
      expect.objectContaining({ code: 'PIPELINE_INVALID', field: ['autoInvoice', 'toTransfer'] }),
      expect.objectContaining({ field: ['autoInvoice', 'afterTransfer'], message: 'Add a transition from "draft" to "sent": AutoInvoice moves invoices there (SE-VN-53)' }),
    ]);
  });
});
