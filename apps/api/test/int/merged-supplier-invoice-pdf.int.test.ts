import { connectSupplierInvoiceFile, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { fortnoxSupplierInvoice, fortnoxTenantWithProjects, type FortnoxProjectsTenant } from '../supplier-invoice-files.js';
import { jpeg, pdfWithPages, png } from '../pdf-fixtures.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const PROJECT_FILES = `{ projects(first: 50) { nodes { number files { id fileName contentType kind pageCount size skippedFiles { fileName reason } downloadPath } } } }`;

interface ProjectFiles {
  number: string;
  files: { id: string; fileName: string; contentType: string; kind: string; pageCount: number | null; size: number; skippedFiles: { fileName: string; reason: string }[]; downloadPath: string }[];
}

/** A tenant on a seeded Fortnox with "transfer supplier-invoice images" on, and projects P100 and P101 in the graph. */
function fortnoxTenant(): Promise<FortnoxProjectsTenant> {
  return fortnoxTenantWithProjects(app, { transferSupplierInvoiceImages: true }, '8801');
}

/** A supplier invoice registered in Fortnox with one cost row on each project; returns its given number. */
function supplierInvoiceOn(sandbox: StartedSandbox<FortnoxStore>, projects: string[]): Promise<number> {
  return fortnoxSupplierInvoice(sandbox, { number: `M-${projects.join('-')}`, date: '2024-05-12', debit: 300 }, projects);
}

async function projectFiles(t: AdminTenant): Promise<ProjectFiles[]> {
  const res = await gql(app, PROJECT_FILES, {}, t.apiKey);
  expect(res.errors).toBeUndefined();
  return res.data.projects.nodes;
}

function download(path: string, key: string): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
}

describe('supplier-invoice image and attachments as one PDF with the project (SE-FX-51)', () => {
  it('should store one merged PDF per supplier invoice with every project it reaches, pages equal to its inputs\', and not make it again on a second run (SE-FX-51, SE-VN-57)', async () => {
    const { t, connectionId, sandbox } = await fortnoxTenant();
    const given = await supplierInvoiceOn(sandbox, ['P100', 'P101']);
    // the image first, then its attachments, as Fortnox lists them: 2 + 1 + 1 pages and a file no PDF can hold
    connectSupplierInvoiceFile(sandbox.store, given, { name: 'faktura.pdf', contentType: 'application/pdf', bytes: await pdfWithPages([[595, 842], [595, 842]]) });
    connectSupplierInvoiceFile(sandbox.store, given, { name: 'kvitto.jpg', contentType: 'image/jpeg', bytes: jpeg() });
    connectSupplierInvoiceFile(sandbox.store, given, { name: 'foto.png', contentType: 'image/png', bytes: png(30, 60) });
    connectSupplierInvoiceFile(sandbox.store, given, { name: 'notering.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('Levererat till bakdörren') });

    const run = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const fileName = `supplier-invoice-${given}.pdf`;
    const mergedOn = (projects: ProjectFiles[], number: string) => projects.find((p) => p.number === number)!.files.filter((f) => f.fileName === fileName);
    const first = await projectFiles(t);
    const [onP100] = mergedOn(first, 'P100');
    expect(mergedOn(first, 'P100')).toEqual([{
      id: expect.any(String), fileName, contentType: 'application/pdf', kind: 'MERGED_PDF', pageCount: 4, size: expect.any(Number),
      skippedFiles: [{ fileName: 'notering.txt', reason: expect.stringContaining('Not a PDF, JPEG or PNG file (text/plain)') }], downloadPath: `/files/${onP100!.id}`,
    }]);
    // stored once, reaching both projects of the invoice
    expect(mergedOn(first, 'P101')).toEqual([onP100]);

    const own = await download(onP100!.downloadPath, t.apiKey);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await own.arrayBuffer());
    expect(bytes.byteLength).toBe(onP100!.size);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(4);
    const other = await tenantWithAdmin(app);
    expect((await download(onP100!.downloadPath, other.apiKey)).status).toBe(404);

    // the ERP's own files stay with the costs, and the merged one is not among them
    const costs = await gql(app, `{ projectCosts { nodes { project { number } attachments { fileName kind } } } }`, {}, t.apiKey);
    const split = costs.data.projectCosts.nodes.filter((n: { attachments: { fileName: string }[] }) => n.attachments.some((a) => a.fileName === 'kvitto.jpg'));
    expect(split).toHaveLength(2);
    expect(split[0].attachments.map((a: { kind: string }) => a.kind)).toEqual(['ERP_FILE', 'ERP_FILE', 'ERP_FILE', 'ERP_FILE']);

    const downloads = new Map(sandbox.store.archiveDownloads);
    const again = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(again.items.filter((i) => i.outcome === 'FAILED' || i.outcome === 'TRANSFERRED')).toEqual([]);
    const second = await projectFiles(t);
    expect(mergedOn(second, 'P100')).toEqual([onP100]);
    expect(mergedOn(second, 'P101')).toEqual([onP100]);
    expect(sandbox.store.archiveDownloads).toEqual(downloads);
  });

});
