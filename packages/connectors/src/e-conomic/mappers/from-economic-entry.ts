import { negateAmount } from '@ledgerbridge/domain';
import type { RemoteRecord } from '../../core/connector.js';
import type { PaymentRecord } from '../../core/records.js';
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
