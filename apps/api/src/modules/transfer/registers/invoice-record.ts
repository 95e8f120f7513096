import type { InvoiceDraftRecord } from '@ledgerbridge/connectors';
import { In } from 'typeorm';
import type { TenantDb } from '../../../db/tenant-db.js';
import { CustomerEntity } from '../../customer/customer.entity.js';
import { InvoiceLineEntity } from '../../invoice/invoice-line.entity.js';
import type { InvoiceEntity } from '../../invoice/invoice.entity.js';
import { invoiceHeaderRecord } from '../../invoice/invoice-header.js';
import { ProductEntity } from '../../product/product.entity.js';
import { ProjectEntity } from '../../project/project.entity.js';

/** Our invoice as the canonical draft a connector sends; `problems` lists what blocks sending it. */
export async function toInvoiceRecord(db: TenantDb, tenantId: string, invoice: InvoiceEntity, defaultProductNumber: string | undefined): Promise<{ record: InvoiceDraftRecord | null; problems: string[] }> {
  const { customer, lines, products, projects } = await db.read(tenantId, async (m) => {
    const lines = await m.find(InvoiceLineEntity, { where: { tenantId, invoiceId: invoice.id }, order: { position: 'ASC' } });
    const productIds = lines.map((l) => l.productId).filter((x): x is string => x !== null);
    const projectIds = [invoice.projectId, ...lines.map((l) => l.projectId)].filter((x): x is string => x !== null);
    return {
      customer: await m.findOneBy(CustomerEntity, { tenantId, id: invoice.customerId }),
      lines,
      products: new Map((await m.findBy(ProductEntity, { tenantId, id: In(productIds) })).map((p) => [p.id, p])),
      projects: new Map((await m.findBy(ProjectEntity, { tenantId, id: In(projectIds) })).map((p) => [p.id, p])),
    };
  });
  const problems: string[] = [];
  if (!customer?.number) problems.push('The customer has no customer number, so the ERP cannot identify it');
  const record: InvoiceDraftRecord = {
    reference: invoice.id,
    customerNumber: customer?.number ?? '',
    currency: invoice.currency.trim(),
    issueDate: invoice.issueDate,
    ...(invoice.dueDate ? { dueDate: invoice.dueDate } : {}),
    ...(invoice.projectId && projects.get(invoice.projectId) ? { projectNumber: projects.get(invoice.projectId)!.number } : {}),
    ...(invoice.reference ? { yourReference: invoice.reference } : {}),
    ...(invoice.notes ? { notes: invoice.notes } : {}),
    ...invoiceHeaderRecord(invoice),
    lines: lines.map((l) => {
      // an empty or unknown product falls back to the connection's default article (SE-EE-16, X-16)
      const productNumber = (l.productId ? products.get(l.productId)?.number : undefined) ?? defaultProductNumber;
      const projectNumber = l.projectId ? projects.get(l.projectId)?.number : undefined;
      return {
        ...(productNumber ? { productNumber } : {}), description: l.description, quantity: l.quantity, ...(l.unit ? { unit: l.unit } : {}),
        unitPrice: l.unitPrice, discountPercent: l.discountPercent, vatRate: l.vatRate, netAmount: l.netAmount,
        ...(projectNumber ? { projectNumber } : {}),
      };
    }),
    netAmount: invoice.netAmount,
    vatAmount: invoice.vatAmount,
    grossAmount: invoice.grossAmount,
  };
  return { record: problems.length ? null : record, problems };
}
