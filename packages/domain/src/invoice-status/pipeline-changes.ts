import type { AutoInvoiceBinding, Pipeline, StatusFlags } from './pipeline.js';

const slotLabels: Record<keyof AutoInvoiceBinding, string> = {
  toTransfer: 'status of invoices to transfer',
  afterTransfer: 'status after transfer',
  onError: 'status on error',
};

// AutoInvoice's status settings (SE-VN-53) as history sentences, by key like the statuses.
function autoInvoiceChanges(before: AutoInvoiceBinding | null, after: AutoInvoiceBinding | null): string[] {
  if (before === null && after === null) return [];
  if (after === null) return ['Stopped sending invoices through AutoInvoice'];
  const changes = before === null ? ['Started sending invoices through AutoInvoice'] : [];
  for (const slot of Object.keys(slotLabels) as (keyof AutoInvoiceBinding)[]) {
    if (before?.[slot] !== after[slot] && (before !== null || after[slot] !== null)) {
      changes.push(`Set AutoInvoice's ${slotLabels[slot]} to ${after[slot] ?? 'none'}`);
    }
  }
  return changes;
}

const flagLabels: Record<keyof StatusFlags, string> = {
  isDefault: 'default',
  isEditable: 'editable',
  requiresInvoiceNumber: 'requires invoice number',
  isSent: 'sent',
  isPartiallyPaid: 'partially paid',
  isPaid: 'paid',
  isFailed: 'failed',
  isCreditNoteDefault: 'credit-note default',
  isTransferTrigger: 'transfer trigger',
  isAfterTransfer: 'after transfer',
};

/**
 * What one save changed, as short sentences for the version history (issue #6): statuses added,
 * removed, renamed or moved, flags turned on or off, transitions added or removed. Statuses are
 * matched by key, the identity the integration relies on (SE-VN-40). `before` null is the first version.
 */
export function pipelineChanges(before: Pipeline | null, after: Pipeline): string[] {
  if (before === null) return [`Pipeline created with ${after.statuses.length} statuses`];
  const old = new Map(before.statuses.map((s) => [s.key, s]));
  const now = new Set(after.statuses.map((s) => s.key));
  const changes: string[] = [];
  for (const status of after.statuses) {
    const prior = old.get(status.key);
    if (prior === undefined) {
      changes.push(`Added status "${status.name}" (${status.key})`);
      continue;
    }
    if (prior.name !== status.name) changes.push(`Renamed "${prior.name}" to "${status.name}" (${status.key})`);
    if (prior.position !== status.position) changes.push(`Moved "${status.name}" from position ${prior.position} to ${status.position}`);
    for (const flag of Object.keys(flagLabels) as (keyof StatusFlags)[]) {
      if (prior.flags[flag] !== status.flags[flag]) {
        changes.push(`Turned ${status.flags[flag] ? 'on' : 'off'} "${flagLabels[flag]}" for "${status.name}"`);
      }
    }
  }
  for (const status of before.statuses.filter((s) => !now.has(s.key))) {
    changes.push(`Removed status "${status.name}" (${status.key})`);
  }
  const pair = (t: { from: string; to: string }): string => `${t.from} → ${t.to}`;
  const oldPairs = new Set(before.transitions.map(pair));
  const newPairs = new Set(after.transitions.map(pair));
  for (const p of newPairs) if (!oldPairs.has(p)) changes.push(`Added transition ${p}`);
  for (const p of oldPairs) if (!newPairs.has(p)) changes.push(`Removed transition ${p}`);
  changes.push(...autoInvoiceChanges(before.autoInvoice ?? null, after.autoInvoice ?? null));
  return changes.length > 0 ? changes : ['No changes'];
}
