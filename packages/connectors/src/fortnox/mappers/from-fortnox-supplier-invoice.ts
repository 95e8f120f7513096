import { isZeroAmount, subtractAmount } from '@ledgerbridge/domain';
import type { RemoteRecord } from '../../core/connector.js';
import type { ProjectCostRecord } from '../../core/records.js';
import type { FortnoxSupplierInvoice } from '../schemas.js';
import { optional, present } from './payload.js';

/**
 * The project costs on a Fortnox supplier invoice (SE-FX-47..50, SE-FX-59): one per cost row
 * registered to a project (on the row, or on the invoice header). Rows with a `Code` are the
 * voucher's generated lines (TOT creditor, VAT, round-off) and are not costs. The amount is the
 * row's debit (net of any credit, so a credit supplier invoice gives a negative cost), and the
 * description joins invoice date, supplier invoice number and supplier name as SE-FX-59/1 lists.
 */
export function fromFortnoxSupplierInvoice(invoice: FortnoxSupplierInvoice): RemoteRecord<ProjectCostRecord>[] {
  const description = [invoice.InvoiceDate, present(invoice.InvoiceNumber), present(invoice.SupplierName)].filter((p) => p !== undefined).join(' ');
  const costs: RemoteRecord<ProjectCostRecord>[] = [];
  (invoice.SupplierInvoiceRows ?? []).forEach((row, index) => {
    const projectNumber = present(row.Project) ?? present(invoice.Project);
    if (present(row.Code) !== undefined || projectNumber === undefined) return;
    const amount = subtractAmount(row.Debit ?? '0', row.Credit ?? '0');
    if (isZeroAmount(amount)) return;
    costs.push({
      ref: { externalId: `${invoice.GivenNumber}:${index}`, externalNumber: invoice.GivenNumber },
      record: {
        projectNumber,
        supplierNumber: invoice.SupplierNumber,
        ...optional('supplierInvoiceNumber', present(invoice.InvoiceNumber)),
        supplierInvoiceExternalId: invoice.GivenNumber,
        description,
        date: invoice.InvoiceDate,
        quantity: '1',
        unitCost: amount,
        amount,
        ...optional('productNumber', present(row.ArticleNumber)),
      },
    });
  });
  return costs;
}
