import { fieldError, type FieldError } from '../errors.js';
import { autoInvoiceIssues } from './auto-invoice.rules.js';
import type { InvoiceStatus, Pipeline, StatusFlags } from './pipeline.js';

// Every rule here is stated in the spec (IDs in the messages); nothing is inferred from status
// names, which the integration must never depend on (SE-VN-40).

type Indexed = { readonly status: InvoiceStatus; readonly index: number };
type FlagName = keyof StatusFlags;

const issue = (message: string, ...field: (string | number)[]): FieldError =>
  fieldError('PIPELINE_INVALID', message, field.map(String));

const flagPath = (index: number, flag: FlagName): (string | number)[] => ['statuses', index, 'flags', flag];

function withFlag(pipeline: Pipeline, flag: FlagName): Indexed[] {
  return pipeline.statuses.flatMap((status, index) => (status.flags[flag] ? [{ status, index }] : []));
}

const exclusiveRoles: readonly FlagName[] = ['isFailed', 'isTransferTrigger', 'isAfterTransfer'];

// The one status holding a role, for rules that build on it. Undefined while the role itself is
// broken (held twice, or together with a conflicting role), which is already reported.
function roleHolder(pipeline: Pipeline, flag: FlagName): Indexed | undefined {
  const [holder, ...others] = withFlag(pipeline, flag);
  if (holder === undefined || others.length > 0) return undefined;
  return exclusiveRoles.every((role) => role === flag || !holder.status.flags[role]) ? holder : undefined;
}

function keyIssues(pipeline: Pipeline): FieldError[] {
  const keys = new Set<string>();
  return pipeline.statuses.flatMap(({ key }, i) => {
    const isDuplicate = keys.has(key);
    keys.add(key);
    return isDuplicate ? [issue(`Key "${key}" is already used by another status`, 'statuses', i, 'key')] : [];
  });
}

function positionIssues(pipeline: Pipeline): FieldError[] {
  const count = pipeline.statuses.length;
  const positions = new Set<number>();
  return pipeline.statuses.flatMap(({ position }, i) => {
    const isDuplicate = positions.has(position);
    positions.add(position);
    if (position >= count) {
      return [issue(`Position must be between 0 and ${count - 1}: positions run 0..n-1 without gaps`, 'statuses', i, 'position')];
    }
    return isDuplicate ? [issue(`Position ${position} is already used by another status`, 'statuses', i, 'position')] : [];
  });
}

function transitionShapeIssues(pipeline: Pipeline): FieldError[] {
  const keys = new Set(pipeline.statuses.map((s) => s.key));
  const pairs = new Set<string>();
  return pipeline.transitions.flatMap(({ from, to }, j) => {
    const issues: FieldError[] = [];
    if (!keys.has(from)) issues.push(issue(`No status has the key "${from}"`, 'transitions', j, 'from'));
    if (!keys.has(to)) issues.push(issue(`No status has the key "${to}"`, 'transitions', j, 'to'));
    if (from === to) issues.push(issue('A status cannot transition to itself', 'transitions', j, 'to'));
    const pair = JSON.stringify([from, to]);
    if (pairs.has(pair)) issues.push(issue(`The transition from "${from}" to "${to}" is listed twice`, 'transitions', j));
    pairs.add(pair);
    return issues;
  });
}

/** The rule messages, each citing the requirement it enforces. */
const MESSAGES = {
  noDefault: 'Exactly one status must be the default, the status a new invoice gets',
  extraDefault: 'Only one status can be the default',
  noFailed: 'Exactly one status must be the failed status, for invoices the ERP refused (SE-VN-42)',
  extraFailed: 'Only one status can be the failed status (SE-VN-42)',
  extraTrigger: 'Only one status can trigger the transfer to the ERP (X-20)',
  extraAfterTransfer: 'Only one status can be the after-transfer status (X-20)',
  failedNotFirst: 'The failed status must be the first status (SE-VN-42)',
  failedIsDefault: 'The failed status must not be the default status (SE-VN-42)',
  failedIsCreditNoteDefault: 'The failed status must not be the credit-note default status (SE-VN-42, SE-VN-45)',
  failedIsTrigger:
    'The failed status must not trigger the transfer; moving a failed invoice to the trigger status retries it (X-20)',
  failedIsAfterTransfer: 'The failed status must not be the after-transfer status (X-20)',
  triggerIsAfterTransfer: 'A status cannot be both the transfer trigger and the after-transfer status (X-20)',
  triggerWithoutAfter: 'A transfer trigger status needs an after-transfer status for transferred invoices (SE-FX-44, SE-EE-08)',
  afterWithoutTrigger: 'An after-transfer status needs a transfer trigger status (SE-FX-44, SE-EE-08)',
  extraCreditNoteDefault: 'Only one status can be the credit-note default',
  creditNoteDefaultNotTrigger: 'The credit-note default must be the transfer trigger status (SE-VN-45)',
  triggerNotCreditNoteDefault:
    'The transfer trigger status must also be the credit-note default, so a new credit note is transferred at once (SE-VN-45)',
  afterBeforeTrigger: 'The after-transfer status must come after the transfer trigger status (SE-VN-34, SE-VN-54)',
  numberMissing: 'The after-transfer status and every status after it must have the invoice-number flag (SE-VN-43, X-19)',
  numberTooEarly:
    'A status before the ERP transfer cannot require an invoice number: the ERP assigns it on transfer (SE-VN-34, SE-VN-54)',
  sentOrPaidTooEarly:
    'Sent and payment statuses must come after the ERP transfer: an invoice is sent only with its ERP number ' +
    'and payments come from the ERP (SE-VN-54, SE-VN-55)',
} as const;

