import { err, ok, type Result } from '../result.js';
import { examplePipelineA, examplePipelineB, examplePipelineC } from './example-pipelines.js';
import type { InvoiceStatus, Pipeline, StatusFlags, StatusTransition } from './pipeline.js';

// The process steps of SE-VN-34 / SE-VN-54 read from, and applied to, a pipeline. Statuses stay
// the only truth: a step is a pattern of statuses, flags and transitions, never a stored switch,
// so what the editor shows cannot drift from what the engine does. Transformations keep the keys
// of the statuses they keep (invoices may be in them) and, given a valid pipeline, return a valid one.

/** The process steps a pipeline has (SE-VN-34, SE-VN-54). */
export interface PipelineSteps {
  /**
   * The approval statuses: every status after the default status and before the transfer
   * trigger, in order (the failed status never counts). Empty: no approval step.
   */
  readonly approval: readonly InvoiceStatus[];
  /** The status from which invoices carry the ERP's number: the after-transfer status (SE-VN-43, SE-VN-48). */
  readonly erpNumberFrom: InvoiceStatus | null;
  /** AutoInvoice's status settings, when invoices are sent through AutoInvoice (SE-VN-53). */
  readonly autoInvoice: {
    readonly toTransfer: InvoiceStatus | null;
    readonly afterTransfer: InvoiceStatus | null;
    readonly onError: InvoiceStatus | null;
  } | null;
}

export type ExampleName = 'A' | 'B' | 'C';

const examples: Record<ExampleName, Pipeline> = { A: examplePipelineA, B: examplePipelineB, C: examplePipelineC };

const plainFlags: StatusFlags = {
  isDefault: false, isEditable: true, requiresInvoiceNumber: false, isSent: false, isPartiallyPaid: false,
  isPaid: false, isFailed: false, isCreditNoteDefault: false, isTransferTrigger: false, isAfterTransfer: false,
};

const inOrder = (pipeline: Pipeline): InvoiceStatus[] => [...pipeline.statuses].sort((a, b) => a.position - b.position);

const renumbered = (statuses: readonly InvoiceStatus[]): InvoiceStatus[] =>
  statuses.map((status, position) => (status.position === position ? status : { ...status, position }));

/** The single holder of a flag, or undefined when none or several hold it (the rules report that). */
function soleHolder(pipeline: Pipeline, flag: keyof StatusFlags): InvoiceStatus | undefined {
  const holders = pipeline.statuses.filter((s) => s.flags[flag]);
  return holders.length === 1 ? holders[0] : undefined;
}

function freeKey(pipeline: Pipeline, wanted: string): string {
  const taken = new Set(pipeline.statuses.map((s) => s.key));
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n += 1;
  return `${wanted}-${n}`;
}

const hasMove = (transitions: readonly StatusTransition[], from: string, to: string): boolean =>
  transitions.some((t) => t.from === from && t.to === to);

function withMoves(transitions: readonly StatusTransition[], ...moves: StatusTransition[]): StatusTransition[] {
  const result = [...transitions];
  for (const move of moves) if (!hasMove(result, move.from, move.to)) result.push(move);
  return result;
}

const isPlainSent = (s: InvoiceStatus): boolean => s.flags.isSent && !s.flags.isPartiallyPaid && !s.flags.isPaid && !s.flags.isAfterTransfer;

/** Reads the process steps from the statuses, their flags and the AutoInvoice binding. */
export function pipelineSteps(pipeline: Pipeline): PipelineSteps {
  const byKey = new Map(pipeline.statuses.map((s) => [s.key, s]));
  const find = (key: string | null | undefined) => (key == null ? null : byKey.get(key) ?? null);
  const binding = pipeline.autoInvoice;
  return {
    approval: approvalStatuses(pipeline),
    erpNumberFrom: soleHolder(pipeline, 'isAfterTransfer') ?? null,
    autoInvoice: binding == null
      ? null
      : { toTransfer: find(binding.toTransfer), afterTransfer: find(binding.afterTransfer), onError: find(binding.onError) },
  };
}

function approvalStatuses(pipeline: Pipeline): InvoiceStatus[] {
  const start = soleHolder(pipeline, 'isDefault');
  const trigger = soleHolder(pipeline, 'isTransferTrigger');
  if (start === undefined || trigger === undefined) return [];
  return inOrder(pipeline).filter((s) => !s.flags.isFailed && s.position > start.position && s.position < trigger.position);
}

/**
 * Adds an approval step as pipeline A has it (SE-VN-46, SE-VN-54 (2)): "Awaiting approval" goes in
 * before the transfer trigger, and the trigger becomes "Approved, ready for the ERP". The trigger
 * role stays on its key rather than moving to a new status, so invoices already waiting in it
 * are still transferred; only its display name changes (names carry no meaning, SE-VN-40).
 * The default no longer moves straight to the trigger: draft ⇄ awaiting approval → approved.
 */
