import { invoiceHeaderFieldNames, type InvoiceHeaderFields } from '@ledgerbridge/domain';
import type { InvoiceEntity } from './invoice.entity.js';

type HeaderColumns = { [K in keyof InvoiceHeaderFields]-?: string | null };

/** The stored optional header rows (SE-FX-56; ADR 0030), null where unset. */
export function invoiceHeaderOf(e: InvoiceEntity): HeaderColumns {
  return Object.fromEntries(invoiceHeaderFieldNames.map((k) => [k, e[k] ?? null])) as HeaderColumns;
}

/** Validated header rows as columns: an absent (or cleared) field is stored as null. */
export function invoiceHeaderColumns(v: InvoiceHeaderFields): HeaderColumns {
  return Object.fromEntries(invoiceHeaderFieldNames.map((k) => [k, v[k] ?? null])) as HeaderColumns;
}

/** The set header rows for the canonical draft; unset ones stay out so the ERP's defaults apply. */
export function invoiceHeaderRecord(e: InvoiceEntity): Partial<InvoiceHeaderFields> {
  const out: Partial<Record<keyof InvoiceHeaderFields, string>> = {};
  for (const k of invoiceHeaderFieldNames) {
    const value = e[k];
    if (value) out[k] = value;
  }
  return out;
}