// At most one status may hold a role; every holder after the first is reported at its flag.
function atMostOne(pipeline: Pipeline, flag: FlagName, message: string): FieldError[] {
  return withFlag(pipeline, flag)
    .slice(1)
    .map(({ index }) => issue(message, ...flagPath(index, flag)));
}

const failedMustNotBe: readonly [FlagName, string][] = [
  ['isDefault', MESSAGES.failedIsDefault],
  ['isCreditNoteDefault', MESSAGES.failedIsCreditNoteDefault],
  ['isTransferTrigger', MESSAGES.failedIsTrigger],
  ['isAfterTransfer', MESSAGES.failedIsAfterTransfer],
];

function roleIssues(pipeline: Pipeline): FieldError[] {
  const failed = withFlag(pipeline, 'isFailed');
  const triggers = withFlag(pipeline, 'isTransferTrigger');
  const afters = withFlag(pipeline, 'isAfterTransfer');
  const issues: FieldError[] = [
    ...(withFlag(pipeline, 'isDefault').length === 0 ? [issue(MESSAGES.noDefault, 'statuses')] : []),
    ...atMostOne(pipeline, 'isDefault', MESSAGES.extraDefault),
    ...(failed.length === 0 ? [issue(MESSAGES.noFailed, 'statuses')] : []),
    ...atMostOne(pipeline, 'isFailed', MESSAGES.extraFailed),
    ...atMostOne(pipeline, 'isTransferTrigger', MESSAGES.extraTrigger),
    ...atMostOne(pipeline, 'isAfterTransfer', MESSAGES.extraAfterTransfer),
  ];
  for (const { status, index } of failed) {
    if (status.position !== 0) issues.push(issue(MESSAGES.failedNotFirst, 'statuses', index, 'position'));
    for (const [flag, message] of failedMustNotBe.filter(([flag]) => status.flags[flag])) {
      issues.push(issue(message, ...flagPath(index, flag)));
    }
  }
  for (const { index } of triggers.filter(({ status }) => status.flags.isAfterTransfer)) {
    issues.push(issue(MESSAGES.triggerIsAfterTransfer, ...flagPath(index, 'isAfterTransfer')));
  }
  if (triggers.length > 0 && afters.length === 0) issues.push(issue(MESSAGES.triggerWithoutAfter, 'statuses'));
  if (afters.length > 0 && triggers.length === 0) issues.push(issue(MESSAGES.afterWithoutTrigger, 'statuses'));
  return [...issues, ...creditNoteIssues(pipeline, roleHolder(pipeline, 'isTransferTrigger'))];
}

function creditNoteIssues(pipeline: Pipeline, trigger: Indexed | undefined): FieldError[] {
  if (trigger === undefined) return atMostOne(pipeline, 'isCreditNoteDefault', MESSAGES.extraCreditNoteDefault);
  const issues = withFlag(pipeline, 'isCreditNoteDefault')
    .filter(({ index }) => index !== trigger.index)
    .map(({ index }) => issue(MESSAGES.creditNoteDefaultNotTrigger, ...flagPath(index, 'isCreditNoteDefault')));
  if (!trigger.status.flags.isCreditNoteDefault) {
    issues.push(issue(MESSAGES.triggerNotCreditNoteDefault, ...flagPath(trigger.index, 'isCreditNoteDefault')));
  }
  return issues;
}

const afterTransferOnlyFlags: readonly FlagName[] = ['isSent', 'isPartiallyPaid', 'isPaid'];

