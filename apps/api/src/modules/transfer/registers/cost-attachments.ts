import type { AttachmentRef } from '@ledgerbridge/connectors';
import type { RegisterContext } from '../register-context.js';
import { MergedInvoicePdfs } from './merged-invoice-pdf.js';

/**
 * Keeps the ERP's supplier-invoice files with the project costs pulled from that invoice, when the
 * connection's "transfer supplier-invoice images" rule is on (SE-FX-51, X-25). A file is listed
 * once per invoice and run, and downloaded at most once per connection: its ERP id is looked up
 * first, so costs of the same invoice on other projects, or in later runs, only link to it (SE-VN-57).
 * A file that cannot be kept fails as its own item; the cost it belongs to stays transferred.
 */
export class CostAttachments {
  /** Row ids of an invoice's stored files, by the ERP's supplier-invoice id, for this run. */
  private readonly byInvoice = new Map<string, Promise<string[]>>();

  private readonly merged: MergedInvoicePdfs;

  constructor(private readonly ctx: RegisterContext) {
    this.merged = new MergedInvoicePdfs(ctx);
  }

  get isOn(): boolean {
    const { connector } = this.ctx;
    return this.ctx.rules.transferSupplierInvoiceImages && connector.listSupplierInvoiceAttachments !== undefined && connector.getAttachment !== undefined;
  }

  async attach(projectCostId: string, supplierInvoiceExternalId: string | undefined): Promise<void> {
    if (!this.isOn || !supplierInvoiceExternalId) return;
    let files = this.byInvoice.get(supplierInvoiceExternalId);
    if (!files) {
      files = this.storeFiles(supplierInvoiceExternalId);
      this.byInvoice.set(supplierInvoiceExternalId, files);
    }
    await this.ctx.services.attachments.link(this.ctx.tenantId, projectCostId, await files);
    await this.merged.addToProjectOf(projectCostId, supplierInvoiceExternalId, await files);
  }

  private async storeFiles(supplierInvoiceExternalId: string): Promise<string[]> {
    const { ctx } = this;
    const listed = await ctx.connector.listSupplierInvoiceAttachments!(supplierInvoiceExternalId);
    if (!listed.ok) {
      await this.failed(supplierInvoiceExternalId, listed.error.code, `Files of supplier invoice ${supplierInvoiceExternalId}: ${listed.error.message}`);
      return [];
    }
    const stored = await ctx.services.attachments.storedIds(ctx.tenantId, ctx.connection.id, listed.value.map((f) => f.externalId));
    const ids: string[] = [];
    for (const ref of listed.value) {
      const id = stored.get(ref.externalId) ?? (await this.download(ref));
      if (id) ids.push(id);
    }
    return ids;
  }

  private async download(ref: AttachmentRef): Promise<string | null> {
    const { ctx } = this;
    const file = await ctx.connector.getAttachment!(ref);
    if (!file.ok) {
      await this.failed(ref.externalId, file.error.code, `${ref.fileName}: ${file.error.message}`);
      return null;
    }
    const saved = await ctx.services.attachments.store(ctx.tenantId, { connectionId: ctx.connection.id, externalId: ref.externalId, ...file.value });
    if (!saved.ok) {
      await this.failed(ref.externalId, saved.error.code, saved.error.message);
      return null;
    }
    return saved.value;
  }

  private async failed(externalId: string, errorCode: string, message: string): Promise<void> {
    await this.ctx.log.item({ register: 'projectCosts', recordId: null, direction: 'PULL', outcome: 'FAILED', errorCode, externalId, message });
  }
}
