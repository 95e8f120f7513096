// e-conomic sends and expects money as JSON numbers. The sandbox keeps that wire format but never
// does arithmetic on floats: values are parsed from their decimal text into scaled bigints
// (øre for amounts), computed on exactly, and turned back into numbers only when rendered.

/** Øre per krone: amounts are held as bigints with 2 implied decimals. */
export const AMOUNT_SCALE = 2;

export type ParsedDecimal =
  | { readonly ok: true; readonly units: bigint }
  | { readonly ok: false; readonly reason: 'not-a-number' | 'too-many-decimals' };

const plainDecimal = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads a JSON number (or numeric string) as `value × 10^scale` without float arithmetic: the
 * number's shortest decimal text is what the client sent, so it is parsed digit by digit.
 */
export function parseScaled(value: unknown, scale: number): ParsedDecimal {
  if (typeof value !== 'number' && typeof value !== 'string') return { ok: false, reason: 'not-a-number' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const m = plainDecimal.exec(text);
  if (!m) return { ok: false, reason: 'not-a-number' };
  const [, sign, whole, fraction = ''] = m;
  const trimmed = fraction.replace(/0+$/, '');
  if (trimmed.length > scale) return { ok: false, reason: 'too-many-decimals' };
  const units = BigInt(`${whole}${trimmed.padEnd(scale, '0')}`);
  return { ok: true, units: sign === '-' ? -units : units };
}

// Number#toString switches to exponent notation below 1e-6 and above 1e21; expand those so
// tiny prices are refused for their decimals instead of being misread.
function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** Renders scaled units as the JSON number e-conomic would send (e.g. 650000n, 2 → 6500). */
export function toJsonNumber(units: bigint, scale: number = AMOUNT_SCALE): number {
  return Number(toDecimalText(units, scale));
}

/** Scaled units as plain decimal text with exactly `scale` decimals. */
export function toDecimalText(units: bigint, scale: number = AMOUNT_SCALE): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** `numerator / denominator`, rounded half away from zero (commercial rounding, as e-conomic does). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/** Quantities, prices and discounts on a line, all as scaled units. */
export interface LineMoney {
  /** Quantity × 100. */
  readonly quantity: bigint;
  /** Unit net price in øre. */
  readonly unitNetPrice: bigint;
  /** Discount percentage × 100 (12.5 % → 1250n). */
  readonly discountPercentage: bigint;
}

/** Line net in øre: quantity × price × (1 − discount), rounded once at the end to 2 decimals. */
export function lineNetAmount(line: LineMoney): bigint {
  // quantity (×100) × price (×100) × (10000 − discount×100) gives ×10^8; øre are ×10^2.
  return divideRounded(line.quantity * line.unitNetPrice * (10000n - line.discountPercentage), 1_000_000n);
}

/** VAT in øre on a net amount at `ratePercent` (a whole percentage such as 25). */
export function vatOf(netAmount: bigint, ratePercent: bigint): bigint {
  return divideRounded(netAmount * ratePercent, 100n);
}
