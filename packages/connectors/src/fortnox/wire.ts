// Fortnox sends money, quantities and rates as JSON numbers (sometimes as numeric strings,
// §2.8), while the connector boundary uses decimal strings. These helpers convert at the wire
// only, through the numbers' decimal text; no arithmetic happens on floats.

const decimalText = /^-?\d+(\.\d+)?$/;

/** A Fortnox JSON amount as a decimal string, e.g. 650.5 → "650.5"; null when it is not one. */
export function decimalFromWire(value: number | string): string | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    // Integers print exactly with toFixed(0); String() gives the shortest exact text otherwise.
    text = Number.isInteger(value) ? value.toFixed(0) : String(value);
  } else {
    text = value.trim();
  }
  if (!decimalText.test(text)) return null;
  return text === '-0' ? '0' : text;
}

/**
 * A canonical decimal string as the JSON number Fortnox expects. A malformed string is a bug
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

const stockholm = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The `lastmodified` filter value for an instant: `YYYY-MM-DD HH:MM` in Swedish local time, as
 * Fortnox keeps its timestamps. Seconds are dropped, which floors the instant, so the filter
 * can only return more records than asked for, never fewer.
 */
export function toFortnoxTimestamp(instant: Date): string {
  const parts = Object.fromEntries(stockholm.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
