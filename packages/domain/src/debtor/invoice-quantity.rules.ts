import { Decimal } from 'decimal.js';

/** e-conomic and the other Nordic ERPs take at most 2 decimals on quantities and prices (RB-15, X-15). */
export const ERP_QUANTITY_DECIMALS = 2;

/** Decimals that carry a value: "2.5000" has 1, "1.375" has 3. */
export function significantDecimalPlaces(value: string): number {
  return new Decimal(value).decimalPlaces();
}

export type LineQuantity =
  | { readonly ok: true; readonly quantity: string; readonly unitPrice: string }
  | { readonly ok: false; readonly message: string };

/**
 * What an invoice line sends as quantity and unit price (RB-14, RB-15). The actual quantity is
 * sent as it is; one with more than 2 decimals fails rather than being rounded, because rounding
 * it would change the line's value in the books. With the setting off the line goes as 1 × its
 * (already rounded) net amount, so its value is exact whatever the quantity.
 */
export function lineQuantity(line: { readonly quantity: string; readonly unitPrice: string; readonly netAmount: string; readonly discountPercent: string }, useActualQuantity: boolean, position: number): LineQuantity {
  if (!useActualQuantity) {
    // the net amount already carries the discount; sending it again would apply it twice
    return { ok: true, quantity: new Decimal(line.quantity).isNegative() ? '-1' : '1', unitPrice: new Decimal(line.netAmount).abs().toFixed(2) };
  }
  const decimals = significantDecimalPlaces(line.quantity);
  if (decimals > ERP_QUANTITY_DECIMALS) {
    return { ok: false, message: `Line ${position}: quantity ${line.quantity} has ${decimals} decimals; the ERP takes ${ERP_QUANTITY_DECIMALS}, and rounding would change the line's value. Turn off "use actual quantity" to send it as 1 × its amount (RB-15)` };
  }
  return { ok: true, quantity: line.quantity, unitPrice: line.unitPrice };
}