// Rules on the order of statuses around the ERP transfer; only meaningful with sound positions.
function orderIssues(pipeline: Pipeline): FieldError[] {
  const trigger = roleHolder(pipeline, 'isTransferTrigger');
  const after = roleHolder(pipeline, 'isAfterTransfer');
  if (after === undefined) return [];
  const afterPosition = after.status.position;
  const issues: FieldError[] = [];
  if (trigger !== undefined && afterPosition < trigger.status.position) {
    issues.push(issue(MESSAGES.afterBeforeTrigger, 'statuses', after.index, 'position'));
  }
  pipeline.statuses.forEach(({ position, flags }, i) => {
    const isAfterTransfer = position >= afterPosition;
    if (isAfterTransfer && !flags.requiresInvoiceNumber) {
      issues.push(issue(MESSAGES.numberMissing, ...flagPath(i, 'requiresInvoiceNumber')));
    }
    if (!isAfterTransfer && flags.requiresInvoiceNumber) {
      issues.push(issue(MESSAGES.numberTooEarly, ...flagPath(i, 'requiresInvoiceNumber')));
    }
    for (const flag of afterTransferOnlyFlags.filter((f) => !isAfterTransfer && flags[f])) {
      issues.push(issue(MESSAGES.sentOrPaidTooEarly, ...flagPath(i, flag)));
    }
  });
  return issues;
}

interface RequiredMove {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

// The moves the transfer engine makes; each must be in the transition table.
function engineMoves(pipeline: Pipeline): RequiredMove[] {
  const trigger = roleHolder(pipeline, 'isTransferTrigger')?.status.key;
  const after = roleHolder(pipeline, 'isAfterTransfer')?.status.key;
  const failed = roleHolder(pipeline, 'isFailed')?.status.key;
  if (trigger === undefined) return [];
  const moves: RequiredMove[] = [];
  if (after !== undefined) moves.push({ from: trigger, to: after, why: 'a transferred invoice moves there (X-20)' });
  if (failed !== undefined) {
    moves.push({ from: trigger, to: failed, why: 'an invoice the ERP refuses moves there (SE-VN-36, X-20)' });
    moves.push({ from: failed, to: trigger, why: 'setting a failed invoice back to the trigger retries it (SE-VN-37, X-20)' });
  }
  return moves;
}

// Reachability assumes the engine moves exist (a missing one is reported on its own), so one
// missing transition is one issue, not one per status behind it.
function reachableKeys(pipeline: Pipeline, moves: readonly RequiredMove[]): Set<string> {
  const edges = [...pipeline.transitions, ...moves];
  const starts = pipeline.statuses.filter((s) => s.flags.isDefault || s.flags.isCreditNoteDefault).map((s) => s.key);
  const reached = new Set(starts);
  for (let key = starts.shift(); key !== undefined; key = starts.shift()) {
    for (const { to } of edges.filter((edge) => edge.from === key && !reached.has(edge.to))) {
      reached.add(to);
      starts.push(to);
    }
  }
  return reached;
}

function transitionIssues(pipeline: Pipeline): FieldError[] {
  const moves = engineMoves(pipeline);
  const issues = moves
    .filter(({ from, to }) => !pipeline.transitions.some((t) => t.from === from && t.to === to))
    .map(({ from, to, why }) => issue(`Add a transition from "${from}" to "${to}": ${why}`, 'transitions'));
  const reached = reachableKeys(pipeline, moves);
  // Without a single default the starting point is unknown, and that is reported already.
  const hasOneDefault = withFlag(pipeline, 'isDefault').length === 1;
  pipeline.statuses.forEach((status, i) => {
    // Only the engine moves invoices into the failed status, so no path need lead there.
    if (hasOneDefault && !status.flags.isFailed && !reached.has(status.key)) {
      const message = `Status "${status.key}" cannot be reached from the default status through the transitions`;
      issues.push(issue(message, 'statuses', i));
    }
  });
  return issues;
}

/**
 * Every way `pipeline` breaks the pipeline rules (SE-VN-40..48, X-19, X-20), each with the path of
 * the offending field and the code `PIPELINE_INVALID`. Order rules wait for sound positions and
 * transition rules for sound keys and transitions, so one mistake is not reported many times.
 */
export function pipelineIssues(pipeline: Pipeline): FieldError[] {
  const keys = keyIssues(pipeline);
  const positions = positionIssues(pipeline);
  const transitions = transitionShapeIssues(pipeline);
  return [
    ...keys,
    ...positions,
    ...transitions,
    ...roleIssues(pipeline),
    ...(positions.length === 0 ? orderIssues(pipeline) : []),
    ...(keys.length === 0 && transitions.length === 0 ? transitionIssues(pipeline) : []),
    ...(keys.length === 0 && positions.length === 0 ? autoInvoiceIssues(pipeline) : []),
  ];
}
