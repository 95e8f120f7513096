import { mergeIntoPdf } from '../../attachment/pdf-merge.js';
import { ProjectCostEntity } from '../../project-cost/project-cost.entity.js';
import type { RegisterContext } from '../register-context.js';

/** The merged PDF's key among the connection's files: ERP file ids never take this form. */
export function mergedPdfKey(supplierInvoiceExternalId: string): string {
  return `merged-supplier-invoice:${supplierInvoiceExternalId}`;
}

/**
 * One PDF per supplier invoice, made of its image and attachments in the order the ERP lists them
 * (the image first: it is connected first), stored once per connection and linked to every project
 * the invoice's costs went to (SE-FX-51, SE-VN-57; ADR 0028). It is made from the files already
 * kept, so it costs no vendor call; files it cannot take are listed on it as skipped. Made once:
 * later runs, and later costs of the same invoice, only link the project to it.
 */
export class MergedInvoicePdfs {
  /** The merged file's row id by the ERP's supplier-invoice id, for this run (null: nothing to merge). */
  private readonly byInvoice = new Map<string, Promise<string | null>>();

  constructor(private readonly ctx: RegisterContext) {}

  async addToProjectOf(projectCostId: string, supplierInvoiceExternalId: string, fileIds: readonly string[]): Promise<void> {
    let merged = this.byInvoice.get(supplierInvoiceExternalId);
    if (!merged) {
      merged = this.mergedFor(supplierInvoiceExternalId, fileIds);
      this.byInvoice.set(supplierInvoiceExternalId, merged);
    }
    const id = await merged;
    if (!id) return;
    const { tenantId } = this.ctx;
    const cost = await this.ctx.db.read(tenantId, (m) => m.findOne(ProjectCostEntity, { where: { tenantId, id: projectCostId }, select: { id: true, projectId: true } }));
    if (cost) await this.ctx.services.attachments.linkToProject(tenantId, cost.projectId, id);
  }

  private async mergedFor(supplierInvoiceExternalId: string, fileIds: readonly string[]): Promise<string | null> {
    const { ctx } = this;
    const key = mergedPdfKey(supplierInvoiceExternalId);
    const existing = (await ctx.services.attachments.storedIds(ctx.tenantId, ctx.connection.id, [key])).get(key);
    if (existing) return existing;
    if (fileIds.length === 0) return null;
    const files = await ctx.services.attachments.contents(ctx.tenantId, fileIds);
    const merged = await mergeIntoPdf(files.map((f) => ({ fileName: f.fileName, contentType: f.contentType, bytes: f.content })), `Supplier invoice ${supplierInvoiceExternalId}`);
    if (!merged.bytes) {
      // the files themselves are still kept with the costs; only the merged copy is missing
      await ctx.log.item({
        register: 'projectCosts', recordId: null, direction: 'PULL', outcome: 'SKIPPED', externalId: supplierInvoiceExternalId,
        message: `No merged PDF for supplier invoice ${supplierInvoiceExternalId}: none of its files could be merged (${merged.skipped.map((s) => `${s.fileName}: ${s.reason}`).join('; ')}) (SE-FX-51)`,
      });
      return null;
    }
    const saved = await ctx.services.attachments.store(ctx.tenantId, {
      connectionId: ctx.connection.id, externalId: key, fileName: `supplier-invoice-${supplierInvoiceExternalId}.pdf`, contentType: 'application/pdf', bytes: merged.bytes,
      merged: { pageCount: merged.pageCount, skippedFiles: merged.skipped },
    });
    if (!saved.ok) {
      await this.failed(supplierInvoiceExternalId, saved.error.code, `Merged PDF of supplier invoice ${supplierInvoiceExternalId}: ${saved.error.message}`);
      return null;
    }
    return saved.value;
  }

  private async failed(externalId: string, errorCode: string, message: string): Promise<void> {
    await this.ctx.log.item({ register: 'projectCosts', recordId: null, direction: 'PULL', outcome: 'FAILED', errorCode, externalId, message });
  }
}
