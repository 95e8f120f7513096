import type { SandboxResponse } from '../core/router.js';
import { divRound, toScaled } from './decimal.js';
import type { InvoiceRow, InvoiceTotals } from './store.js';
import { fortnoxCodes, rejected } from './style.js';

/** How one writable field is checked. Fields without a spec are read-only or unknown: ignored. */
export type FieldSpec =
  | { readonly kind: 'string'; readonly max?: number; readonly required?: boolean; readonly pattern?: RegExp }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number'; readonly scale: number }
  | { readonly kind: 'integer' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'date' };

/** The writable fields of one register, by Fortnox field name. */
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
/** Fortnox's way to clear a field (the C# SDK's `BlankValue`, F1). */
const blankValue = 'API_BLANK';

/** Swedish VAT rates Fortnox accepts on articles and rows. */
export const swedishVatRates: readonly bigint[] = [0n, 600n, 1200n, 2500n];

function checkField(name: string, spec: FieldSpec, value: unknown): { value: unknown } | SandboxResponse {
  switch (spec.kind) {
    case 'string': {
      if (typeof value !== 'string' && typeof value !== 'number') return rejected(`Fältet ${name} måste vara en text.`);
      const text = String(value);
      if (spec.max !== undefined && text.length > spec.max) {
        return rejected(`${name} får vara högst ${spec.max} tecken lång (${text.length} angavs).`, fortnoxCodes.tooLong);
      }
      if (spec.pattern && text !== '' && !spec.pattern.test(text)) return rejected(`Ogiltiga tecken i fältet ${name}.`, fortnoxCodes.invalidCharacters);
      return { value: text };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { value } : rejected(`Fältet ${name} måste vara true eller false.`);
    case 'number':
      return toScaled(value, spec.scale) === null ? rejected(`Fältet ${name} måste vara numeriskt.`, fortnoxCodes.notNumeric) : { value: Number(value) };
    case 'integer':
      return Number.isInteger(Number(value)) && value !== '' ? { value: Number(value) } : rejected(`Fältet ${name} måste vara ett heltal.`, fortnoxCodes.notNumeric);
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value.toUpperCase())
        ? { value: value.toUpperCase() }
        : rejected(`Ogiltigt värde för ${name}: ${String(value)} (tillåtna: ${spec.values.join(', ')}).`);
    case 'date':
      return typeof value === 'string' && datePattern.test(value) && !Number.isNaN(Date.parse(value))
        ? { value }
        : rejected(`Fältet ${name} måste vara ett datum (YYYY-MM-DD).`);
  }
}

/**
 * Validates the writable fields of a wrapped entity and returns them normalised. On create,
 * required fields must be present; on update only the fields sent are checked (partial PUT, §9).
 */
export function validateFields(input: Record<string, unknown>, specs: FieldSpecs, isCreate: boolean): Record<string, unknown> | SandboxResponse {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = input[name];
    if (value === undefined || value === null) {
      if (isCreate && spec.kind === 'string' && spec.required) return rejected(`Fältet ${name} är obligatoriskt.`, fortnoxCodes.required);
      continue;
    }
    if (value === blankValue) {
      if (spec.kind === 'string' && spec.required) return rejected(`Fältet ${name} är obligatoriskt.`, fortnoxCodes.required);
      out[name] = '';
      continue;
    }
    const checked = checkField(name, spec, value);
    if ('status' in checked) return checked;
    if (spec.kind === 'string' && spec.required && checked.value === '') return rejected(`Fältet ${name} är obligatoriskt.`, fortnoxCodes.required);
    out[name] = checked.value;
  }
  return out;
}

/** Register keys: Fortnox numbers are strings of letters, digits and a few separators. */
export const keyPattern = /^[A-Za-z0-9_\-+./]+$/;

/** EU VAT numbers start with a country prefix; Fortnox rejects anything else (2004194). */
export function isPlausibleVatNumber(value: string): boolean {
  return value === '' || /^[A-Z]{2}[A-Z0-9]{2,13}$/.test(value.replace(/\s/g, ''));
}

/** A row as sent, before it is priced. Quantities and prices are scaled to 1/10 000. */
export interface RowInput {
  readonly quantity: bigint;
  readonly price: bigint;
  readonly discount: bigint;
  readonly discountType: 'PERCENT' | 'AMOUNT';
  readonly vat: bigint;
}

/** A row's total excluding VAT, in öre, rounded once at the end. */
export function rowTotal(row: RowInput): bigint {
  // quantity (1e-4) × price (1e-4) = 1e-8 currency units = 1e-6 öre
  const gross = row.quantity * row.price;
  if (row.discountType === 'AMOUNT') return divRound(gross, 1_000_000n) - row.discount;
  // percent discount is in 1/100 %, so 10 000 = 100 %
  return divRound(gross * (10_000n - row.discount), 10_000_000_000n);
}

/**
 * Invoice totals the way Fortnox presents them: VAT per rate on the summed row totals, then
 * öresavrundning of the total to whole kronor when the currency is SEK and the setting is on.
 */
export function invoiceTotals(rows: readonly InvoiceRow[], currency: string, roundToKronor: boolean): InvoiceTotals {
  const netByRate = new Map<bigint, bigint>();
  let gross = 0n;
  for (const row of rows) {
    gross += row.total;
    netByRate.set(row.vat, (netByRate.get(row.vat) ?? 0n) + row.total);
  }
  let vat = 0n;
  for (const [rate, net] of netByRate) vat += divRound(net * rate, 10_000n);
  const beforeRounding = gross + vat;
  const total = roundToKronor && currency === 'SEK' ? divRound(beforeRounding, 100n) * 100n : beforeRounding;
  return { gross, net: gross, vat, roundOff: total - beforeRounding, total };
}
