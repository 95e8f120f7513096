import { isZeroAmount, roundAmount, subtractAmount } from '@ledgerbridge/domain';
import type { RemoteInvoiceState, RemoteInvoiceStatus } from '../../core/connector.js';
import type { FortnoxInvoice } from '../schemas.js';
import { optional, present } from './payload.js';

function stateOf(invoice: FortnoxInvoice): RemoteInvoiceState {
  if (invoice.Cancelled === true) return 'cancelled';
  if (!invoice.Booked) return 'draft';
  if (isZeroAmount(invoice.Balance) && !isZeroAmount(invoice.Total)) return 'paid';
  return invoice.Sent === true ? 'sent' : 'booked';
}

/**
 * A Fortnox invoice (or credit invoice) as the engine sees its status. Fortnox numbers invoices
 * at creation, so `DocumentNumber` is both the id and the invoice number. `grossAmount` is the
 * total before öresavrundning (Total − RoundOff), which is what our own gross is comparable with.
 */
export function fromFortnoxInvoice(invoice: FortnoxInvoice): RemoteInvoiceStatus {
  return {
    ref: { externalId: invoice.DocumentNumber, externalNumber: invoice.DocumentNumber },
    state: stateOf(invoice),
    remainingAmount: invoice.Balance,
    ...optional('paymentReference', present(invoice.OCR)),
    grossAmount: roundAmount(subtractAmount(invoice.Total, invoice.RoundOff ?? '0')),
  };
}
