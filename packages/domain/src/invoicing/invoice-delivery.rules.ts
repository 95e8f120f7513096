import type { InvoiceDelivery } from './invoicing.js';

/**
 * ERPs whose API cannot send an invoice, so the integration e-mails it itself (PV-28, X-22):
 * e-conomic's REST API has no e-mail sending (vendor-apis.md §1.9). Others send from the ERP.
 */
const SENT_BY_INTEGRATION: readonly string[] = ['e-conomic'];

export function integrationSendsInvoices(connectorId: string): boolean {
  return SENT_BY_INTEGRATION.includes(connectorId);
}

/** What to do with one booked invoice: send it to an address, record why not, or nothing at all. */
export type InvoiceDeliveryPlan =
  | { readonly action: 'NONE' }
  | { readonly action: 'SEND'; readonly to: string }
  | { readonly action: 'FAIL'; readonly reason: string };

/**
 * Exactly one place sends an invoice: only when this ERP cannot, delivery is EMAIL (PV-13)
 * and the customer is not an EAN customer, whose invoice goes by EAN from the ERP (PV-14). A
 * customer without an address cannot be reached; that is recorded, not skipped silently.
 */
export function invoiceDeliveryPlan(input: { connectorId: string; delivery: InvoiceDelivery; customer: { readonly ean?: string | null; readonly email?: string | null } }): InvoiceDeliveryPlan {
  if (!integrationSendsInvoices(input.connectorId)) return { action: 'NONE' };
  if (input.delivery !== 'EMAIL') return { action: 'NONE' };
  if (input.customer.ean) return { action: 'NONE' };
  const to = input.customer.email?.trim();
  if (!to) return { action: 'FAIL', reason: 'The customer has no e-mail address; add one and send the invoice by hand (PV-13)' };
  return { action: 'SEND', to };
}
