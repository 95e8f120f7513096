import { validatePipeline, type Pipeline, type PipelineIssue, type StatusFlags } from '@ledgerbridge/domain';

export type FlagName = keyof StatusFlags;

/** The flags in the order the editor shows them, with the words an admin knows. */
export const flagLabels: readonly { name: FlagName; label: string }[] = [
  { name: 'isDefault', label: 'Default for new invoices' },
  { name: 'isEditable', label: 'Editable' },
  { name: 'requiresInvoiceNumber', label: 'Requires invoice number' },
  { name: 'isSent', label: 'Sent' },
  { name: 'isPartiallyPaid', label: 'Partially paid' },
  { name: 'isPaid', label: 'Paid' },
  { name: 'isFailed', label: 'Transfer failed' },
  { name: 'isCreditNoteDefault', label: 'Default for credit notes' },
  { name: 'isTransferTrigger', label: 'Sends to the ERP (transfer trigger)' },
  { name: 'isAfterTransfer', label: 'After a successful transfer' },
];

const noFlags: StatusFlags = {
  isDefault: false, isEditable: true, requiresInvoiceNumber: false, isSent: false, isPartiallyPaid: false, isPaid: false,
  isFailed: false, isCreditNoteDefault: false, isTransferTrigger: false, isAfterTransfer: false,
};

/** Positions always follow list order, so moving a status is just moving it in the array. */
function renumber(statuses: Pipeline['statuses']): Pipeline['statuses'] {
  return statuses.map((status, position) => (status.position === position ? status : { ...status, position }));
}

export function addStatus(pipeline: Pipeline): Pipeline {
  const taken = new Set(pipeline.statuses.map((status) => status.key));
  let n = pipeline.statuses.length + 1;
  while (taken.has(`status-${n}`)) n += 1;
  const status = { key: `status-${n}`, name: `Status ${n}`, position: pipeline.statuses.length, flags: { ...noFlags } };
  return { ...pipeline, statuses: [...pipeline.statuses, status] };
}

/** Removes a status and every transition to or from it. */
export function removeStatus(pipeline: Pipeline, index: number): Pipeline {
  const key = pipeline.statuses[index]?.key;
  return {
    ...pipeline,
    statuses: renumber(pipeline.statuses.filter((_, i) => i !== index)),
    transitions: pipeline.transitions.filter((t) => t.from !== key && t.to !== key),
  };
}

export function moveStatus(pipeline: Pipeline, index: number, delta: -1 | 1): Pipeline {
  const target = index + delta;
  if (target < 0 || target >= pipeline.statuses.length) return pipeline;
  const statuses = [...pipeline.statuses];
  [statuses[index], statuses[target]] = [statuses[target]!, statuses[index]!];
  return { ...pipeline, statuses: renumber(statuses) };
}

export function renameStatus(pipeline: Pipeline, index: number, name: string): Pipeline {
  return { ...pipeline, statuses: pipeline.statuses.map((s, i) => (i === index ? { ...s, name } : s)) };
}

/** Changing a key carries its transitions along, so the table never points at a vanished key. */
export function rekeyStatus(pipeline: Pipeline, index: number, key: string): Pipeline {
  const old = pipeline.statuses[index]?.key;
  const follow = (k: string): string => (k === old ? key : k);
  const binding = pipeline.autoInvoice;
  return {
    ...pipeline,
    // AutoInvoice's settings follow the key too (SE-VN-53)
    ...(binding == null ? {} : {
      autoInvoice: { toTransfer: follow(binding.toTransfer), afterTransfer: follow(binding.afterTransfer), onError: binding.onError === null ? null : follow(binding.onError) },
    }),
    statuses: pipeline.statuses.map((s, i) => (i === index ? { ...s, key } : s)),
    transitions: pipeline.transitions.map((t) => ({ from: t.from === old ? key : t.from, to: t.to === old ? key : t.to })),
  };
}

