import { fieldError, type FieldError } from '../errors.js';
import type { InvoiceKind } from '../invoice/invoice.js';
import { err, ok, type Result } from '../result.js';
import type { InvoiceStatus, Pipeline, StatusFlags } from './pipeline.js';

/** A request to move one invoice between statuses. */
export interface TransitionRequest {
  readonly from: string;
  readonly to: string;
  readonly invoice: {
    /** The ERP's number has been written back to the invoice (SE-VN-34). */
    readonly hasInvoiceNumber: boolean;
    /** Both kinds follow the same rules: credit notes are numbered by the ERP too (SE-VN-44). */
    readonly kind: InvoiceKind;
  };
}

/** An allowed move. */
export interface TransitionOutcome {
  readonly from: string;
  readonly to: string;
  /** The target is the transfer trigger, so the engine must send the invoice (X-20, SE-VN-37). */
  readonly triggersTransfer: boolean;
}

/** The keys of the statuses holding each role the integration acts on (X-19, SE-VN-48). */
export interface StatusRoles {
  readonly default: string;
  readonly creditNoteDefault: string;
  readonly trigger?: string | undefined;
  readonly afterTransfer?: string | undefined;
  readonly failed?: string | undefined;
  /** The first sent status in order, i.e. the status an invoice has once sent. */
  readonly sent?: string | undefined;
  readonly partiallyPaid?: string | undefined;
  /** The first paid status in order. */
  readonly paid?: string | undefined;
}

function byPosition(pipeline: Pipeline): InvoiceStatus[] {
  return [...pipeline.statuses].sort((a, b) => a.position - b.position);
}

function firstWith(pipeline: Pipeline, flag: keyof StatusFlags): InvoiceStatus | undefined {
  return byPosition(pipeline).find((status) => status.flags[flag]);
}

function find(pipeline: Pipeline, key: string): InvoiceStatus | undefined {
  return pipeline.statuses.find((status) => status.key === key);
}

/**
 * Checks a move against the pipeline's transition table. A move into a status that requires an
 * invoice number is refused while the invoice has none: the number comes from the ERP on transfer,
 * and an invoice may be sent only once it has it (SE-VN-34, SE-VN-55, X-22).
 */
export function transitionInvoice(pipeline: Pipeline, request: TransitionRequest): Result<TransitionOutcome, FieldError> {
  const { from, to } = request;
  if (find(pipeline, from) === undefined) return err(fieldError('NOT_FOUND', `No status has the key "${from}"`, ['from']));
  const target = find(pipeline, to);
  if (target === undefined) return err(fieldError('NOT_FOUND', `No status has the key "${to}"`, ['to']));
  if (!pipeline.transitions.some((t) => t.from === from && t.to === to)) {
    return err(fieldError('INVALID_TRANSITION', `An invoice cannot move from "${from}" to "${to}"`, ['to']));
  }
  if (target.flags.requiresInvoiceNumber && !request.invoice.hasInvoiceNumber) {
    const message = `"${target.name}" requires an invoice number, which the ERP assigns on transfer (SE-VN-34, SE-VN-55)`;
    return err(fieldError('INVALID_TRANSITION', message, ['to']));
  }
  return ok({ from, to, triggersTransfer: target.flags.isTransferTrigger });
}

/** Whether an invoice in `statusKey` may be edited ("Ej redigerbar", SE-VN-41); unknown keys are not. */
export function isInvoiceEditable(pipeline: Pipeline, statusKey: string): boolean {
  return find(pipeline, statusKey)?.flags.isEditable ?? false;
}

/** Refuses edits with `NOT_EDITABLE` when the invoice's status does not allow them (SE-VN-41). */
export function ensureInvoiceEditable(pipeline: Pipeline, statusKey: string): Result<true, FieldError> {
  if (isInvoiceEditable(pipeline, statusKey)) return ok(true);
  const name = find(pipeline, statusKey)?.name ?? statusKey;
  return err(fieldError('NOT_EDITABLE', `Invoices in "${name}" cannot be edited`));
}

/**
 * The status a new invoice or credit note starts in. Credit notes start in the credit-note
 * default when one is set, which is the transfer trigger so they are sent at once (SE-VN-45).
 * Throws on a pipeline without a default, which validation rules out.
 */
export function defaultStatusFor(pipeline: Pipeline, kind: InvoiceKind): string {
  const creditNoteDefault = kind === 'CREDIT_NOTE' ? firstWith(pipeline, 'isCreditNoteDefault') : undefined;
  const status = creditNoteDefault ?? firstWith(pipeline, 'isDefault');
  if (status === undefined) throw new Error('Pipeline has no default status; validate it with validatePipeline first');
  return status.key;
}

/** The status holding each role, by key, for the transfer engine and write-back. */
export function statusRoles(pipeline: Pipeline): StatusRoles {
  return {
    default: defaultStatusFor(pipeline, 'INVOICE'),
    creditNoteDefault: defaultStatusFor(pipeline, 'CREDIT_NOTE'),
    trigger: firstWith(pipeline, 'isTransferTrigger')?.key,
    afterTransfer: firstWith(pipeline, 'isAfterTransfer')?.key,
    failed: firstWith(pipeline, 'isFailed')?.key,
    sent: firstWith(pipeline, 'isSent')?.key,
    partiallyPaid: firstWith(pipeline, 'isPartiallyPaid')?.key,
    paid: firstWith(pipeline, 'isPaid')?.key,
  };
}
