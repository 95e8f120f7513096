import { createHash } from 'node:crypto';
import { connectSupplierInvoiceFile, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { fortnoxSupplierInvoice, fortnoxTenantWithProjects, type FortnoxProjectsTenant } from '../supplier-invoice-files.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code field message } } }`;
const COSTS = `{ projectCosts { nodes { description project { number } attachments { id fileName contentType size sha256 downloadPath } } } }`;

function fortnoxTenant(rules: Record<string, unknown> = { transferSupplierInvoiceImages: true }): Promise<FortnoxProjectsTenant> {
  return fortnoxTenantWithProjects(app, rules, '8701');
}

function supplierInvoiceOn(sandbox: StartedSandbox<FortnoxStore>, projects: string[]): Promise<number> {
  return fortnoxSupplierInvoice(sandbox, { number: `B-${projects.join('-')}`, date: '2024-05-10', debit: 200 }, projects);
}

function download(path: string, key?: string): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
}


describe('Supplier-invoice files kept with project costs (X-25)', () => {
  it('should keep no files while "transfer supplier-invoice images" is off, its default (SE-FX-51)', async () => {
    const { t, connectionId, sandbox } = await fortnoxTenant({});
    const read = await gql(app, `{ connections { id rules } }`, {}, t.token);
    expect(read.data.connections.find((c: { id: string }) => c.id === connectionId).rules.transferSupplierInvoiceImages).toBe(false);
    const run = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(run.items.filter((i) => i.outcome === 'TRANSFERRED')).toHaveLength(1);
    const costs = await gql(app, COSTS, {}, t.apiKey);
    expect(costs.data.projectCosts.nodes[0].attachments).toEqual([]);
    expect(sandbox.store.archiveDownloads.size).toBe(0);
    const bad = await gql(app, RULES, { input: { connectionId, rules: { transferSupplierInvoiceImages: 'yes' } } }, t.token);
    expect(bad.data.updateTransferRules.errors).toEqual([expect.objectContaining({ field: ['rules', 'transferSupplierInvoiceImages'] })]);
  });

  it('should keep the invoice\'s file with its cost and serve it, byte for byte, only to the same tenant (SE-FX-51)', async () => {
    const { t, connectionId, sandbox } = await fortnoxTenant();
    const run = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const [cost] = (await gql(app, COSTS, {}, t.apiKey)).data.projectCosts.nodes;
    const original = [...sandbox.store.archiveFiles.values()][0]!.bytes;
    const sha256 = createHash('sha256').update(original).digest('hex');
    expect(cost.attachments).toEqual([{ id: expect.any(String), fileName: 'F-88123.pdf', contentType: 'application/pdf', size: original.byteLength, sha256, downloadPath: `/files/${cost.attachments[0].id}` }]);

    const own = await download(cost.attachments[0].downloadPath, t.apiKey);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await own.arrayBuffer()).equals(Buffer.from(original))).toBe(true);

    const other = await tenantWithAdmin(app);
    expect((await download(cost.attachments[0].downloadPath, other.apiKey)).status).toBe(404);
    expect((await download(cost.attachments[0].downloadPath, other.token)).status).toBe(404);
    expect((await download(cost.attachments[0].downloadPath)).status).toBe(401);
    expect((await download('/files/not-an-id', t.apiKey)).status).toBe(404);
    const otherCosts = await gql(app, COSTS, {}, other.apiKey);
    expect(otherCosts.data.projectCosts.nodes).toEqual([]);
  });

  it('should add a file of an invoice spanning two projects to both, downloading it once, and never again (SE-VN-57)', async () => {
    const { t, connectionId, sandbox } = await fortnoxTenant();
    const split = await supplierInvoiceOn(sandbox, ['P100', 'P101']);
    const fileId = connectSupplierInvoiceFile(sandbox.store, split, { name: 'följesedel.png', contentType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71, 0, 255, 13, 10]) });
    const run = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(run.items.filter((i) => i.outcome === 'TRANSFERRED')).toHaveLength(3);
    const nodes: { project: { number: string }; attachments: { id: string; fileName: string }[] }[] = (await gql(app, COSTS, {}, t.apiKey)).data.projectCosts.nodes;
    const ofSplit = nodes.filter((n) => n.attachments.some((a) => a.fileName === 'följesedel.png'));
    expect(ofSplit.map((n) => n.project.number).sort()).toEqual(['P100', 'P101']);
    expect(new Set(ofSplit.map((n) => n.attachments[0]!.id)).size).toBe(1);
    expect(sandbox.store.archiveDownloads.get(fileId)).toBe(1);

    // a later invoice naming a file already kept links to it without downloading it again
    const later = await supplierInvoiceOn(sandbox, ['P101']);
    sandbox.store.supplierInvoiceFiles.set(later, [fileId]);
    await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    const after: { attachments: { id: string }[] }[] = (await gql(app, COSTS, {}, t.apiKey)).data.projectCosts.nodes;
    expect(after.filter((n) => n.attachments.some((a) => a.id === ofSplit[0]!.attachments[0]!.id))).toHaveLength(3);
    expect(sandbox.store.archiveDownloads.get(fileId)).toBe(1);
    expect([...sandbox.store.archiveDownloads.values()].every((n) => n === 1)).toBe(true);
  });

  it('should fail a file above 10 MB as its own item, naming it, and still bring the cost in (X-25)', async () => {
    const { t, connectionId, sandbox } = await fortnoxTenant();
    const big = await supplierInvoiceOn(sandbox, ['P101']);
    connectSupplierInvoiceFile(sandbox.store, big, { name: 'skanning.tif', contentType: 'image/tiff', bytes: new Uint8Array(10 * 1024 * 1024 + 1) });
    const run = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(run.items.filter((i) => i.outcome === 'TRANSFERRED')).toHaveLength(2);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([expect.objectContaining({ errorCode: 'TOO_LARGE', message: expect.stringContaining('skanning.tif is 10.0 MB') })]);
    const nodes: { project: { number: string }; attachments: { fileName: string }[] }[] = (await gql(app, COSTS, {}, t.apiKey)).data.projectCosts.nodes;
    expect(nodes.find((n) => n.project.number === 'P101')?.attachments).toEqual([]);
    expect(nodes.find((n) => n.project.number === 'P100')?.attachments.map((a) => a.fileName)).toEqual(['F-88123.pdf']);
  });
});
