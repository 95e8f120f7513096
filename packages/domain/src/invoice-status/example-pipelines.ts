import type { InvoiceStatus, Pipeline, StatusFlags } from './pipeline.js';

const noFlags: StatusFlags = {
  isDefault: false,
  isEditable: true,
  requiresInvoiceNumber: false,
  isSent: false,
  isPartiallyPaid: false,
  isPaid: false,
  isFailed: false,
  isCreditNoteDefault: false,
  isTransferTrigger: false,
  isAfterTransfer: false,
};

// The flags the spec's tables mark with x after the transfer: not editable, number, sent.
const numberedAndSent: Partial<StatusFlags> = { isEditable: false, requiresInvoiceNumber: true, isSent: true };

function status(key: string, name: string, position: number, flags: Partial<StatusFlags> = {}): InvoiceStatus {
  return { key, name, position, flags: { ...noFlags, ...flags } };
}

const transferTrigger: Partial<StatusFlags> = { isEditable: false, isTransferTrigger: true, isCreditNoteDefault: true };

// Shared tail of both examples: from the ERP onward the statuses and moves are the same.
function afterTransferTail(first: number): InvoiceStatus[] {
  return [
    status('in-erp-send-to-customer', 'In the ERP, send to customer', first, { ...numberedAndSent, isAfterTransfer: true }),
    status('sent', 'Sent', first + 1, numberedAndSent),
    status('partially-paid', 'Partially paid', first + 2, { ...numberedAndSent, isPartiallyPaid: true }),
    status('paid', 'Paid', first + 3, { ...numberedAndSent, isPaid: true }),
  ];
}

function transferTransitions(trigger: string): Pipeline['transitions'] {
  return [
    { from: trigger, to: 'in-erp-send-to-customer' },
    { from: trigger, to: 'failed' },
    { from: 'failed', to: trigger },
    { from: 'in-erp-send-to-customer', to: 'sent' },
    { from: 'in-erp-send-to-customer', to: 'partially-paid' },
    { from: 'in-erp-send-to-customer', to: 'paid' },
    { from: 'sent', to: 'partially-paid' },
    { from: 'sent', to: 'paid' },
    { from: 'partially-paid', to: 'paid' },
  ];
}

/**
 * Example pipeline A — approval process and AutoInvoice (SE-VN-46). Originals, in order:
 * "Misslyckade fakturor", "Utkast", "Väntar på godkännande", "Godkänd, klar för Visma.net ERP"
 * (transfer status and credit-note default), "I Visma.net ERP, skicka till kund", "Skickad",
 * "Delbetald", "Betalad".
 */
export const examplePipelineA: Pipeline = {
  statuses: [
    status('failed', 'Failed invoices', 0, { isFailed: true }),
    status('draft', 'Draft', 1, { isDefault: true }),
    status('awaiting-approval', 'Awaiting approval', 2),
    status('approved-ready-for-erp', 'Approved, ready for the ERP', 3, transferTrigger),
    ...afterTransferTail(4),
  ],
  transitions: [
    { from: 'draft', to: 'awaiting-approval' },
    { from: 'awaiting-approval', to: 'draft' },
    { from: 'awaiting-approval', to: 'approved-ready-for-erp' },
    ...transferTransitions('approved-ready-for-erp'),
  ],
};

/**
 * Example pipeline B — no approval, invoices sent from the source (SE-VN-47; pipeline C with
 * AutoInvoice, SE-VN-52, is the same). Originals, in order: "Misslyckade fakturor", "Utkast",
 * "Skicka till Visma.net ERP" (transfer status and credit-note default), "I Visma.net ERP, skicka
 * till kund", "Skickad", "Delbetald", "Betalad".
 */
export const examplePipelineB: Pipeline = {
  statuses: [
    status('failed', 'Failed invoices', 0, { isFailed: true }),
    status('draft', 'Draft', 1, { isDefault: true }),
    status('send-to-erp', 'Send to the ERP', 2, transferTrigger),
    ...afterTransferTail(3),
  ],
  transitions: [{ from: 'draft', to: 'send-to-erp' }, ...transferTransitions('send-to-erp')],
};

/**
 * Example pipeline C — AutoInvoice and the ERP (SE-VN-52): pipeline B's statuses, order, flags and
 * moves, plus AutoInvoice's status settings (SE-VN-53): it takes invoices from "I Visma.net ERP,
 * skicka till kund" and sets "Skickad"; the error status is not stated, so none is bound.
 */
export const examplePipelineC: Pipeline = {
  ...examplePipelineB,
  autoInvoice: { toTransfer: 'in-erp-send-to-customer', afterTransfer: 'sent', onError: null },
};
