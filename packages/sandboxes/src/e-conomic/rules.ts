// Validation that mirrors e-conomic's annotated errors (vendor-apis.md §1.3): every problem in a
// request is collected, then answered at once as a 400 whose `errors` mirror the payload's shape.
import type { SandboxResponse } from '../core/router.js';
import { parseScaled } from './money.js';
import { economicCodes, listHint, validationFailed, type AnnotatedErrors, type PropertyError } from './style.js';

export type JsonBody = Record<string, unknown>;
/** A property path; numbers are array indexes (`['lines', 0, 'unitNetPrice']`). */
export type PathSegment = string | number;

export interface ErrorDetail {
  readonly message: string;
  readonly code: string;
  readonly inputValue?: unknown;
  readonly hint?: string;
}

/** Collects property errors in the vendor's nested shape. */
export class Violations {
  private readonly tree: AnnotatedErrors = {};
  count = 0;

  add(path: readonly PathSegment[], detail: ErrorDetail): void {
    let container: Record<string, unknown> = this.tree;
    for (let i = 0; i < path.length - 1; i += 1) {
      const key = path[i];
      const next = path[i + 1];
      if (typeof key !== 'string') continue;
      if (typeof next === 'number') {
        const list = (container[key] ??= []) as Record<string, unknown>[];
        let element = list.find((e) => e.arrayIndex === next);
        if (!element) list.push((element = { arrayIndex: next }));
        container = element;
        i += 1;
      } else {
        container = (container[key] ??= {}) as Record<string, unknown>;
      }
    }
    const leaf = String(path[path.length - 1]);
    const error: PropertyError = {
      propertyName: leaf,
      errorMessage: detail.message,
      errorCode: detail.code,
      ...(detail.inputValue === undefined ? {} : { inputValue: detail.inputValue }),
      developerHint: detail.hint ?? 'Please check your request data.',
    };
    const slot = (container[leaf] ??= { errors: [] }) as { errors: PropertyError[] };
    slot.errors.push(error);
    this.count += 1;
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }

  /** The annotated tree, for bodies that are arrays (one tree per element, see journals). */
  get errors(): AnnotatedErrors {
    return this.tree;
  }

  response(): SandboxResponse {
    return validationFailed(this.tree, this.count);
  }
}

export function isObject(value: unknown): value is JsonBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The vendor refuses `null` ("omit the property instead", §1.1); found anywhere in the body. */
export function rejectNulls(value: unknown, v: Violations, path: PathSegment[] = []): void {
  if (Array.isArray(value)) value.forEach((item, i) => rejectNulls(item, v, [...path, i]));
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (child === null) v.add([...path, key], { message: `Property ${key} cannot be null; omit it instead.`, code: economicCodes.invalidValue, hint: 'Omit properties you want cleared.' });
      else rejectNulls(child, v, [...path, key]);
    }
  }
}

export function required(v: Violations, path: readonly PathSegment[]): void {
  const name = String(path[path.length - 1]);
  v.add(path, { message: `Property ${name} is required.`, code: economicCodes.required });
}

/** A string property; `max` is the vendor's length limit. Returns undefined when absent or invalid. */
export function stringProp(body: JsonBody, path: readonly PathSegment[], v: Violations, opts: { readonly max: number; readonly isRequired?: boolean; readonly min?: number }): string | undefined {
  const key = String(path[path.length - 1]);
  const value = body[key];
  if (value === undefined) {
    if (opts.isRequired) required(v, path);
    return undefined;
  }
  if (typeof value !== 'string') {
    v.add(path, { message: `Property ${key} must be a string.`, code: economicCodes.invalidValue, inputValue: value });
    return undefined;
  }
  if (value.length < (opts.min ?? (opts.isRequired ? 1 : 0))) {
    required(v, path);
    return undefined;
  }
  if (value.length > opts.max) {
    v.add(path, { message: `Property ${key} can be at most ${opts.max} characters long.`, code: economicCodes.tooLong, inputValue: value });
    return undefined;
  }
  return value;
}

