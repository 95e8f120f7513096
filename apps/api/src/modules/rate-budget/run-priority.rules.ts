import type { RatePriority } from '@ledgerbridge/connectors';

/**
 * Whose run it is, for the connection's rate budget: a person started it (a manual run, a retry
 * of failed items, or moving invoices into the transfer status) or a schedule did. Only the
 * schedule's run is background sync; the others have someone waiting for the result (ADR 0010).
 */
export function priorityOfTrigger(trigger: string): RatePriority {
  return trigger === 'SCHEDULE' ? 'BACKGROUND' : 'USER';
}
