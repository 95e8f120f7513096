import type { RemoteRecord } from '../../core/connector.js';
import type { PaymentRecord } from '../../core/records.js';
import type { FortnoxPayment } from '../schemas.js';

/** A Fortnox customer payment (§2.10) as a canonical payment on the invoice it settles. */
export function fromFortnoxPayment(payment: FortnoxPayment): RemoteRecord<PaymentRecord> {
  return {
    ref: { externalId: payment.Number, externalNumber: payment.Number },
    record: { invoiceExternalId: payment.InvoiceNumber, amount: payment.Amount, paidOn: payment.PaymentDate },
  };
}
