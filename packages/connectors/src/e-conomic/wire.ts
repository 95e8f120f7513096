// e-conomic sends and expects money and quantities as JSON numbers (§1.1); the connector boundary
// uses decimal strings. These helpers convert at the wire only, through the numbers' decimal
// text, so no arithmetic ever happens on floats.

const decimalText = /^-?\d+(\.\d+)?$/;

/** A JSON number as a decimal string, e.g. 650.5 → "650.5"; null when it has no plain decimal form. */
export function decimalFromWire(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  // String() gives the shortest text that round-trips, which is what the vendor serialised.
  const text = Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (!decimalText.test(text)) return null;
  return text === '-0' ? '0' : text;
}

/** A decimal string with at least two decimals, the canonical amount form ("650.5" → "650.50"). */
export function asAmount(decimal: string): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** How many decimals a decimal string really has, ignoring trailing zeros ("3.7000" → 1). */
export function significantDecimals(decimal: string): number {
  const fraction = decimal.split('.')[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/**
 * A canonical decimal string as the JSON number e-conomic expects. A malformed string is a bug
 * upstream (the engine validates records), so it throws instead of sending a wrong amount.
 */
export function decimalToWire(value: string): number {
  const text = value.trim();
  if (!decimalText.test(text)) throw new TypeError(`Not a decimal string: "${value}"`);
  const digits = text.replace(/[-.]/g, '').replace(/^0+/, '');
  // Beyond 15 significant digits a double can no longer carry the value exactly.
  if (digits.length > 15) throw new RangeError(`Decimal has more precision than a JSON number keeps: "${value}"`);
  return Number(text);
}

/** Escapes a value for e-conomic's filter syntax (§1.2): `$ ( ) * , [ ]` are prefixed with `$`. */
export function filterValue(value: string): string {
  return value.replace(/[$()*,[\]]/g, (ch) => `$${ch}`);
}

const selfLinkCodes: readonly [string, string][] = [
  ['<', '_0_'], ['>', '_1_'], ['*', '_2_'], ['%', '_3_'], [':', '_4_'], ['&', '_5_'], ['/', '_6_'],
  ['\\', '_7_'], [' ', '_9_'], ['?', '_10_'], ['.', '_11_'], ['#', '_12_'], ['+', '_13_'],
];

/** A string key (product number) as e-conomic encodes it in a resource path (§1.2). */
export function encodeKey(key: string): string {
  let out = key.replace(/_/g, '_8_');
  for (const [ch, code] of selfLinkCodes) out = out.split(ch).join(code);
  return encodeURIComponent(out);
}

/** e-conomic's `lastUpdated` filter value for an instant: UTC to the second. */
export function toEconomicTimestamp(instant: Date): string {
  return `${instant.toISOString().slice(0, 19)}Z`;
}
