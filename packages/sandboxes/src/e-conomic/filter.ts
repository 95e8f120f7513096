// e-conomic's filter language (vendor-apis.md §1.2): `name$eq:Joe$and:(city$like:*port$or:age$lt:40)`.
// Parsed into a small tree and evaluated against the rendered JSON items, so a filter sees the
// same property names and values a client does.

export type Operator = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'like' | 'in' | 'nin';

export interface Predicate {
  readonly kind: 'predicate';
  readonly field: string;
  readonly op: Operator;
  /** `null` for `$null:`. */
  readonly value: string | null;
  /** The values of `$in:` / `$nin:`. */
  readonly list?: readonly (string | null)[];
}

export interface Junction {
  readonly kind: 'and' | 'or';
  readonly left: FilterNode;
  readonly right: FilterNode;
}

export type FilterNode = Predicate | Junction;

const operators: readonly Operator[] = ['eq', 'ne', 'gte', 'gt', 'lte', 'lt', 'like', 'nin', 'in'];
const escapes: Readonly<Record<string, string>> = { $: '$', '(': '(', ')': ')', '*': '\u0000', ',': ',', '[': '[', ']': ']' };

/** Thrown for a malformed filter; the route turns it into the vendor's 400. */
export class FilterError extends Error {}

/**
 * Parses a filter expression. `$and:` binds tighter than `$or:`; parentheses group. An escaped
 * `$*` is kept as a literal star (marked with U+0000) so `$like` can tell it from a wildcard.
 */
export function parseFilter(input: string): FilterNode {
  let pos = 0;

  const peekJoin = (): 'and' | 'or' | null => (input.startsWith('$and:', pos) ? 'and' : input.startsWith('$or:', pos) ? 'or' : null);

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (peekJoin() === 'or') {
      pos += 4;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  }

  function parseAnd(): FilterNode {
    let left = parseTerm();
    while (peekJoin() === 'and') {
      pos += 5;
      left = { kind: 'and', left, right: parseTerm() };
    }
    return left;
  }

  function parseTerm(): FilterNode {
    if (input[pos] === '(') {
      pos += 1;
      const inner = parseOr();
      if (input[pos] !== ')') throw new FilterError(`Expected ")" at position ${pos} of the filter.`);
      pos += 1;
      return inner;
    }
    const fieldMatch = /^[A-Za-z][A-Za-z0-9_.]*/.exec(input.slice(pos));
    if (!fieldMatch) throw new FilterError(`Expected a property name at position ${pos} of the filter.`);
    const field = fieldMatch[0];
    pos += field.length;
    const op = operators.find((o) => input.startsWith(`$${o}:`, pos));
    if (!op) throw new FilterError(`Unknown or missing operator after "${field}".`);
    pos += op.length + 2;
    const raw = readValue();
    if (op === 'in' || op === 'nin') return { kind: 'predicate', field, op, value: null, list: parseList(raw) };
    return { kind: 'predicate', field, op, value: raw === '$null:' ? null : unescape(raw) };
  }

  // A value runs to the next unescaped `$and:`, `$or:` or `)`.
  function readValue(): string {
    const start = pos;
    while (pos < input.length) {
      if (input[pos] === ')' || peekJoin() !== null) break;
      if (input[pos] === '$' && input.startsWith('$null:', pos)) pos += 6;
      else if (input[pos] === '$') pos += 2;
      else pos += 1;
    }
    return input.slice(start, pos);
  }

  const tree = parseOr();
  if (pos !== input.length) throw new FilterError(`Unexpected "${input.slice(pos)}" in the filter.`);
  return tree;
}

function unescape(raw: string): string {
  return raw.replace(/\$(.)/g, (whole, ch: string) => escapes[ch] ?? whole);
}

function parseList(raw: string): (string | null)[] {
  if (!raw.startsWith('[') || !raw.endsWith(']')) throw new FilterError('$in: and $nin: take a list such as [1,2,3].');
  const items = raw.slice(1, -1).split(',').map((s) => s.trim());
  if (items.length > 200) throw new FilterError('$in: and $nin: accept at most 200 values.');
  return items.map((s) => {
    if (s === '$null:') return null;
    if (!/^-?\d+(\.\d+)?$/.test(s)) throw new FilterError('$in: and $nin: are only allowed on numeric properties.');
    return s;
  });
}

/** The properties a filter names, to check them against a collection's filterable ones. */
export function filterFields(node: FilterNode): string[] {
  return node.kind === 'predicate' ? [node.field] : [...filterFields(node.left), ...filterFields(node.right)];
}

/** Reads a dotted path such as `customer.customerNumber` from a JSON item. */
export function readPath(item: unknown, path: string): unknown {
  let current: unknown = item;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const isoLike = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** -1/0/1, or null when the two cannot be ordered. Strings compare case-insensitively (§1.2). */
function compare(actual: unknown, expected: string): number | null {
  if (typeof actual === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(expected)) return null;
    // Ordering two JSON numbers is a comparison, not money arithmetic.
    const e = Number(expected);
    return actual < e ? -1 : actual > e ? 1 : 0;
  }
  if (typeof actual === 'boolean') return String(actual) === expected.toLowerCase() ? 0 : null;
  if (typeof actual !== 'string') return null;
  if (isoLike.test(actual) && isoLike.test(expected)) {
    const a = Date.parse(actual.length === 10 ? `${actual}T00:00:00Z` : actual);
    const b = Date.parse(expected.length === 10 ? `${expected}T00:00:00Z` : expected);
    if (!Number.isNaN(a) && !Number.isNaN(b)) return a < b ? -1 : a > b ? 1 : 0;
  }
  const a = actual.toLowerCase();
  const b = expected.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

function like(actual: unknown, pattern: string): boolean {
  if (typeof actual !== 'string' && typeof actual !== 'number') return false;
  const text = String(actual).toLowerCase();
  const body = pattern.toLowerCase();
  // Without a wildcard `$like` means "contains" (§1.2).
  if (!body.includes('*')) return text.includes(body.replace(/\u0000/g, '*'));
  const regex = body
    .split('*')
    .map((part) => part.replace(/\u0000/g, '*').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}$`, 's').test(text);
}

/** Whether a rendered item matches a parsed filter. */
export function matches(item: unknown, node: FilterNode): boolean {
  if (node.kind !== 'predicate') {
    return node.kind === 'and' ? matches(item, node.left) && matches(item, node.right) : matches(item, node.left) || matches(item, node.right);
  }
  const actual = readPath(item, node.field);
  const isNull = actual === undefined || actual === null;
  if (node.op === 'in' || node.op === 'nin') {
    const hit = (node.list ?? []).some((v) => (v === null ? isNull : !isNull && compare(actual, v) === 0));
    return node.op === 'in' ? hit : !hit;
  }
  if (node.value === null) return node.op === 'eq' ? isNull : node.op === 'ne' ? !isNull : false;
  if (isNull) return node.op === 'ne';
  if (node.op === 'like') return like(actual, node.value);
  const order = compare(actual, node.value.replace(/\u0000/g, '*'));
  if (order === null) return node.op === 'ne';
  switch (node.op) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'gt':
      return order > 0;
    case 'gte':
      return order >= 0;
    case 'lt':
      return order < 0;
    case 'lte':
      return order <= 0;
    default:
      return false;
  }
}
