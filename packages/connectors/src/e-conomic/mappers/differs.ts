import type { EconomicDocument } from './to-economic-customer.js';

/** Compares only the keys we send inside references (the vendor adds `self`, names, …). */
function pickKeys(current: unknown, wanted: unknown): unknown {
  if (typeof wanted !== 'object' || wanted === null || typeof current !== 'object' || current === null) return current;
  return Object.fromEntries(Object.keys(wanted).map((k) => [k, (current as Record<string, unknown>)[k]]));
}

/**
 * Whether writing `mapped` would change the document e-conomic holds (`current`, in wire form):
 * false for a replayed write, which then reports `unchanged` instead of sending a PUT. `barred`
 * is absent when false on both sides (§1.1), so its absence from `mapped` is a change only when
 * the current document is barred.
 */
export function documentDiffers(current: EconomicDocument, mapped: EconomicDocument, ignore: readonly string[] = []): boolean {
  const changed = Object.entries(mapped).some(([key, value]) => !ignore.includes(key) && JSON.stringify(pickKeys(current[key], value)) !== JSON.stringify(value));
  return changed || (current.barred === true && mapped.barred === undefined);
}
