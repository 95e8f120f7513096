import type { SupplierInvoiceVoucherRecord } from '@ledgerbridge/connectors';
import { planVoucherEntries, vatZoneOf, type CreditorSettings, type PostingEntry, type VatZone } from '@ledgerbridge/domain';
import type { TenantDb } from '../../../db/tenant-db.js';
import { SupplierEntity } from '../../supplier/supplier.entity.js';
import { SupplierInvoiceLineEntity } from '../../supplier-invoice/supplier-invoice-line.entity.js';
import type { SupplierInvoiceEntity } from '../../supplier-invoice/supplier-invoice.entity.js';

export interface VoucherPlan {
  record: SupplierInvoiceVoucherRecord | null;
  entries: PostingEntry[];
  vatZone: VatZone | null;
  problems: string[];
}

/**
 * A supplier invoice as the voucher the connector files: the supplier's VAT zone from its country
 * (ADR 0007), each line's account from the posting matrix with the fallback for unusable accounts
 * (RB-10, RB-11). `problems` lists what stops it, each with its reason.
 */
export async function toSupplierVoucher(db: TenantDb, tenantId: string, invoice: SupplierInvoiceEntity, p: {
  creditor: CreditorSettings;
  companyCountry: string | undefined;
  unusableAccounts: ReadonlySet<string>;
}): Promise<VoucherPlan> {
  const { supplier, lines } = await db.read(tenantId, async (m) => ({
    supplier: await m.findOneBy(SupplierEntity, { tenantId, id: invoice.supplierId }),
    lines: await m.find(SupplierInvoiceLineEntity, { where: { tenantId, supplierInvoiceId: invoice.id }, order: { position: 'ASC' } }),
  }));
  const problems: string[] = [];
  if (!p.creditor.journalNumber) problems.push('No journal is chosen for supplier invoices (RB-09)');
  if (!p.companyCountry) problems.push('The company\'s country is not set, so the supplier\'s VAT zone is unknown (RB-11)');
  if (!supplier?.number) problems.push('The supplier has no number, so the ERP cannot identify it');
  const vatZone = p.companyCountry ? vatZoneOf(supplier?.address?.countryCode, p.companyCountry) : null;
  let entries: PostingEntry[] = [];
  if (vatZone) {
    const planned = planVoucherEntries({ lines, vatZone, matrix: p.creditor.postingMatrix, fallbackAccount: p.creditor.fallbackAccount, unusableAccounts: p.unusableAccounts });
    if (planned.ok) entries = planned.value;
    else problems.push(...planned.error);
  }
  if (problems.length > 0 || !supplier?.number || !p.creditor.journalNumber) return { record: null, entries, vatZone, problems };
  return {
    record: {
      reference: invoice.id, journalNumber: p.creditor.journalNumber, supplierNumber: supplier.number, supplierInvoiceNumber: invoice.invoiceNumber,
      text: `${invoice.invoiceNumber} ${supplier.name}`, date: invoice.issueDate, ...(invoice.dueDate ? { dueDate: invoice.dueDate } : {}),
      currency: invoice.currency.trim(), entries: entries.map((e) => ({ accountNumber: e.accountNumber, grossAmount: e.grossAmount })),
    },
    entries, vatZone, problems,
  };
}
