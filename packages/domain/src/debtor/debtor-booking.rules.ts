import type { InvoiceCreationPlan } from '../invoicing/invoicing.rules.js';
import type { Pipeline } from '../invoice-status/pipeline.js';
import type { DebtorRules } from '../transfer-rules/debtor-rules.js';

/**
 * RB-16/RB-17 on top of the tenant's plan (PV-08, PV-14). With "book when booked in the source"
 * unset the plan stands as it is. Set, it decides only draft-or-booked, never whether to create:
 * an invoice booked in our graph (its status is no longer editable) is booked in the ERP, any
 * other stays a draft; "never book EAN invoices" keeps EAN invoices drafts (RB-17), and does
 * nothing without it (RB-18).
 */
export function debtorBookingPlan(plan: InvoiceCreationPlan, rules: Pick<DebtorRules, 'bookWhenBookedInSource' | 'neverBookEanInvoices'>, invoice: { readonly isBookedInSource: boolean; readonly ean?: string | null }): InvoiceCreationPlan {
  if (!plan.create || rules.bookWhenBookedInSource === undefined) return plan;
  if (!rules.bookWhenBookedInSource) return { create: true, book: false, reason: 'Created as a draft: "book when booked in the source" is off (RB-16)' };
  if (!invoice.isBookedInSource) return { create: true, book: false, reason: 'Created as a draft: the invoice is not booked in the source (RB-16)' };
  if (invoice.ean && rules.neverBookEanInvoices) return { create: true, book: false, reason: 'EAN invoice left as a draft, to be sent from the ERP (RB-17)' };
  return { create: true, book: true, reason: null };
}

/**
 * The status an invoice booked in the ERP moves to when RB-19 is on: the first "sent" status
 * that the after-transfer status may move to. The after-transfer status itself may carry the
 * sent flag (the example pipelines do), so it does not count as the move.
 */
export function sentStatusAfterBooking(pipeline: Pipeline, afterTransferKey: string | undefined): string | undefined {
  if (!afterTransferKey) return undefined;
  const reachable = new Set(pipeline.transitions.filter((t) => t.from === afterTransferKey).map((t) => t.to));
  return [...pipeline.statuses]
    .sort((a, b) => a.position - b.position)
    .find((s) => s.flags.isSent && !s.flags.isPaid && !s.flags.isPartiallyPaid && !s.flags.isAfterTransfer && reachable.has(s.key))?.key;
}
