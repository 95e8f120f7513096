// Fortnox sends and receives money as JSON numbers. The sandbox keeps the wire format but never
// does arithmetic on floats: every amount is read through its decimal text into a scaled BigInt
// (öre, or 1/10 000 for prices and quantities) and formatted back the same way.

const plainDecimal = /^(-)?(\d{1,15})(?:\.(\d+))?$/;

/**
 * `value` (a JSON number or numeric string) as an integer count of 10^-scale units, or null when
 * it is not a plain decimal or has more decimals than `scale` allows.
 */
export function toScaled(value: unknown, scale: number): bigint | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value); // shortest round-trip text, e.g. 650.5 -> "650.5"
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  const m = plainDecimal.exec(text);
  if (!m) return null;
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > scale) return null;
  const units = BigInt(m[2]! + fraction.padEnd(scale, '0'));
  return m[1] ? -units : units;
}

/** Integer division rounding half away from zero (commercial rounding). */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n + d / 2n) / d;
  return negative ? -q : q;
}

/** Decimal text of `units` at `scale`, trailing zeros trimmed: (123450n, 2) -> "1234.5". */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A scaled value as the JSON number Fortnox would send, built from its exact decimal text. */
export function toJsonNumber(units: bigint, scale: number): number {
  return Number(formatScaled(units, scale));
}

/** öre (1/100 SEK) to a JSON number. */
export function oreToNumber(ore: bigint): number {
  return toJsonNumber(ore, 2);
}
