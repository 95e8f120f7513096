import type { z } from 'zod';
import { fieldError, type FieldError } from '../errors.js';
import { err, ok, type Result } from '../result.js';

/**
 * A patch over stored settings (ADR 0024): an absent key keeps the stored value, a value sets it,
 * and `null` clears it. A field the schema lets the input leave out can be cleared: an
 * `.optional()` one is removed (no value: the connector's default, the tenant's, or "no rule"),
 * a `.default()` one goes back to its stated default. A required field refuses `null` by name.
 * Objects are merged field by field at every depth the schema describes; lists are replaced whole.
 */
export interface MergedPatch {
  readonly merged: Record<string, unknown>;
  /** `null` sent for required fields; those nulls stay in `merged`, so the schema refuses them too. */
  readonly refused: FieldError[];
}

type AnySchema = z.ZodType;

/** A settings group as a patch: each field absent (keep), a value (set) or null (clear). */
export type Clearable<T> = { [K in keyof T]?: T[K] | null };

// wrappers whose inner schema says what the stored value looks like
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

function kindOf(schema: AnySchema): string {
  return schema._zod.def.type;
}

function unwrapped(schema: AnySchema): AnySchema {
  let current = schema;
  while (WRAPPERS.has(kindOf(current))) current = (current._zod.def as unknown as { innerType: AnySchema }).innerType;
  return current;
}

/** The fields of an object schema (through optional/default wrappers), or undefined for anything else. */
export function objectShapeOf(schema: AnySchema): Readonly<Record<string, AnySchema>> | undefined {
  const inner = unwrapped(schema);
  return kindOf(inner) === 'object' ? (inner as unknown as { shape: Record<string, AnySchema> }).shape : undefined;
}

/** True when `null` in a patch may remove the field: the schema lets the input leave it out (optional or defaulted). */
export function isClearable(schema: AnySchema): boolean {
  return schema._zod.optin !== undefined;
}

/** The keys of an object schema whose values can be cleared with `null`. */
export function clearableKeys(schema: AnySchema): string[] {
  return Object.entries(objectShapeOf(schema) ?? {}).filter(([, field]) => isClearable(field)).map(([key]) => key);
}

/** Merges `patch` over `stored` as {@link MergedPatch} describes; never throws, never validates values. */
export function mergePatch(schema: AnySchema, stored: Record<string, unknown>, patch: Record<string, unknown>, path: readonly string[] = []): MergedPatch {
  const shape = objectShapeOf(schema) ?? {};
  const merged: Record<string, unknown> = { ...stored };
  const refused: FieldError[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const field = shape[key];
    if (value === null) {
      // unknown keys keep the null: the schema (strict or stripping) decides about them
      if (field === undefined || kindOf(field) === 'nullable') merged[key] = null;
      else if (isClearable(field)) delete merged[key];
      else {
        merged[key] = null;
        refused.push(fieldError('REQUIRED', `"${key}" is required and cannot be cleared; send the value to use instead`, [...path, key]));
      }
      continue;
    }
    if (field !== undefined && objectShapeOf(field) !== undefined && isPlainObject(value)) {
      const before = merged[key];
      const inner = mergePatch(field, isPlainObject(before) ? before : {}, value, [...path, key]);
      merged[key] = inner.merged;
      refused.push(...inner.refused);
      continue;
    }
    merged[key] = value;
  }
  return { merged, refused };
}

/** {@link mergePatch} as a Result: a `null` on a field that cannot be cleared is a typed error naming it. */
export function applyPatch(schema: AnySchema, stored: Record<string, unknown>, patch: Record<string, unknown>): Result<Record<string, unknown>, FieldError[]> {
  const { merged, refused } = mergePatch(schema, stored, patch);
  return refused.length > 0 ? err(refused) : ok(merged);
}

/**
 * What a settings form sends for an optional field it shows (ADR 0024): the value when one is
 * entered, `null` when the field was emptied while a value is saved, and nothing when it was
 * empty and stays empty, so an untouched form never clears anything.
 */
export function withClearedFields<T extends Record<string, unknown>>(
  schema: AnySchema,
  value: T,
  saved: Readonly<Record<string, unknown>>,
  shown: readonly string[],
): T & Record<string, unknown> {
  const out: Record<string, unknown> = { ...value };
  const clearable = new Set(clearableKeys(schema));
  for (const key of shown) {
    if (!clearable.has(key) || out[key] !== undefined) continue;
    if (saved[key] !== undefined && saved[key] !== null) out[key] = null;
    else delete out[key];
  }
  return out as T & Record<string, unknown>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
