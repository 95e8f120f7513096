import { fieldError, type FieldError } from '../errors.js';
import type { InvoiceKind } from '../invoice/invoice.js';
import { pipelineShapeSchema, validatePipeline, type InvoiceStatus, type Pipeline, type StatusFlags } from './pipeline.js';
import { transitionInvoice } from './transition.js';

/** The invoice a dry run walks: one of the tenant's, or a synthetic new one. */
export interface DryRunInvoice {
  readonly kind: InvoiceKind;
  /** Its current status; absent (or unknown to the draft pipeline) means it starts as a new invoice. */
  readonly statusKey?: string | undefined;
  readonly hasInvoiceNumber: boolean;
}

/**
 * The stages of an invoice's life the integration drives: reaching the trigger by
 * hand, the ERP transfer (success and failure), the retry, sending and payment.
 */
export type DryRunStage = 'START' | 'TO_TRIGGER' | 'TRANSFER_SUCCEEDED' | 'SEND' | 'PAY' | 'TRANSFER_FAILED' | 'RETRY';

/** One move of the walk; a blocked move leaves the invoice where it was. */
export interface DryRunStep {
  readonly stage: DryRunStage;
  readonly from: string | null;
  readonly to: string | null;
  /** Where the invoice is after the step. */
  readonly landsIn: string;
  readonly hasInvoiceNumber: boolean;
  /** The rule that stops the move, or null when it goes through. */
  readonly blockedBy: FieldError | null;
}

export interface DryRunReport {
  /** Every rule the draft breaks (validatePipeline); the walk still runs so each can be seen in context. */
  readonly issues: FieldError[];
  /** The happy path, then the failure branch from the trigger status. */
  readonly steps: DryRunStep[];
}

function byPosition(pipeline: Pipeline): InvoiceStatus[] {
  return [...pipeline.statuses].sort((a, b) => a.position - b.position);
}

function firstWith(pipeline: Pipeline, flag: keyof StatusFlags): InvoiceStatus | undefined {
  return byPosition(pipeline).find((s) => s.flags[flag]);
}

// The shortest chain of listed transitions, so the walk shows the fewest moves a person makes.
function shortestPath(pipeline: Pipeline, from: string, to: string): string[] | undefined {
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (key === to) break;
    for (const t of pipeline.transitions.filter((edge) => edge.from === key && !previous.has(edge.to))) {
      previous.set(t.to, key);
      queue.push(t.to);
    }
  }
  if (!previous.has(to)) return undefined;
  const path: string[] = [];
  for (let key: string | null | undefined = to; key != null; key = previous.get(key)) path.unshift(key);
  return path;
}

const blocked = (message: string): FieldError => fieldError('BLOCKED', message, ['statuses']);

interface Walker {
  at: string;
  hasInvoiceNumber: boolean;
  readonly steps: DryRunStep[];
}

// One move checked with the same rule the API applies to people and the engine (transitionInvoice).
function move(pipeline: Pipeline, w: Walker, stage: DryRunStage, to: string, numberAfter: boolean, kind: InvoiceKind): boolean {
  // The ERP assigns the number on a successful transfer, so the after-transfer status may demand it.
  const hasInvoiceNumber = stage === 'TRANSFER_SUCCEEDED' ? true : w.hasInvoiceNumber;
  const result = transitionInvoice(pipeline, { from: w.at, to, invoice: { hasInvoiceNumber, kind } });
  if (!result.ok) {
    w.steps.push({ stage, from: w.at, to, landsIn: w.at, hasInvoiceNumber: w.hasInvoiceNumber, blockedBy: result.error });
    return false;
  }
  w.steps.push({ stage, from: w.at, to, landsIn: to, hasInvoiceNumber: numberAfter || hasInvoiceNumber, blockedBy: null });
  w.at = to;
  w.hasInvoiceNumber = numberAfter || hasInvoiceNumber;
  return true;
}

// Walks every move of the shortest path to `target`; reports a missing path as one blocked step.
function walkTo(pipeline: Pipeline, w: Walker, stage: DryRunStage, target: InvoiceStatus | undefined, role: string, kind: InvoiceKind): boolean {
  if (target === undefined) {
    w.steps.push({ stage, from: w.at, to: null, landsIn: w.at, hasInvoiceNumber: w.hasInvoiceNumber, blockedBy: blocked(`No status is the ${role} status (X-19)`) });
    return false;
  }
  if (target.key === w.at) return true;
  const path = shortestPath(pipeline, w.at, target.key);
  if (path === undefined) {
    const message = `No transitions lead from "${w.at}" to the ${role} status "${target.key}"`;
    w.steps.push({ stage, from: w.at, to: target.key, landsIn: w.at, hasInvoiceNumber: w.hasInvoiceNumber, blockedBy: blocked(message) });
    return false;
  }
  return path.slice(1).every((key) => move(pipeline, w, stage, key, false, kind));
}

