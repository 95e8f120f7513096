import type { InvoicingSettings } from '@ledgerbridge/domain';
import type { InvoiceEntity } from '../../invoice/invoice.entity.js';
import type { RegisterContext } from '../register-context.js';

/**
 * Runs before the invoice leaves the transfer status, so a crash before or during the e-mail
 * brings the invoice back to this point on the next run, where the delivery record decides.
 * A broken delivery is recorded on the invoice; it never fails the booked invoice's transfer.
 */
export async function deliverBookedInvoice(ctx: RegisterContext, invoice: InvoiceEntity, number: string | null, company: InvoicingSettings): Promise<void> {
  await ctx.services.invoiceDeliveries.afterBooked(ctx.tenantId, { invoice, number, connectionId: ctx.connection.id, connectorId: ctx.connection.connectorId, company });
}