export function integerProp(body: JsonBody, path: readonly PathSegment[], v: Violations, opts: { readonly min: number; readonly max: number; readonly isRequired?: boolean }): number | undefined {
  const key = String(path[path.length - 1]);
  const value = body[key];
  if (value === undefined) {
    if (opts.isRequired) required(v, path);
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < opts.min || value > opts.max) {
    v.add(path, { message: `Property ${key} must be an integer between ${opts.min} and ${opts.max}.`, code: economicCodes.invalidValue, inputValue: value });
    return undefined;
  }
  return value;
}

export function booleanProp(body: JsonBody, path: readonly PathSegment[], v: Violations): boolean | undefined {
  const key = String(path[path.length - 1]);
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    v.add(path, { message: `Property ${key} must be true or false.`, code: economicCodes.invalidValue, inputValue: value });
    return undefined;
  }
  return value;
}

/** A number with at most `scale` decimals, as scaled units (E04740 past that). */
export function decimalProp(body: JsonBody, path: readonly PathSegment[], v: Violations, scale: number, isRequired = false): bigint | undefined {
  const key = String(path[path.length - 1]);
  const value = body[key];
  if (value === undefined) {
    if (isRequired) required(v, path);
    return undefined;
  }
  const parsed = typeof value === 'number' ? parseScaled(value, scale) : ({ ok: false, reason: 'not-a-number' } as const);
  if (parsed.ok) return parsed.units;
  if (parsed.reason === 'too-many-decimals') {
    v.add(path, { message: `${key} scale cannot be greater then ${scale === 2 ? 'two' : scale} decimal places.`, code: economicCodes.tooManyDecimals, inputValue: value, hint: 'Please check the format of your data.' });
  } else {
    v.add(path, { message: `Property ${key} must be a number.`, code: economicCodes.invalidValue, inputValue: value });
  }
  return undefined;
}

export function dateProp(body: JsonBody, path: readonly PathSegment[], v: Violations, isRequired = false): string | undefined {
  const key = String(path[path.length - 1]);
  const value = body[key];
  if (value === undefined) {
    if (isRequired) required(v, path);
    return undefined;
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    v.add(path, { message: `Property ${key} must be a date formatted YYYY-MM-DD.`, code: economicCodes.invalidValue, inputValue: value });
    return undefined;
  }
  return value;
}

interface RefSpec {
  /** Property holding the reference, e.g. `customerGroup`. */
  readonly path: readonly PathSegment[];
  /** Key inside it, e.g. `customerGroupNumber`. */
  readonly keyName: string;
  /** Collection the self link points into, e.g. `customer-groups`. */
  readonly collection: string;
  readonly exists: (key: number) => boolean;
  readonly isRequired?: boolean;
  /** The vendor's specific "not found" error for this reference, when one is known. */
  readonly notFound?: (key: number) => ErrorDetail;
}

/**
 * A numeric reference given by key or by `self` link (the vendor accepts either, §"Required
 * Properties"); answers E04500 without an identifier and E06000 for an unknown one.
 */
export function numericRef(body: JsonBody, spec: RefSpec, v: Violations): number | undefined {
  const name = String(spec.path[spec.path.length - 1]);
  const value = body[name];
  if (value === undefined) {
    if (spec.isRequired) required(v, spec.path);
    return undefined;
  }
  if (!isObject(value)) {
    v.add(spec.path, { message: `Property ${name} must be an object with ${spec.keyName}.`, code: economicCodes.invalidValue, inputValue: value });
    return undefined;
  }
  let key: unknown = value[spec.keyName];
  if (key === undefined && typeof value.self === 'string') {
    const m = new RegExp(`/${spec.collection}/(\\d+)$`).exec(value.self);
    key = m ? Number(m[1]) : undefined;
  }
  if (key === undefined) {
    v.add(spec.path, { message: `No identifiers present on ${name}. Please include either a self link or a ${spec.keyName}.`, code: economicCodes.noIdentifier, hint: listHint(spec.collection) });
    return undefined;
  }
  if (typeof key !== 'number' || !Number.isInteger(key) || !spec.exists(key)) {
    const known = typeof key === 'number' && Number.isInteger(key) && spec.notFound ? spec.notFound(key) : undefined;
    v.add(spec.path, known ?? { message: `${name} does not exist.`, code: economicCodes.doesNotExist, inputValue: key, hint: listHint(spec.collection) });
    return undefined;
  }
  return key;
}
