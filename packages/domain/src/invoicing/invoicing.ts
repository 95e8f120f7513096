import { z } from 'zod';

/**
 * Invoice creation in the ERP (PV-08): none, a draft the ERP's users book themselves (PV-09: e.g.
 * to collect jobs on one invoice), or a draft booked at once.
 */
export const invoiceCreationModeSchema = z.enum(['NONE', 'DRAFT', 'BOOKED']);
export type InvoiceCreationMode = z.infer<typeof invoiceCreationModeSchema>;

/** When invoices are made (PV-10..12): when the job is completed, or in the night before the working day it is scheduled. */
export const invoicingTimeSchema = z.enum(['ON_COMPLETION', 'BEFORE_WORKDAY']);
export type InvoicingTime = z.infer<typeof invoicingTimeSchema>;

/** How the invoice reaches the customer (PV-13): e-mail, or not at all (e.g. sent by EAN from the ERP, PV-14). */
export const invoiceDeliverySchema = z.enum(['EMAIL', 'NONE']);
export type InvoiceDelivery = z.infer<typeof invoiceDeliverySchema>;

/** The tenant's invoicing settings, which apply to every customer without its own (PV-06). */
export const invoicingSettingsSchema = z.object({
  /** @default "DRAFT" — the seed states no default; a draft can be checked before anything is booked */
  creationMode: invoiceCreationModeSchema.default('DRAFT'),
  /** @default "ON_COMPLETION" (PV-10) */
  invoicingTime: invoicingTimeSchema.default('ON_COMPLETION'),
  /** @default "NONE" — the seed states no default; nothing is sent that the admin did not choose */
  delivery: invoiceDeliverySchema.default('NONE'),
});
export type InvoicingSettings = z.infer<typeof invoicingSettingsSchema>;

/** A customer's own values; an absent one inherits the tenant's (PV-07). */
export interface InvoicingOverrides {
  readonly invoiceCreationMode?: InvoiceCreationMode | null;
  readonly invoicingTime?: InvoicingTime | null;
  readonly invoiceDelivery?: InvoiceDelivery | null;
}
