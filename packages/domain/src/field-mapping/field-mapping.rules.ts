import { fieldError, type FieldError } from '../errors.js';
import { addAmounts, percentOfAmount, roundAmount } from '../money.js';
import {
  coerceText, registerFields, targetField, templateFields,
  type MappingRegister, type MappingRow, type MappingSource, type MappingTransform,
} from './field-mapping.js';

export type MappingOperation = 'CREATE' | 'UPDATE';

export interface MappingOutcome {
  /** The mapped record: only targets that got a value are present (nested by path). */
  readonly value: Record<string, unknown>;
  /** One per row that could not produce a required value; `field` is the target path. */
  readonly errors: FieldError[];
}

type Value = string | number | boolean | undefined;

const DECIMAL = /^-?\d+(\.\d+)?$/;

export function readPath(source: unknown, path: string): unknown {
  let at: unknown = source;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    if (next === null || typeof next !== 'object') at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]!] = value;
}

/** Values a mapping can carry; anything else (objects, null) counts as empty. */
function asValue(v: unknown): Value {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').join('\n');
  return undefined;
}

function isEmpty(v: Value): v is undefined | '' {
  return v === undefined || (typeof v === 'string' && v.trim() === '');
}

function text(v: Value): string {
  return v === undefined ? '' : String(v);
}

/** Placeholders become the source's values; a missing part leaves no double space behind. */
export function renderTemplate(template: string, source: unknown): string {
  return template.replace(/\{([^{}]*)\}/g, (_, name: string) => text(asValue(readPath(source, name.trim())))).replace(/[ \t]{2,}/g, ' ').trim();
}

function lines(s: string): string[] {
  return s.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

function splitAtFirstSpace(s: string): [string, string] {
  const t = s.trim();
  const at = t.search(/\s/);
  return at < 0 ? [t, ''] : [t.slice(0, at), t.slice(at + 1).trim()];
}

/** Applies one transform; a string result is a problem to report instead of a value. */
export function applyTransform(transform: MappingTransform, value: Value, source: unknown): { ok: true; value: Value } | { ok: false; message: string } {
  const s = text(value);
  switch (transform.kind) {
    case 'TRUNCATE':
      // code points, not UTF-16 units: an ERP's limit counts characters
      return { ok: true, value: Array.from(s).slice(0, transform.length).join('') };
    case 'UPPER':
      return { ok: true, value: s.toUpperCase() };
    case 'FIRST_LINE':
      return { ok: true, value: lines(s)[0] ?? '' };
    case 'FOLD_ADDRESS_LINES':
      return { ok: true, value: lines(s).slice(1).join(', ') };
    case 'SPLIT_NAME_FIRST':
      return { ok: true, value: splitAtFirstSpace(s)[0] };
    case 'SPLIT_NAME_REST':
      return { ok: true, value: splitAtFirstSpace(s)[1] };
    case 'PRICE_INCL_VAT': {
      const rate = text(asValue(readPath(source, transform.vatRateField))).trim();
      if (!DECIMAL.test(s.trim())) return { ok: false, message: `"${s}" is not an amount` };
      if (!DECIMAL.test(rate)) return { ok: false, message: `No VAT rate in "${transform.vatRateField}" to add to the price` };
      return { ok: true, value: roundAmount(addAmounts(s.trim(), percentOfAmount(s.trim(), rate)), 2) };
    }
  }
}

function sourceValue(src: MappingSource, kind: Parameters<typeof coerceText>[0], source: unknown): Value {
  switch (src.kind) {
    case 'FIELD':
      return asValue(readPath(source, src.path));
    case 'FIXED':
      return coerceText(kind, src.value);
    case 'TEMPLATE':
      return renderTemplate(src.template, source);
  }
}

/**
 * Applies a register's table to one source object: each row reads its source,
 * transforms a non-empty value, falls back to its default, and reports a required target left
 * empty by name. CREATE_ONLY rows are skipped on updates (SE-FX-54). Rows must have passed
 * {@link mappingTableSchema} for the register.
 */
export function applyMappingTable(register: MappingRegister, rows: readonly MappingRow[], source: unknown, operation: MappingOperation): MappingOutcome {
  const value: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  const direction = registerFields[register].direction;
  for (const row of rows) {
    if (row.direction !== direction) continue;
    if (row.mode === 'CREATE_ONLY' && operation === 'UPDATE') continue;
    const kind = targetField(register, row.target)?.kind ?? 'string';
    let v = sourceValue(row.source, kind, source);
    if (row.transform && !isEmpty(v)) {
      const t = applyTransform(row.transform, v, source);
      if (!t.ok) {
        errors.push(fieldError('INVALID_VALUE', `${row.target}: ${t.message}`, row.target.split('.')));
        continue;
      }
      v = t.value;
    }
    if (isEmpty(v) && row.default !== undefined) v = coerceText(kind, row.default);
    if (isEmpty(v)) {
      if (row.required) errors.push(fieldError('REQUIRED', `${row.target} is required but ${describeSource(row.source)} is empty`, row.target.split('.')));
      continue;
    }
    writePath(value, row.target, v);
  }
  for (const [group, parts] of Object.entries(registerFields[register].groups ?? {})) {
    const set = value[group];
    if (set === undefined) continue;
    for (const part of parts) {
      const path = `${group}.${part}`;
      if (readPath(value, path) === undefined && !errors.some((e) => e.field.join('.') === path)) {
        errors.push(fieldError('REQUIRED', `${path} is required when any part of ${group} is sent`, [group, part]));
      }
    }
  }
  return { value, errors };
}

function describeSource(src: MappingSource): string {
  switch (src.kind) {
    case 'FIELD':
      return `the source field "${src.path}"`;
    case 'FIXED':
      return 'the fixed value';
    case 'TEMPLATE':
      return `the template (${templateFields(src.template).join(', ')})`;
  }
}

export type MappingRowOrigin = 'DEFAULT' | 'OVERRIDDEN';
export type EffectiveMappingRow = MappingRow & { readonly origin: MappingRowOrigin };

/** The defaults with each overridden target replaced in place; overrides for other targets follow. */
export function effectiveMappingTable(defaults: readonly MappingRow[], overrides: readonly MappingRow[] | undefined): EffectiveMappingRow[] {
  const byTarget = new Map((overrides ?? []).map((r) => [r.target, r]));
  const rows: EffectiveMappingRow[] = defaults.map((d) => {
    const o = byTarget.get(d.target);
    return o ? { ...o, origin: 'OVERRIDDEN' } : { ...d, origin: 'DEFAULT' };
  });
  const defaulted = new Set(defaults.map((d) => d.target));
  for (const o of overrides ?? []) if (!defaulted.has(o.target)) rows.push({ ...o, origin: 'OVERRIDDEN' });
  return rows;
}

/** A table that copies every target from the same-named source field: what the registers sent before mappings. */
export function passThroughTable(register: MappingRegister): MappingRow[] {
  const { direction, targets } = registerFields[register];
  return targets.map((t) => ({ target: t.path, source: { kind: 'FIELD', path: t.defaultSource ?? t.path }, required: Boolean(t.isRecordRequired), mode: 'ALWAYS', direction }));
}
