import { fieldError, type AutoInvoiceBinding, type FieldError } from '@ledgerbridge/domain';
import type { AutoInvoiceStatusesInput } from './auto-invoice.type.js';

/**
 * The binding a save asks for (ADR 0024's patch rule): undefined when the caller left
 * `autoInvoice` out (the saved binding stays, so clients that predate it cannot drop it), null to
 * stop sending through AutoInvoice, else the three settings with an unset error status as null.
 */
export function requestedAutoInvoice(input: { autoInvoice?: AutoInvoiceStatusesInput | null }): AutoInvoiceBinding | null | undefined {
  if (!Object.prototype.hasOwnProperty.call(input, 'autoInvoice') || input.autoInvoice === undefined) return undefined;
  if (input.autoInvoice === null) return null;
  const { toTransfer, afterTransfer, onError } = input.autoInvoice;
  return { toTransfer, afterTransfer, onError: onError ?? null };
}

const same = (a: AutoInvoiceBinding | null, b: AutoInvoiceBinding | null): boolean =>
  a === null || b === null ? a === b : a.toTransfer === b.toTransfer && a.afterTransfer === b.afterTransfer && a.onError === b.onError;

/**
 * AutoInvoice's settings decide where invoices go to customers from, so only a tenant
 * administrator may change them; an API key saving the pipeline may keep them as they are.
 */
export function autoInvoiceChangeRefusal(stored: AutoInvoiceBinding | null, wanted: AutoInvoiceBinding | null, isAdmin: boolean): FieldError[] {
  if (isAdmin || same(stored, wanted)) return [];
  return [fieldError('BLOCKED', 'Only a tenant administrator can change AutoInvoice\'s status settings', ['autoInvoice'])];
}
