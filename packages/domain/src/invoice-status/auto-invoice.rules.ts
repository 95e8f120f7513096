import { fieldError, type FieldError } from '../errors.js';
import type { AutoInvoiceBinding, InvoiceStatus, Pipeline } from './pipeline.js';

// Rules for AutoInvoice's status settings (SE-VN-53). They run only once keys and positions are
// sound, so a binding is checked against the statuses the admin actually sees.

const MESSAGES = {
  unknown: (key: string) => `No status has the key "${key}"`,
  toTransferWithoutNumber:
    'AutoInvoice may only take invoices that already carry the ERP number: choose the after-transfer status ' +
    'or one after it (SE-VN-54, SE-VN-55)',
  afterNotSent: 'The status after AutoInvoice has sent an invoice must have the sent flag (SE-VN-53, SE-VN-54)',
  afterNotLater: 'The status after AutoInvoice must come after the status of invoices to transfer (SE-VN-54)',
  sameAsToTransfer: 'Must differ from the status of invoices to transfer (SE-VN-53)',
  errorIsDefault: 'The AutoInvoice error status must not be the default status: a failed send is not a new invoice (SE-VN-53)',
  errorIsTrigger: 'The AutoInvoice error status must not send the invoice to the ERP again (SE-VN-53, X-20)',
  errorIsFailed: 'The AutoInvoice error status must not be the failed ERP-transfer status, which means the ERP refused it (SE-VN-36, SE-VN-53)',
  errorWithoutNumber: 'Invoices AutoInvoice could not send already carry the ERP number: the error status must have the invoice-number flag (SE-VN-43)',
  missingMove: (from: string, to: string) => `Add a transition from "${from}" to "${to}": AutoInvoice moves invoices there (SE-VN-53)`,
} as const;

type Slot = keyof AutoInvoiceBinding;

const at = (slot: Slot, message: string): FieldError => fieldError('PIPELINE_INVALID', message, ['autoInvoice', slot]);

function statusIssues(slot: Slot, status: InvoiceStatus, toTransfer: InvoiceStatus | undefined): FieldError[] {
  const { flags } = status;
  switch (slot) {
    case 'toTransfer':
      // Sent is allowed here: the seed's own "I Visma.net ERP, skicka till kund" carries it (SE-VN-52).
      return flags.requiresInvoiceNumber ? [] : [at(slot, MESSAGES.toTransferWithoutNumber)];
    case 'afterTransfer':
      return [
        ...(flags.isSent ? [] : [at(slot, MESSAGES.afterNotSent)]),
        ...(toTransfer !== undefined && status.key !== toTransfer.key && status.position < toTransfer.position
          ? [at(slot, MESSAGES.afterNotLater)]
          : []),
      ];
    case 'onError':
      return [
        ...(flags.isDefault ? [at(slot, MESSAGES.errorIsDefault)] : []),
        ...(flags.isTransferTrigger ? [at(slot, MESSAGES.errorIsTrigger)] : []),
        ...(flags.isFailed ? [at(slot, MESSAGES.errorIsFailed)] : []),
        ...(!flags.isFailed && !flags.requiresInvoiceNumber ? [at(slot, MESSAGES.errorWithoutNumber)] : []),
      ];
  }
}

/**
 * Every way the pipeline's AutoInvoice binding breaks the rules (SE-VN-53..55), at
 * `['autoInvoice', slot]`. No binding, no issues: AutoInvoice sending is optional (SE-VN-52).
 */
export function autoInvoiceIssues(pipeline: Pipeline): FieldError[] {
  const binding = pipeline.autoInvoice;
  if (binding === null || binding === undefined) return [];
  const byKey = new Map(pipeline.statuses.map((s) => [s.key, s]));
  const toTransfer = byKey.get(binding.toTransfer);
  const issues: FieldError[] = [];
  for (const slot of ['toTransfer', 'afterTransfer', 'onError'] as const) {
    const key = binding[slot];
    if (key === null) continue;
    const status = byKey.get(key);
    if (status === undefined) {
      issues.push(at(slot, MESSAGES.unknown(key)));
      continue;
    }
    if (slot !== 'toTransfer' && key === binding.toTransfer) {
      issues.push(at(slot, MESSAGES.sameAsToTransfer));
      continue;
    }
    issues.push(...statusIssues(slot, status, toTransfer));
  }
  if (toTransfer === undefined) return issues;
  for (const slot of ['afterTransfer', 'onError'] as const) {
    const to = binding[slot];
    if (to === null || !byKey.has(to) || to === toTransfer.key) continue;
    if (!pipeline.transitions.some((t) => t.from === toTransfer.key && t.to === to)) {
      issues.push(at(slot, MESSAGES.missingMove(toTransfer.key, to)));
    }
  }
  return issues;
}