function positionOf(pipeline: Pipeline, key: string): number {
  return pipeline.statuses.find((s) => s.key === key)?.position ?? -1;
}

/**
 * Walks `invoice` through a draft pipeline before it is saved (issue #6): from its status (or the
 * default for its kind) to the transfer trigger, the ERP transfer into the after-transfer status
 * where it gets its number, then sent and paid; and separately the failed transfer and its retry
 * (SE-VN-36, SE-VN-37, SE-VN-42, SE-VN-48, X-19, X-20). Every move is checked with
 * {@link transitionInvoice}, so a status demanding an invoice number before the ERP assigned one
 * shows up as the step it blocks (SE-VN-34, SE-VN-43). Stages the invoice is already past are
 * skipped. A draft not even shaped like a pipeline (a bad key, no statuses) has issues and no steps.
 */
export function dryRunPipeline(draft: unknown, invoice: DryRunInvoice): DryRunReport {
  const validated = validatePipeline(draft);
  const issues = validated.ok ? [] : validated.error;
  const shape = pipelineShapeSchema.safeParse(draft);
  if (!shape.success) return { issues, steps: [] };
  const pipeline = shape.data;
  const kind = invoice.kind;
  const knownStatus = invoice.statusKey !== undefined && pipeline.statuses.some((s) => s.key === invoice.statusKey);
  const start =
    (knownStatus ? invoice.statusKey : undefined) ??
    (kind === 'CREDIT_NOTE' ? firstWith(pipeline, 'isCreditNoteDefault') : undefined)?.key ??
    firstWith(pipeline, 'isDefault')?.key;
  if (start === undefined) {
    const step: DryRunStep = { stage: 'START', from: null, to: null, landsIn: '', hasInvoiceNumber: invoice.hasInvoiceNumber, blockedBy: blocked('No status is the default status, so a new invoice has nowhere to start') };
    return { issues, steps: [step] };
  }
  const w: Walker = { at: start, hasInvoiceNumber: invoice.hasInvoiceNumber, steps: [] };
  w.steps.push({ stage: 'START', from: null, to: start, landsIn: start, hasInvoiceNumber: w.hasInvoiceNumber, blockedBy: null });

  const trigger = firstWith(pipeline, 'isTransferTrigger');
  const after = firstWith(pipeline, 'isAfterTransfer');
  // The after-transfer status may carry the sent flag itself (the seeds' tables do); the walk then
  // goes on to the first plain sent status after it, the one a person sets once it went out.
  const sent =
    byPosition(pipeline).find((s) => s.flags.isSent && !s.flags.isPaid && !s.flags.isPartiallyPaid && after !== undefined && s.position > after.position) ??
    firstWith(pipeline, 'isSent');
  const paid = firstWith(pipeline, 'isPaid');
  const failed = firstWith(pipeline, 'isFailed');
  const past = (target: InvoiceStatus | undefined): boolean =>
    target !== undefined && w.at !== target.key && positionOf(pipeline, w.at) > target.position;
  // A failed invoice goes back to the trigger to retry (SE-VN-37), so it is never "past" it.
  const startsFailed = failed !== undefined && start === failed.key;
  const transferred = !startsFailed && after !== undefined && (w.at === after.key || past(after));

  let going = true;
  if (!transferred) {
    going = walkTo(pipeline, w, startsFailed ? 'RETRY' : 'TO_TRIGGER', trigger, 'transfer trigger', kind);
    if (going && trigger !== undefined) {
      if (after === undefined) {
        going = walkTo(pipeline, w, 'TRANSFER_SUCCEEDED', after, 'after-transfer', kind);
      } else {
        going = move(pipeline, w, 'TRANSFER_SUCCEEDED', after.key, true, kind);
      }
    }
  }
  if (going && !past(sent)) going = walkTo(pipeline, w, 'SEND', sent, 'sent', kind);
  if (going && !past(paid)) walkTo(pipeline, w, 'PAY', paid, 'paid', kind);

  // The failure branch always starts at the trigger with the invoice as it arrived there.
  if (trigger !== undefined) {
    const branch: Walker = { at: trigger.key, hasInvoiceNumber: invoice.hasInvoiceNumber, steps: w.steps };
    if (failed === undefined) {
      walkTo(pipeline, branch, 'TRANSFER_FAILED', failed, 'failed', kind);
    } else if (move(pipeline, branch, 'TRANSFER_FAILED', failed.key, false, kind)) {
      move(pipeline, branch, 'RETRY', trigger.key, false, kind);
    }
  }
  return { issues, steps: w.steps };
}
