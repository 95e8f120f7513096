import { Decimal } from 'decimal.js';
import type { InventoryFrequency } from '../transfer-rules/debtor-rules.js';

const Dec = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });

/** The period a moment falls in (UTC): "2026-11-23", ISO week "2026-W48", or "2026-11" (RB-26). */
export function inventoryPeriodKey(at: Date, frequency: InventoryFrequency): string {
  const day = at.toISOString().slice(0, 10);
  if (frequency === 'DAILY') return day;
  if (frequency === 'MONTHLY') return day.slice(0, 7);
  // ISO 8601 week: the week belongs to the year of its Thursday
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Σ stock on hand × cost price, rounded once to 2 decimals; products without stock or cost count 0. */
export function inventoryValue(products: readonly { readonly stockOnHand: string | null; readonly costPrice: string | null }[]): string {
  const total = products.reduce((sum, p) => (p.stockOnHand === null || p.costPrice === null ? sum : sum.plus(new Dec(p.stockOnHand).times(new Dec(p.costPrice)))), new Dec(0));
  const rounded = total.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  return (rounded.isZero() ? new Dec(0) : rounded).toFixed(2);
}

/**
 * What one period's voucher posts (RB-29 leaves full value or change open; we post the change):
 * the value now minus the value the last voucher brought the inventory account to. Positive =
 * debit inventory, credit offset; negative = the reverse. The first voucher posts the full value.
 */
export function inventoryValueChange(current: string, lastPosted: string | null): string {
  return new Dec(current).minus(new Dec(lastPosted ?? '0')).toFixed(2);
}
