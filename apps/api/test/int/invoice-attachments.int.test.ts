import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, connectFortnox, stopSandboxes } from '../erp-connections.js';
import { idOfType } from '../../src/graphql/relay.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const ADD = `mutation ($input: AddInvoiceAttachmentInput!) { addInvoiceAttachment(input: $input) { attachment { id fileName contentType size sha256 kind downloadPath } errors { code field message } } }`;
const REMOVE = `mutation ($input: RemoveInvoiceAttachmentInput!) { removeInvoiceAttachment(input: $input) { invoice { id attachments { id } } errors { code field message } } }`;
const FILES = `query ($id: ID!) { invoice(id: $id) { attachments { id fileName contentType size kind } } }`;

/** Bytes that start like a PDF and then carry every byte value, so nothing may pass through as text. */
const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Uint8Array.from({ length: 256 }, (_, i) => i))]);
const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function invoiceOf(t: AdminTenant, customerNumber = '8701'): Promise<string> {
  const customerId = await seedCustomer(app, t.apiKey, customerNumber);
  return (await seedInvoice(app, t.apiKey, customerId, { currency: 'SEK' })).id;
}

async function add(key: string, invoiceId: string, fileName: string, bytes: Buffer, extra: Record<string, unknown> = {}) {
  const res = await gql(app, ADD, { input: { invoiceId, fileName, contentBase64: bytes.toString('base64'), ...extra } }, key);
  return res.data.addInvoiceAttachment as { attachment: { id: string; fileName: string; contentType: string; size: number; sha256: string; kind: string; downloadPath: string } | null; errors: { code: string; field: string[] | null }[] };
}

