import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const READ = `{ invoiceStatusPipeline { revision updatedBy statuses { key name flags { isDefault isEditable requiresInvoiceNumber isSent isPartiallyPaid isPaid isFailed isCreditNoteDefault isTransferTrigger isAfterTransfer } } transitions { from to } versions { id number savedBy restoredFrom changes } } }`;
const SAVE = `mutation ($input: SaveInvoiceStatusPipelineInput!) { saveInvoiceStatusPipeline(input: $input) { pipeline { revision } errors { code message field } } }`;
const RESTORE = `mutation ($input: RestoreInvoiceStatusPipelineVersionInput!) { restoreInvoiceStatusPipelineVersion(input: $input) {
  pipeline { revision updatedBy statuses { key name } } errors { code message field } } }`;

type Version = { id: string; number: number; savedBy: string | null; restoredFrom: number | null; changes: string[] };
type Read = { revision: number; updatedBy: string | null; statuses: { key: string; name: string; flags: Record<string, boolean> }[]; transitions: { from: string; to: string }[]; versions: Version[] };

async function read(key: string): Promise<Read> {
  const res = await gql(app, READ, {}, key);
  expect(res.errors).toBeUndefined();
  return res.data.invoiceStatusPipeline;
}

/** Saves version 2: the "sent" status renamed, so versions 1 and 2 differ visibly. */
async function renameSent(t: AdminTenant, name: string): Promise<Read> {
  const before = await read(t.token);
  const statuses = before.statuses.map((s) => (s.key === 'sent' ? { ...s, name } : s));
  const saved = await gql(app, SAVE, { input: { statuses, transitions: before.transitions } }, t.token);
  expect(saved.data.saveInvoiceStatusPipeline.errors).toEqual([]);
  return read(t.token);
}

const versionOf = (r: Read, n: number) => r.versions.find((v) => v.number === n)!;
const sentName = (r: { statuses: { key: string; name: string }[] }) => r.statuses.find((s) => s.key === 'sent')?.name;

