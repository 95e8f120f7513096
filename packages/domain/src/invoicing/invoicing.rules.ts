import type { InvoiceCreationMode, InvoicingOverrides, InvoicingSettings } from './invoicing.js';

/** The settings that apply to one customer: its own values where it has them, else the tenant's (PV-07). */
export function effectiveInvoicing(company: InvoicingSettings, customer: InvoicingOverrides): InvoicingSettings {
  return {
    creationMode: customer.invoiceCreationMode ?? company.creationMode,
    invoicingTime: customer.invoicingTime ?? company.invoicingTime,
    delivery: customer.invoiceDelivery ?? company.delivery,
  };
}

/** What the engine does with an invoice in the ERP. */
export type InvoiceCreationPlan =
  | { readonly create: false; readonly reason: string }
  | { readonly create: true; readonly book: boolean; readonly reason: string | null };

/**
 * NONE creates nothing; DRAFT creates a draft; BOOKED creates and books it (PV-08) — except for an
 * EAN customer, whose invoice is sent by EAN from the ERP by its users, so it is never booked
 * automatically (PV-14).
 */
export function invoiceCreationPlan(mode: InvoiceCreationMode, customer: { readonly ean?: string | null }): InvoiceCreationPlan {
  if (mode === 'NONE') return { create: false, reason: 'Invoice creation is "None" for this customer (PV-08)' };
  if (mode === 'DRAFT') return { create: true, book: false, reason: null };
  if (customer.ean) return { create: true, book: false, reason: 'EAN customer: left as a draft to be sent by EAN from the ERP (PV-14)' };
  return { create: true, book: true, reason: null };
}