export function addApprovalStep(pipeline: Pipeline): Result<Pipeline, string> {
  const start = soleHolder(pipeline, 'isDefault');
  const trigger = soleHolder(pipeline, 'isTransferTrigger');
  if (start === undefined || trigger === undefined) {
    return err('An approval step needs one default status and one transfer trigger status');
  }
  if (start.position >= trigger.position) {
    return err('An approval step needs the default status to come before the transfer trigger status');
  }
  if (approvalStatuses(pipeline).length > 0) return err('The pipeline already has an approval step');
  const key = freeKey(pipeline, 'awaiting-approval');
  const awaiting: InvoiceStatus = { key, name: 'Awaiting approval', position: trigger.position, flags: { ...plainFlags } };
  const statuses = inOrder(pipeline).flatMap((s) =>
    s.key === trigger.key ? [awaiting, { ...s, name: 'Approved, ready for the ERP' }] : [s],
  );
  const transitions = withMoves(
    pipeline.transitions.filter((t) => !(t.from === start.key && t.to === trigger.key)),
    { from: start.key, to: key },
    { from: key, to: start.key },
    { from: key, to: trigger.key },
  );
  return ok({ ...pipeline, statuses: renumbered(statuses), transitions });
}

/**
 * Removes the approval step: its statuses and their transitions go, and the default moves
 * straight to the transfer trigger again (pipeline B, SE-VN-47). Saving refuses while invoices
 * are in a removed status, so none is lost.
 */
export function removeApprovalStep(pipeline: Pipeline): Result<Pipeline, string> {
  const approval = approvalStatuses(pipeline);
  const start = soleHolder(pipeline, 'isDefault');
  const trigger = soleHolder(pipeline, 'isTransferTrigger');
  if (approval.length === 0 || start === undefined || trigger === undefined) return err('The pipeline has no approval step');
  const gone = new Set(approval.map((s) => s.key));
  const statuses = inOrder(pipeline).filter((s) => !gone.has(s.key));
  const transitions = withMoves(
    pipeline.transitions.filter((t) => !gone.has(t.from) && !gone.has(t.to)),
    { from: start.key, to: trigger.key },
  );
  return ok({ ...pipeline, statuses: renumbered(statuses), transitions });
}

/**
 * The statuses that can become the first one with the ERP's number: after the transfer trigger,
 * and no later than the first status that must already carry it (sent or paid, SE-VN-55, or one
 * AutoInvoice reads, SE-VN-53).
 */
export function erpNumberChoices(pipeline: Pipeline): InvoiceStatus[] {
  const trigger = soleHolder(pipeline, 'isTransferTrigger');
  if (trigger === undefined) return [];
  const bound = new Set([pipeline.autoInvoice?.toTransfer, pipeline.autoInvoice?.onError].filter((k) => k != null));
  const choices: InvoiceStatus[] = [];
  for (const status of inOrder(pipeline).filter((s) => s.position > trigger.position && !s.flags.isFailed)) {
    choices.push(status);
    const { isSent, isPartiallyPaid, isPaid } = status.flags;
    if (isSent || isPartiallyPaid || isPaid || bound.has(status.key)) break;
  }
  return choices;
}

/**
 * Makes `key` the status from which invoices carry the ERP number (SE-VN-43, SE-VN-48): it
 * becomes the after-transfer status, it and every later status get the invoice-number flag and
 * earlier ones lose it, and the trigger gets a move into it.
 */
export function setErpNumberFrom(pipeline: Pipeline, key: string): Result<Pipeline, string> {
  const chosen = erpNumberChoices(pipeline).find((s) => s.key === key);
  const trigger = soleHolder(pipeline, 'isTransferTrigger');
  if (chosen === undefined || trigger === undefined) {
    return err('Choose a status after the transfer trigger and no later than the first sent status');
  }
  const statuses = pipeline.statuses.map((s) => ({
    ...s,
    flags: { ...s.flags, isAfterTransfer: s.key === chosen.key, requiresInvoiceNumber: s.position >= chosen.position },
  }));
  return ok({ ...pipeline, statuses, transitions: withMoves(pipeline.transitions, { from: trigger.key, to: chosen.key }) });
}

/**
 * Sends invoices through AutoInvoice (SE-VN-52..54): AutoInvoice takes them from the
 * after-transfer status, where they first carry the ERP number (SE-VN-54 (5), SE-VN-55), and sets
 * the first plain sent status after it ("Skickad", SE-VN-53). A pipeline without such a status
 * gets one right after, reached from it and leading where it led. The error status is not stated
 * by the seed, so none is bound; the admin may choose one.
 */