export function setFlag(pipeline: Pipeline, index: number, flag: FlagName, value: boolean): Pipeline {
  return { ...pipeline, statuses: pipeline.statuses.map((s, i) => (i === index ? { ...s, flags: { ...s.flags, [flag]: value } } : s)) };
}

export function toggleTransition(pipeline: Pipeline, from: string, to: string): Pipeline {
  const exists = pipeline.transitions.some((t) => t.from === from && t.to === to);
  return {
    ...pipeline,
    transitions: exists ? pipeline.transitions.filter((t) => !(t.from === from && t.to === to)) : [...pipeline.transitions, { from, to }],
  };
}

export interface EditorIssues {
  /** Per status index: messages keyed by "key", "name", "position", "flags.isDefault", "transitions". */
  readonly byStatus: ReadonlyMap<number, ReadonlyMap<string, readonly string[]>>;
  /** Issues about the pipeline as a whole ("no default status", …). */
  readonly general: readonly string[];
  /** Issues with AutoInvoice's settings, by setting: "toTransfer", "afterTransfer", "onError" or "" for the whole. */
  readonly autoInvoice: ReadonlyMap<string, readonly string[]>;
  readonly count: number;
}

/**
 * Places each issue next to what it names: a status field, or the status a transition leaves
 * from. The same function serves the live check (the domain's rules) and the API's answer.
 */
export function placeIssues(pipeline: Pipeline, issues: readonly PipelineIssue[] | readonly { message: string; field?: readonly string[] | null }[]): EditorIssues {
  const byStatus = new Map<number, Map<string, string[]>>();
  const general: string[] = [];
  const autoInvoice = new Map<string, string[]>();
  const add = (index: number, where: string, message: string) => {
    const fields = byStatus.get(index) ?? new Map<string, string[]>();
    fields.set(where, [...(fields.get(where) ?? []), message]);
    byStatus.set(index, fields);
  };
  for (const issue of issues) {
    const [root, rawIndex, ...rest] = issue.field ?? [];
    const index = Number(rawIndex);
    if (root === 'statuses' && Number.isInteger(index) && index < pipeline.statuses.length) {
      add(index, rest.length === 0 ? 'status' : rest.join('.'), issue.message);
    } else if (root === 'transitions' && Number.isInteger(index)) {
      const from = pipeline.transitions[index]?.from;
      const statusIndex = pipeline.statuses.findIndex((status) => status.key === from);
      if (statusIndex >= 0) add(statusIndex, 'transitions', issue.message);
      else general.push(issue.message);
    } else if (root === 'autoInvoice') {
      const slot = rawIndex ?? '';
      autoInvoice.set(slot, [...(autoInvoice.get(slot) ?? []), issue.message]);
    } else {
      general.push(issue.message);
    }
  }
  return { byStatus, general, autoInvoice, count: issues.length };
}

/** The domain's own rules, run on every change (the API runs the same ones on save). */
export function checkPipeline(pipeline: Pipeline): EditorIssues {
  const result = validatePipeline(pipeline);
  return placeIssues(pipeline, result.ok ? [] : result.error);
}

/** Exactly the ten flags: query results also carry `__typename`, which an input must not. */
export function pickFlags(flags: StatusFlags): StatusFlags {
  return Object.fromEntries(flagLabels.map(({ name }) => [name, flags[name]])) as StatusFlags;
}

/** What saveInvoiceStatusPipeline takes: order is the list order. */
export function toSaveInput(pipeline: Pipeline) {
  return {
    statuses: pipeline.statuses.map(({ key, name, flags }) => ({ key, name, flags: pickFlags(flags) })),
    transitions: pipeline.transitions.map(({ from, to }) => ({ from, to })),
    // Always sent: null stops AutoInvoice, and the draft holds what the admin sees (ADR 0024)
    autoInvoice: pipeline.autoInvoice == null
      ? null
      : { toTransfer: pipeline.autoInvoice.toTransfer, afterTransfer: pipeline.autoInvoice.afterTransfer, onError: pipeline.autoInvoice.onError },
  };
}
