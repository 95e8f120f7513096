import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { createTenant, gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const SAVE = `mutation ($input: SaveInvoiceStatusPipelineInput!) { saveInvoiceStatusPipeline(input: $input) { pipeline { revision statuses { key position flags { isDefault isFailed } } } errors { code message field } } }`;
const READ = `{ invoiceStatusPipeline { revision updatedBy statuses { key name position flags { isDefault isEditable requiresInvoiceNumber isSent isPartiallyPaid isPaid isFailed isCreditNoteDefault isTransferTrigger isAfterTransfer } } transitions { from to } } }`;

type Status = { key: string; name: string; flags: Record<string, boolean> };

async function current(key: string): Promise<{ statuses: Status[]; transitions: { from: string; to: string }[]; revision: number }> {
  return (await gql(app, READ, {}, key)).data.invoiceStatusPipeline;
}

function asInput(p: { statuses: Status[]; transitions: { from: string; to: string }[] }) {
  return { statuses: p.statuses.map(({ key, name, flags }) => ({ key, name, flags })), transitions: p.transitions };
}

describe('invoice-status pipeline', () => {
  it('should give every new tenant the seeds\' pipeline B with the failed status first (SE-VN-42, SE-VN-47)', async () => {
    const t = await createTenant(app);
    const p = await current(t.apiKey);
    expect(p.statuses[0]).toMatchObject({ key: 'failed', position: 0, flags: { isFailed: true, isDefault: false } });
    expect(p.statuses.filter((s) => s.flags['isDefault'])).toHaveLength(1);
    expect(p.revision).toBe(1);
  });

  it('should refuse a pipeline whose failed status is the default, with the field path (SE-VN-42)', async () => {
    const t = await createTenant(app);
    const p = asInput(await current(t.apiKey));
    p.statuses = p.statuses.map((s) => ({ ...s, flags: { ...s.flags, isDefault: s.key === 'failed' } }));
    const res = await gql(app, SAVE, { input: p }, t.apiKey);
    expect(res.errors).toBeUndefined();
    expect(res.data.saveInvoiceStatusPipeline.pipeline).toBeNull();
    expect(res.data.saveInvoiceStatusPipeline.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'PIPELINE_INVALID', field: ['statuses', '0', 'flags', 'isDefault'] })]));
    expect((await current(t.apiKey)).revision).toBe(1);
  });

  it('should save a valid change, bump the revision and record who saved it', async () => {
    const t = await createTenant(app);
    const p = asInput(await current(t.apiKey));
    p.statuses = p.statuses.map((s) => (s.key === 'draft' ? { ...s, name: 'Kladde' } : s));
    const res = await gql(app, SAVE, { input: p }, t.apiKey);
    expect(res.data.saveInvoiceStatusPipeline.errors).toEqual([]);
    const after = await current(t.apiKey);
    expect(after.revision).toBe(2);
    expect(after.statuses.find((s) => s.key === 'draft')?.name).toBe('Kladde');
  });

  it('should refuse to remove a status that invoices are in', async () => {
    const t = await createTenant(app);
    await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '1'));
    const p = asInput(await current(t.apiKey));
    // re-keying "draft" removes the status the invoice is in, though the pipeline itself is valid
    const rekey = (k: string): string => (k === 'draft' ? 'draft-2' : k);
    const renamed = {
      statuses: p.statuses.map((s) => ({ ...s, key: rekey(s.key) })),
      transitions: p.transitions.map((tr) => ({ from: rekey(tr.from), to: rekey(tr.to) })),
    };
    const res = await gql(app, SAVE, { input: renamed }, t.apiKey);
    expect(res.data.saveInvoiceStatusPipeline.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['statuses'] })]);
    expect((await current(t.apiKey)).statuses.some((s) => s.key === 'draft')).toBe(true);
  });
});
