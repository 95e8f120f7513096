import { negateAmount } from '@ledgerbridge/domain';
import type { RemoteRecord } from '../../core/connector.js';
import type { PaymentRecord, ProjectCostRecord } from '../../core/records.js';
import type { EconomicEntry } from '../schemas.js';
import { asAmount } from '../wire.js';
import { invoiceExternalId } from './from-economic-invoice.js';

/**
 * A booked customer-payment ledger entry as a canonical payment. The entry is posted on the
 * customer's account, where money received is negative (§1.11), so the sign is flipped. Entries
 * not matched to an invoice are skipped: a payment record must name the invoice it settles.
 */
export function paymentFromEntry(entry: EconomicEntry, accountingYear: string): RemoteRecord<PaymentRecord> | undefined {
  if (entry.entryType !== 'customerPayment' || entry.invoiceNumber === undefined || !/^\d{1,9}$/.test(entry.invoiceNumber)) return undefined;
  return {
    ref: { externalId: `entry:${accountingYear}:${entry.entryNumber}`, ...(entry.voucherNumber === undefined ? {} : { externalNumber: String(entry.voucherNumber) }) },
    record: {
      invoiceExternalId: invoiceExternalId({ kind: 'booked', number: Number(entry.invoiceNumber) }),
      amount: asAmount(negateAmount(entry.amount)),
      paidOn: entry.date,
      ...(entry.text === undefined ? {} : { reference: entry.text }),
    },
  };
}

/**
 * A booked supplier-invoice ledger entry on a project as a canonical project cost: one
 * unit whose cost is the booked amount, so an invoice is a positive cost and a supplier credit
 * note a negative one. The amount in the agreement's base currency is used when the entry
 * carries it (the vendor's Entry model has `amountInBaseCurrency`); otherwise the entry amount.
 * Entries of other types, or without a project, are not project costs and give `undefined`.
 */
export function projectCostFromEntry(entry: EconomicEntry, accountingYear: string): RemoteRecord<ProjectCostRecord> | undefined {
  if (entry.entryType !== 'supplierInvoice' || entry.project === undefined) return undefined;
  const cost = asAmount(entry.amountInBaseCurrency ?? entry.amount);
  const text = entry.text?.trim();
  const description = text !== undefined && text !== ''
    ? text
    : entry.supplierInvoiceNumber !== undefined ? `Supplier invoice ${entry.supplierInvoiceNumber}`
    : entry.voucherNumber !== undefined ? `Voucher ${entry.voucherNumber}` : `Entry ${entry.entryNumber}`;
  return {
    ref: { externalId: `entry:${accountingYear}:${entry.entryNumber}`, ...(entry.voucherNumber === undefined ? {} : { externalNumber: String(entry.voucherNumber) }) },
    record: {
      projectNumber: String(entry.project.projectNumber),
      ...(entry.supplier === undefined ? {} : { supplierNumber: String(entry.supplier.supplierNumber) }),
      ...(entry.supplierInvoiceNumber === undefined || entry.supplierInvoiceNumber === '' ? {} : { supplierInvoiceNumber: entry.supplierInvoiceNumber }),
      description,
      date: entry.date,
      quantity: '1',
      unitCost: cost,
      amount: cost,
    },
  };
}