describe('restoreInvoiceStatusPipelineVersion (issue #6 screen 5, ADR 0022)', () => {
  it('should save the old version as a new one, saying who restored which version (SE-VN-40, X-19)', async () => {
    const t = await tenantWithAdmin(app);
    const original = await read(t.token);
    const edited = await renameSent(t, 'Sent to the customer');
    expect(edited.revision).toBe(2);

    const res = await gql(app, RESTORE, { input: { versionId: versionOf(edited, 1).id } }, t.token);
    expect(res.data.restoreInvoiceStatusPipelineVersion.errors).toEqual([]);
    expect(res.data.restoreInvoiceStatusPipelineVersion.pipeline.revision).toBe(3);

    const after = await read(t.token);
    expect(after.revision).toBe(3);
    expect(after.statuses).toEqual(original.statuses);
    expect(after.transitions).toEqual(original.transitions);
    expect(after.updatedBy).toMatch(/@example\.se$/);
    expect(after.versions.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(versionOf(after, 3)).toMatchObject({ restoredFrom: 1, savedBy: after.updatedBy });
    expect(versionOf(after, 3).changes[0]).toBe('Restored from version 1');
    expect(versionOf(after, 3).changes.join(' ')).toContain('Sent to the customer');
    expect(versionOf(after, 2).restoredFrom).toBeNull();
  });

  it('should refuse a version that no longer passes today\'s rules with a typed error and change nothing (SE-VN-42, X-19)', async () => {
    const t = await tenantWithAdmin(app);
    const edited = await renameSent(t, 'Skickad');
    // version 1 as if it had been saved under older, looser rules: no failed status at all
    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      const changed = await db.query(
        `UPDATE invoice_status_pipeline_version SET statuses = (SELECT jsonb_agg(jsonb_set(s, '{flags,isFailed}', 'false'::jsonb)) FROM jsonb_array_elements(statuses) s) WHERE id = $1`,
        [Buffer.from(versionOf(edited, 1).id, 'base64url').toString().split(':')[1]],
      );
      expect(changed.rowCount).toBe(1);
    } finally {
      await db.end();
    }

    const res = await gql(app, RESTORE, { input: { versionId: versionOf(edited, 1).id } }, t.token);
    const { pipeline, errors } = res.data.restoreInvoiceStatusPipelineVersion;
    expect(pipeline).toBeNull();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toEqual(errors.map(() => expect.objectContaining({ code: 'PIPELINE_INVALID', field: ['versionId'], message: expect.stringMatching(/^Version 1 no longer passes the pipeline rules: /) })));
    const after = await read(t.token);
    expect(after.revision).toBe(2);
    expect(sentName(after)).toBe('Skickad');
    expect(after.versions.map((v) => v.number)).toEqual([2, 1]);
  });

  it('should refuse a restore that would remove a status invoices are in, and change nothing (SE-VN-40)', async () => {
    const t = await tenantWithAdmin(app);
    const before = await read(t.token);
    const draftAt = before.statuses.findIndex((s) => s.key === 'draft');
    const approval = { key: 'approval', name: 'Awaiting approval', flags: Object.fromEntries(Object.keys(before.statuses[draftAt]!.flags).map((f) => [f, false])) };
    const statuses = [...before.statuses.slice(0, draftAt + 1), approval, ...before.statuses.slice(draftAt + 1)];
    const saved = await gql(app, SAVE, { input: { statuses, transitions: [...before.transitions, { from: 'draft', to: 'approval' }] } }, t.token);
    expect(saved.data.saveInvoiceStatusPipeline.errors).toEqual([]);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '3001'));
    await transition(app, t.apiKey, invoice.id, 'approval');

    const res = await gql(app, RESTORE, { input: { versionId: versionOf(await read(t.token), 1).id } }, t.token);
    expect(res.data.restoreInvoiceStatusPipelineVersion.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['versionId'], message: expect.stringContaining('Awaiting approval') })]);
    const after = await read(t.token);
    expect(after.revision).toBe(2);
    expect(after.statuses.map((s) => s.key)).toContain('approval');
    expect(after.versions.map((v) => v.number)).toEqual([2, 1]);
  });

  it('should refuse to restore the current version, and an id that is not a version (NOT_FOUND)', async () => {
    const t = await tenantWithAdmin(app);
    const current = await read(t.token);
    const same = await gql(app, RESTORE, { input: { versionId: versionOf(current, 1).id } }, t.token);
    expect(same.data.restoreInvoiceStatusPipelineVersion.errors).toEqual([expect.objectContaining({ code: 'ALREADY_DONE', field: ['versionId'] })]);
    const bogus = await gql(app, RESTORE, { input: { versionId: 'not-a-version' } }, t.token);
    expect(bogus.data.restoreInvoiceStatusPipelineVersion.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['versionId'] })]);
    expect((await read(t.token)).revision).toBe(1);
  });

  it('should not reach another tenant\'s versions (X-19, tenant isolation)', async () => {
    const a = await tenantWithAdmin(app);
    const b = await tenantWithAdmin(app);
    const editedA = await renameSent(a, 'Sent (A)');
    await renameSent(b, 'Sent (B)');
    const res = await gql(app, RESTORE, { input: { versionId: versionOf(editedA, 1).id } }, b.token);
    expect(res.data.restoreInvoiceStatusPipelineVersion).toEqual({ pipeline: null, errors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['versionId'] })] });
    const [afterA, afterB] = [await read(a.token), await read(b.token)];
    expect([afterA.revision, sentName(afterA)]).toEqual([2, 'Sent (A)']);
    expect([afterB.revision, sentName(afterB)]).toEqual([2, 'Sent (B)']);
  });

  it('should be an admin\'s task: a partner app key is refused', async () => {
    const t = await tenantWithAdmin(app);
    const edited = await renameSent(t, 'Sent by key?');
    const res = await gql(app, RESTORE, { input: { versionId: versionOf(edited, 1).id } }, t.apiKey);
    expect(res.data?.restoreInvoiceStatusPipelineVersion ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHORIZED/);
    expect((await read(t.token)).revision).toBe(2);
  });
});
