import { compareAmounts, sumAmounts } from '../money.js';

/** How much of an invoice is paid; drives the partially-paid and paid statuses (SE-VN-54..55). */
export type PaymentState = 'UNPAID' | 'PARTIALLY_PAID' | 'PAID';

/**
 * The payment state of an invoice with gross total `invoiceGross`. Overpayment counts as paid.
 * An invoice with nothing to pay (zero or a credit note) is paid.
 */
export function paymentState(invoiceGross: string, payments: readonly { readonly amount: string }[]): PaymentState {
  if (compareAmounts(invoiceGross, '0') <= 0) return 'PAID';
  const paid = sumAmounts(payments.map((payment) => payment.amount));
  if (compareAmounts(paid, invoiceGross) >= 0) return 'PAID';
  return compareAmounts(paid, '0') > 0 ? 'PARTIALLY_PAID' : 'UNPAID';
}