export function addAutoInvoiceSending(pipeline: Pipeline): Result<Pipeline, string> {
  if (pipeline.autoInvoice != null) return err('Invoices are already sent through AutoInvoice');
  const from = soleHolder(pipeline, 'isAfterTransfer');
  if (from === undefined) return err('AutoInvoice needs an after-transfer status, where invoices get the ERP number');
  const sent = inOrder(pipeline).find((s) => s.position > from.position && isPlainSent(s));
  if (sent !== undefined) {
    return ok({
      ...pipeline,
      transitions: withMoves(pipeline.transitions, { from: from.key, to: sent.key }),
      autoInvoice: { toTransfer: from.key, afterTransfer: sent.key, onError: null },
    });
  }
  const key = freeKey(pipeline, 'sent');
  const added: InvoiceStatus = {
    key, name: 'Sent', position: from.position + 1,
    flags: { ...plainFlags, isEditable: false, requiresInvoiceNumber: true, isSent: true },
  };
  const onward = pipeline.transitions.filter((t) => t.from === from.key).map((t) => ({ from: key, to: t.to }));
  const statuses = inOrder(pipeline).flatMap((s) => (s.key === from.key ? [s, added] : [s]));
  return ok({
    ...pipeline,
    statuses: renumbered(statuses),
    transitions: withMoves(pipeline.transitions, { from: from.key, to: key }, ...onward),
    autoInvoice: { toTransfer: from.key, afterTransfer: key, onError: null },
  });
}

/**
 * Stops sending through AutoInvoice: the binding goes, statuses and moves stay, since pipelines B
 * and C have the same statuses (SE-VN-52) and invoices are then sent from the source (SE-VN-55).
 */
export function removeAutoInvoiceSending(pipeline: Pipeline): Pipeline {
  return { ...pipeline, autoInvoice: null };
}

/** Binds one AutoInvoice setting; the rules (auto-invoice.rules.ts) judge the choice. */
export function setAutoInvoiceStatus(pipeline: Pipeline, slot: 'toTransfer' | 'afterTransfer' | 'onError', key: string | null): Pipeline {
  const binding = pipeline.autoInvoice;
  if (binding == null) return pipeline;
  if (slot === 'onError') return { ...pipeline, autoInvoice: { ...binding, onError: key } };
  return key === null ? pipeline : { ...pipeline, autoInvoice: { ...binding, [slot]: key } };
}

/** An example applied over a tenant's pipeline, and the statuses it leaves out. */
export interface ExampleStart {
  readonly pipeline: Pipeline;
  /** Current statuses with no place in the example; saving refuses while invoices are in one. */
  readonly dropped: readonly InvoiceStatus[];
}

// The roles an example status can take a current status's key by, most specific first.
const roleTests: readonly ((s: InvoiceStatus) => boolean)[] = [
  (s) => s.flags.isFailed,
  (s) => s.flags.isDefault,
  (s) => s.flags.isTransferTrigger,
  (s) => s.flags.isAfterTransfer,
  (s) => s.flags.isPaid,
  (s) => s.flags.isPartiallyPaid && !s.flags.isPaid,
  isPlainSent,
];

/**
 * Replaces the pipeline with example A, B or C (SE-VN-46, SE-VN-47, SE-VN-52). Statuses holding
 * the same role (failed, default, trigger, after transfer, sent, partially paid, paid) keep the
 * tenant's key, so invoices in them stay where they are; other example statuses keep the
 * example's key (made unique when taken). The result's `dropped` lists what the example leaves out.
 */
export function startFromExample(current: Pipeline, name: ExampleName): ExampleStart {
  const example = examples[name];
  const rename = new Map<string, string>();
  const used = new Set<string>();
  for (const test of roleTests) {
    const mine = inOrder(current).find((s) => test(s) && !used.has(s.key));
    const theirs = example.statuses.find((s) => test(s) && !rename.has(s.key));
    if (mine === undefined || theirs === undefined) continue;
    rename.set(theirs.key, mine.key);
    used.add(mine.key);
  }
  const taken = new Set([...used]);
  for (const status of example.statuses.filter((s) => !rename.has(s.key))) {
    let key = status.key;
    for (let n = 2; taken.has(key); n += 1) key = `${status.key}-${n}`;
    rename.set(status.key, key);
    taken.add(key);
  }
  const keyOf = (key: string): string => rename.get(key) ?? key;
  const pipeline: Pipeline = {
    statuses: example.statuses.map((s) => ({ ...s, key: keyOf(s.key), flags: { ...s.flags } })),
    transitions: example.transitions.map((t) => ({ from: keyOf(t.from), to: keyOf(t.to) })),
    autoInvoice: example.autoInvoice == null
      ? null
      : { toTransfer: keyOf(example.autoInvoice.toTransfer), afterTransfer: keyOf(example.autoInvoice.afterTransfer), onError: null },
  };
  return { pipeline, dropped: inOrder(current).filter((s) => !taken.has(s.key)) };
}
