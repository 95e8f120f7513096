import { z } from 'zod';

/**
 * A calendar date as `YYYY-MM-DD` (no time, no zone): invoice, due and payment dates are days in
 * the tenant's bookkeeping, not instants. Rejects impossible dates such as `2023-02-29`.
 */
export const isoDateSchema = z.iso.date();

/** True when `date` is the same day as `reference` or later (both `YYYY-MM-DD`). */
export function isOnOrAfter(date: string, reference: string): boolean {
  // Fixed-width, zero-padded ISO dates order the same as text.
  return date >= reference;
}