describe('Invoice attachments through the partner API (SE-FX-46, X-25)', () => {
  it('should attach a PDF typed by its bytes, list it on the invoice, serve it byte for byte, and remove it (SE-FX-46)', async () => {
    const t = await tenantWithAdmin(app);
    const invoiceId = await invoiceOf(t);
    const added = await add(t.apiKey, invoiceId, 'underlag.pdf', pdfBytes);
    expect(added.errors).toEqual([]);
    const sha256 = createHash('sha256').update(pdfBytes).digest('hex');
    expect(added.attachment).toEqual({ id: expect.any(String), fileName: 'underlag.pdf', contentType: 'application/pdf', size: pdfBytes.byteLength, sha256, kind: 'INVOICE_FILE', downloadPath: `/files/${added.attachment!.id}` });
    const png = await add(t.apiKey, invoiceId, 'foto.png', pngBytes);
    expect(png.attachment?.contentType).toBe('image/png');

    const listed = await gql(app, FILES, { id: invoiceId }, t.apiKey);
    expect(listed.data.invoice.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['underlag.pdf', 'foto.png']);
    const download = await fetch(`${app.url}${added.attachment!.downloadPath}`, { headers: { authorization: `Bearer ${t.apiKey}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes)).toBe(true);

    const removed = await gql(app, REMOVE, { input: { attachmentId: png.attachment!.id } }, t.apiKey);
    expect(removed.data.removeInvoiceAttachment).toEqual({ invoice: { id: invoiceId, attachments: [{ id: added.attachment!.id }] }, errors: [] });
    const again = await gql(app, REMOVE, { input: { attachmentId: png.attachment!.id } }, t.apiKey);
    expect(again.data.removeInvoiceAttachment.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['attachmentId'] })]);
  });

  it('should refuse a file that is not PDF/JPEG/PNG whatever its name, a wrong claimed type, bad base64 and a file over the cap, each on its field', async () => {
    const t = await tenantWithAdmin(app);
    const invoiceId = await invoiceOf(t);
    const zip = await add(t.apiKey, invoiceId, 'renamed.pdf', Buffer.from([0x50, 0x4b, 3, 4, 20, 0]));
    expect(zip).toEqual({ attachment: null, errors: [expect.objectContaining({ code: 'INVALID_FORMAT', field: ['contentBase64'] })] });
    const claimed = await add(t.apiKey, invoiceId, 'a.png', pngBytes, { contentType: 'application/pdf' });
    expect(claimed.errors).toEqual([expect.objectContaining({ code: 'INVALID_FORMAT', field: ['contentType'] })]);
    const notBase64 = await gql(app, ADD, { input: { invoiceId, fileName: 'a.pdf', contentBase64: '%%%not base64' } }, t.apiKey);
    expect(notBase64.data.addInvoiceAttachment.errors).toEqual([expect.objectContaining({ code: 'INVALID_FORMAT', field: ['contentBase64'] })]);
    const big = Buffer.alloc(716_801);
    pdfBytes.copy(big);
    const tooLarge = await add(t.apiKey, invoiceId, 'big.pdf', big);
    expect(tooLarge.errors).toEqual([expect.objectContaining({ code: 'TOO_LARGE', field: ['contentBase64'] })]);
    const unknown = await add(t.apiKey, 'not-an-id', 'a.pdf', pdfBytes);
    expect(unknown.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['invoiceId'] })]);
    expect((await gql(app, FILES, { id: invoiceId }, t.apiKey)).data.invoice.attachments).toEqual([]);
  });

  it('should keep each tenant\'s invoice files to itself: no attaching to, listing, removing or downloading another tenant\'s', async () => {
    const owner = await tenantWithAdmin(app);
    const other = await tenantWithAdmin(app);
    const invoiceId = await invoiceOf(owner);
    const added = await add(owner.apiKey, invoiceId, 'privat.pdf', pdfBytes);
    expect(added.errors).toEqual([]);

    const foreign = await add(other.apiKey, invoiceId, 'intrang.pdf', pdfBytes);
    expect(foreign.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['invoiceId'] })]);
    expect((await gql(app, FILES, { id: invoiceId }, other.apiKey)).data.invoice).toBeNull();
    const remove = await gql(app, REMOVE, { input: { attachmentId: added.attachment!.id } }, other.apiKey);
    expect(remove.data.removeInvoiceAttachment.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const download = await fetch(`${app.url}${added.attachment!.downloadPath}`, { headers: { authorization: `Bearer ${other.apiKey}` } });
    expect(download.status).toBe(404);
    expect((await gql(app, FILES, { id: invoiceId }, owner.apiKey)).data.invoice.attachments).toHaveLength(1);
  });

  it('should read transferInvoiceAttachments off by default, take a boolean, and refuse files once the invoice is in the ERP (SE-FX-46)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectFortnox(app, t, {});
    const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code field message } } }`;
    const read = await gql(app, `{ connections { id rules } }`, {}, t.token);
    expect(read.data.connections.find((c: { id: string }) => c.id === connectionId).rules.transferInvoiceAttachments).toBe(false);
    const bad = await gql(app, RULES, { input: { connectionId, rules: { transferInvoiceAttachments: 'yes' } } }, t.token);
    expect(bad.data.updateTransferRules.errors).toEqual([expect.objectContaining({ field: ['rules', 'transferInvoiceAttachments'] })]);
    const set = await gql(app, RULES, { input: { connectionId, rules: { transferInvoiceAttachments: true } } }, t.token);
    expect(set.data.updateTransferRules.connection.rules.transferInvoiceAttachments).toBe(true);

    const invoiceId = await invoiceOf(t);
    const added = await add(t.apiKey, invoiceId, 'underlag.pdf', pdfBytes);
    await transition(app, t.apiKey, invoiceId, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const late = await add(t.apiKey, invoiceId, 'sent.pdf', pdfBytes);
    expect(late.errors).toEqual([expect.objectContaining({ code: 'NOT_EDITABLE', field: ['invoiceId'] })]);
    const remove = await gql(app, REMOVE, { input: { attachmentId: added.attachment!.id } }, t.apiKey);
    expect(remove.data.removeInvoiceAttachment.errors).toEqual([expect.objectContaining({ code: 'NOT_EDITABLE', field: ['attachmentId'] })]);
  });
});

const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { errors { code field message } } }`;
const RETRY = `mutation ($input: RetryTransferItemInput!) { retryTransferItem(input: $input) { retried run { id } errors { code message field } } }`;
const ITEMS = `query ($id: ID!) { transferRun(id: $id) { status items { id register outcome errorCode message externalId } } }`;

/** A Fortnox tenant with one invoice (with the given files) moved to the transfer status. */
async function fortnoxInvoiceWithFiles(files: { name: string; bytes: Buffer }[], rules: Record<string, unknown>) {
  const t = await tenantWithAdmin(app);
  const { sandbox, connectionId } = await connectFortnox(app, t, {});
  expect((await gql(app, RULES, { input: { connectionId, rules } }, t.token)).data.updateTransferRules.errors).toEqual([]);
  const invoiceId = await invoiceOf(t);
  for (const f of files) expect((await add(t.apiKey, invoiceId, f.name, f.bytes)).errors).toEqual([]);
  await transition(app, t.apiKey, invoiceId, 'send-to-erp');
  return { t, sandbox, connectionId, invoiceId };
}

async function documentNumberOf(key: string, invoiceId: string): Promise<number> {
  return Number((await gql(app, `query ($id: ID!) { invoice(id: $id) { number } }`, { id: invoiceId }, key)).data.invoice.number);
}

const secondPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('andra bilagan')]);

describe('Invoice attachments sent to Fortnox with the invoice, exactly once (SE-FX-46, X-25)', () => {
  it('should connect each file to the Fortnox invoice byte for byte, and upload nothing again on a second run', async () => {
    const { t, sandbox, connectionId, invoiceId } = await fortnoxInvoiceWithFiles([{ name: 'underlag.pdf', bytes: pdfBytes }, { name: 'bilaga-2.pdf', bytes: secondPdf }], { transferInvoiceAttachments: true });
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(run.items.filter((i) => i.register === 'invoiceAttachments').map((i) => i.outcome)).toEqual(['TRANSFERRED', 'TRANSFERRED']);
    const number = await documentNumberOf(t.apiKey, invoiceId);
    const connected = sandbox.store.invoiceFileConnections.get(number) ?? [];
    expect(connected.map((c) => c.includeOnSend)).toEqual([true, true]);
    const files = connected.map((c) => sandbox.store.archiveFiles.get(c.fileId)!);
    expect(files.map((f) => f.name)).toEqual(['underlag.pdf', 'bilaga-2.pdf']);
    expect(Buffer.from(files[0]!.bytes).equals(pdfBytes)).toBe(true);
    expect(Buffer.from(files[1]!.bytes).equals(secondPdf)).toBe(true);
    expect(sandbox.store.inboxUploads).toBe(2);

    const again = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(again.items.filter((i) => i.register === 'invoiceAttachments')).toEqual([]);
    expect(sandbox.store.inboxUploads).toBe(2);
    expect(sandbox.store.invoiceFileConnections.get(number)).toHaveLength(2);
  });

  it('should send nothing while transferInvoiceAttachments is off, its default', async () => {
    const { t, sandbox, connectionId, invoiceId } = await fortnoxInvoiceWithFiles([{ name: 'underlag.pdf', bytes: pdfBytes }], {});
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(run.items.filter((i) => i.register === 'invoiceAttachments')).toEqual([]);
    expect(sandbox.store.inboxUploads).toBe(0);
    expect(sandbox.store.invoiceFileConnections.get(await documentNumberOf(t.apiKey, invoiceId))).toBeUndefined();
  });

  it('should keep the invoice transferred when the upload fails, show the file as a failed item with Fortnox\'s answer, and send it once on retry', async () => {
    const { t, sandbox, connectionId, invoiceId } = await fortnoxInvoiceWithFiles([{ name: 'underlag.pdf', bytes: pdfBytes }], { transferInvoiceAttachments: true });
    const fault = (failUploads: boolean) => fetch(`${sandbox.baseUrl}/__sandbox/invoice-files/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ failUploads }) });
    expect((await fault(true)).status).toBe(200);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.register === 'invoices').map((i) => i.outcome)).toEqual(['TRANSFERRED']);
    const [failed] = run.items.filter((i) => i.register === 'invoiceAttachments');
    expect(failed).toMatchObject({ outcome: 'FAILED', errorCode: 'TEMPORARY' });
    expect(failed!.message).toContain('underlag.pdf');
    const number = await documentNumberOf(t.apiKey, invoiceId);
    expect(sandbox.store.invoices.size).toBe(2); // the seeded demo invoice and ours, created once
    expect(sandbox.store.invoiceFileConnections.get(number)).toBeUndefined();

    expect((await fault(false)).status).toBe(200);
    const state = await gql(app, `{ transferRuns(first: 1) { id } }`, {}, t.apiKey);
    const runId = state.data.transferRuns[0].id;
    const items = (await gql(app, ITEMS, { id: runId }, t.apiKey)).data.transferRun.items as { id: string; register: string; outcome: string }[];
    const itemId = items.find((i) => i.register === 'invoiceAttachments')!.id;
    const retried = await gql(app, RETRY, { input: { itemId } }, t.apiKey);
    expect(retried.data.retryTransferItem.errors).toEqual([]);
    const retryRun = await waitForRun(t.apiKey, retried.data.retryTransferItem.run.id);
    expect(retryRun.items.filter((i: { register: string }) => i.register === 'invoiceAttachments').map((i: { outcome: string }) => i.outcome)).toEqual(['TRANSFERRED']);
    expect(retryRun.items.filter((i: { register: string }) => i.register === 'invoices')).toEqual([]);
    expect(sandbox.store.invoiceFileConnections.get(number)).toHaveLength(1);
    expect(sandbox.store.invoices.size).toBe(2);

    const later = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(later.items.filter((i) => i.register === 'invoiceAttachments')).toEqual([]);
    expect(sandbox.store.invoiceFileConnections.get(number)).toHaveLength(1);
  });
});

