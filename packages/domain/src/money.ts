// The named import: under NodeNext the package's CJS typings make the default import the module object.
import { Decimal } from 'decimal.js';
import { z } from 'zod';

// A private clone so the package never changes decimal.js's global configuration, which other
// packages may rely on. 64 significant digits keep every product of two 15+4 digit values exact;
// ROUND_HALF_UP in decimal.js rounds ties away from zero (commercial rounding).
const Dec = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof Dec>;

const MAX_INTEGER_DIGITS = 15;

interface DecimalStringOptions {
  readonly decimals: number;
  readonly allowNegative: boolean;
  readonly label: string;
}

function decimalPattern(decimals: number, allowNegative: boolean): RegExp {
  return new RegExp(`^${allowNegative ? '-?' : ''}\\d{1,${MAX_INTEGER_DIGITS}}(\\.\\d{1,${decimals}})?$`);
}

// Kept apart so refinements can skip values the pattern already refused: zod runs them anyway.
const amountPattern = decimalPattern(2, true);

function decimalStringSchema({ decimals, allowNegative, label }: DecimalStringOptions) {
  const pattern = decimalPattern(decimals, allowNegative);
  const sign = allowNegative ? 'an optional leading "-", ' : '';
  const digits = `at most ${MAX_INTEGER_DIGITS} digits before and ${decimals} after the point`;
  return z.string().regex(pattern, `${label} must be a decimal string with ${sign}${digits}, e.g. "1234.50"`);
}

/**
 * A money amount as a decimal string (e.g. `"1234.50"`, `"-10"`): up to 15 integer digits and
 * 2 decimals. Strings, not JS numbers, because binary floats cannot hold most cent values exactly;
 * JS numbers, exponents, `NaN` and `Infinity` are refused.
 */
export const amountSchema = decimalStringSchema({ decimals: 2, allowNegative: true, label: 'Amount' });

/** An {@link amountSchema} above zero, e.g. a payment; zero and negatives are `TOO_SMALL`. */
export const positiveAmountSchema = amountSchema.refine(
  (value) => !amountPattern.test(value) || new Dec(value).greaterThan(0),
  { message: 'Must be more than 0', params: { code: 'TOO_SMALL' } },
);

/** A unit price as a decimal string with up to 4 decimals (prices per hour/km often need them). */
export const unitPriceSchema = decimalStringSchema({ decimals: 4, allowNegative: true, label: 'Unit price' });

/** A quantity as a decimal string with up to 4 decimals; negative on credit-note lines. */
export const quantitySchema = decimalStringSchema({ decimals: 4, allowNegative: true, label: 'Quantity' });

const strictDecimal = /^-?\d+(\.\d+)?$/;
const percentPattern = /^\d{1,3}(\.\d{1,2})?$/;

/** A percentage 0..100 with up to 2 decimals as a decimal string, e.g. the VAT rate `"25"`. */
export const percentSchema = z
  .string()
  .regex(percentPattern, 'Percentage must be a decimal string between 0 and 100 with at most 2 decimals, e.g. "25"')
  // zod runs this even after the pattern failed, so it must not parse a malformed value.
  .refine((value) => !percentPattern.test(value) || new Dec(value).lte(100), {
    message: 'Must be at most 100',
    params: { code: 'TOO_LARGE' },
  });

/** An ISO 4217 currency code: three upper-case letters, e.g. `"DKK"`. */
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Currency must be an ISO 4217 code of three upper-case letters, e.g. "DKK"');

// Callers pass validated strings; anything else is a programming error, so it throws instead of
// silently becoming NaN the way decimal.js would accept "NaN", "1e3" or "0x10".
function toDec(value: string): Dec {
  if (!strictDecimal.test(value)) throw new RangeError(`Not a decimal string: ${JSON.stringify(value)}`);
  return new Dec(value);
}

// Never rounds: keeps every significant decimal, with at least 2 so amounts look like amounts.
function format(value: Dec): string {
  if (value.isZero()) return new Dec(0).toFixed(Math.max(2, value.decimalPlaces()));
  return value.toFixed(Math.max(2, value.decimalPlaces()));
}

/** Sums decimal strings exactly; returns at least 2 decimals and never rounds. */
export function addAmounts(...values: string[]): string {
  return sumAmounts(values);
}

/** Sums a list of decimal strings exactly; the empty sum is `"0.00"`. */
export function sumAmounts(values: readonly string[]): string {
  return format(values.reduce((total, value) => total.plus(toDec(value)), new Dec(0)));
}

/** `a − b`, exactly. */
export function subtractAmount(a: string, b: string): string {
  return format(toDec(a).minus(toDec(b)));
}

/**
 * `a × b`, exactly (e.g. quantity × unit price). Not rounded, so callers round once at the end
 * with {@link roundAmount} instead of accumulating rounding errors.
 */
export function multiplyAmount(a: string, b: string): string {
  return format(toDec(a).times(toDec(b)));
}

/** `value × percent / 100`, exactly (dividing by 100 only moves the decimal point). */
export function percentOfAmount(value: string, percent: string): string {
  return format(toDec(value).times(toDec(percent)).dividedBy(100));
}

/**
 * Rounds half away from zero (commercial rounding: 2.675 → 2.68, −2.675 → −2.68) and always
 * formats exactly `decimals` digits.
 * @default decimals 2
 */
export function roundAmount(value: string, decimals = 2): string {
  const rounded = toDec(value).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  return (rounded.isZero() ? new Dec(0) : rounded).toFixed(decimals);
}

/** Orders two decimal strings numerically: −1 when `a < b`, 0 when equal, 1 when `a > b`. */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const order = toDec(a).comparedTo(toDec(b));
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

/** True for any spelling of zero (`"0"`, `"0.00"`, `"-0"`). */
export function isZeroAmount(value: string): boolean {
  return toDec(value).isZero();
}

/** Flips the sign; zero stays `"0.00"`. */
export function negateAmount(value: string): string {
  return format(toDec(value).negated());
}

/** The absolute value. */
export function absAmount(value: string): string {
  return format(toDec(value).abs());
}

/**
 * True when `|a − b| > tolerance`. Used for the ERP total check, where a difference above 0.05
 * fails the invoice and smaller rounding differences are accepted (SE-VN-36, SE-VN-38, X-23).
 */
export function differsByMoreThan(a: string, b: string, tolerance: string): boolean {
  return toDec(a).minus(toDec(b)).abs().greaterThan(toDec(tolerance));
}
