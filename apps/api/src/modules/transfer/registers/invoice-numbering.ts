import { invoiceNumberToSend, type InvoiceNumberDecision } from '@ledgerbridge/domain';
import type { InvoiceEntity } from '../../invoice/invoice.entity.js';
import type { RegisterContext } from '../register-context.js';

/**
 * The number this invoice goes to the ERP with under the connection's invoice numbering owner
 * none when the ERP numbers (SE-VN-33, SE-VN-44), ours when the source does (SE-FX-32).
 * The ERPs that take our number take it when booking, so an invoice left as a draft for the
 * ERP's users would be numbered by them: with source numbering it must be booked by us.
 */
export function invoiceNumberFor(ctx: RegisterContext, invoice: InvoiceEntity, isBooked: boolean): InvoiceNumberDecision {
  const format = ctx.services.connections.catalog.get(ctx.connection.connectorId)?.manifest.sourceInvoiceNumbers ?? undefined;
  const decision = invoiceNumberToSend(ctx.rules.registers.invoiceNumbering, invoice.sourceNumber, format, invoice.kind === 'CREDIT_NOTE' ? 'credit note' : 'invoice');
  if (decision.ok && decision.number !== undefined && !isBooked) {
    return { ok: false, code: 'INVOICE_NUMBER_REQUIRES_BOOKING', reason: 'Not sent: the source numbers invoices on this connection, and the ERP takes a given number only when it books the invoice; let the transfer book invoices (SE-FX-32)' };
  }
  return decision;
}