async function waitForRun(key: string, id: string): Promise<{ status: string; items: { register: string; outcome: string }[] }> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const run = (await gql(app, ITEMS, { id }, key)).data?.transferRun;
    if (run && ['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${id} did not finish`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Invoice attachments after a crash mid-send (SE-FX-46, X-25)', () => {
  it('should settle a file whose send was left open by looking at the Fortnox invoice, without uploading it again', async () => {
    const { t, sandbox, connectionId, invoiceId } = await fortnoxInvoiceWithFiles([{ name: 'underlag.pdf', bytes: pdfBytes }], { transferInvoiceAttachments: true });
    await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(sandbox.store.inboxUploads).toBe(1);
    // as if the worker died after Fortnox connected the file but before the ledger recorded it
    // the database owner, outside RLS: the test plays the crash, not a tenant
    const owner = new pg.Client({ connectionString: app.databaseUrl });
    await owner.connect();
    const reopened = await owner.query(
      `UPDATE transfer_intent SET status = 'OPEN', external_id = NULL, resolved_at = NULL WHERE record_type = 'invoice_attachment' AND record_id IN (SELECT attachment_id FROM invoice_attachment WHERE invoice_id = $1)`,
      [idOfType(invoiceId, 'Invoice')],
    ).finally(() => owner.end());
    expect(reopened.rowCount).toBe(1);
    const again = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(again.items.filter((i) => i.register === 'invoiceAttachments').map((i) => i.outcome)).toEqual(['TRANSFERRED']);
    expect(sandbox.store.inboxUploads).toBe(1);
    expect(sandbox.store.invoiceFileConnections.get(await documentNumberOf(t.apiKey, invoiceId))).toHaveLength(1);
    const third = await runAndWait(app, t.apiKey, connectionId, ['invoices']);
    expect(third.items.filter((i) => i.register === 'invoiceAttachments')).toEqual([]);
  });
});

describe('Invoice attachments where they cannot be sent (SE-FX-46, X-25)', () => {
  const PREFLIGHT = `{ connections { id preflight { findings { code severity message examples } } } }`;
  const findingsOf = async (t: AdminTenant, connectionId: string) => ((await gql(app, PREFLIGHT, {}, t.token)).data.connections as { id: string; preflight: { findings: { code: string; severity: string; message: string; examples: string[] }[] } }[])
    .find((c) => c.id === connectionId)!.preflight.findings.filter((f) => f.code === 'INVOICE_ATTACHMENTS');

  it('should warn an e-conomic connection with the setting on that e-conomic cannot take invoice attachments, and stay quiet with it off', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t, {});
    expect(await findingsOf(t, connectionId)).toEqual([]);
    expect((await gql(app, RULES, { input: { connectionId, rules: { transferInvoiceAttachments: true } } }, t.token)).data.updateTransferRules.errors).toEqual([]);
    expect(await findingsOf(t, connectionId)).toEqual([expect.objectContaining({ severity: 'WARNING', message: expect.stringContaining('e-conomic cannot take invoice attachments') })]);
  });

  it('should warn a Fortnox connection that its JPEG/PNG invoice files will not be taken, naming them', async () => {
    const { t, connectionId } = await fortnoxInvoiceWithFiles([{ name: 'foto.png', bytes: pngBytes }, { name: 'underlag.pdf', bytes: pdfBytes }], { transferInvoiceAttachments: true });
    expect(await findingsOf(t, connectionId)).toEqual([expect.objectContaining({ severity: 'WARNING', examples: ['foto.png'] })]);
  });
});
