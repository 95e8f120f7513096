import type { SandboxRequest, SandboxResponse } from '../core/router.js';
import { FilterError, filterFields, matches, parseFilter, readPath } from './filter.js';
import { badQuery } from './style.js';

/** e-conomic's page-size ceiling (§1.2). */
export const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 20;

/** How one collection endpoint pages, filters and sorts. */
export interface CollectionSpec {
  /** Path of the collection, e.g. `/customers`, used in the pagination links. */
  readonly path: string;
  /** Properties (dotted paths) the vendor marks `filterable`; anything else is a 400. */
  readonly filterable: readonly string[];
  /** Properties allowed in `sort`; defaults to the filterable ones. */
  readonly sortable?: readonly string[];
}

type SortKey = { readonly path: string; readonly descending: boolean; readonly alphabetical: boolean };

function integerParam(req: SandboxRequest, name: string, fallback: number): number | null {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : null;
}

function parseSort(raw: string, allowed: readonly string[]): SortKey[] | string {
  const keys: SortKey[] = [];
  for (const part of raw.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const descending = part.startsWith('-');
    const rest = descending ? part.slice(1) : part;
    const alphabetical = rest.startsWith('~');
    const path = alphabetical ? rest.slice(1) : rest;
    if (!allowed.includes(path)) return path;
    keys.push({ path, descending, alphabetical });
  }
  return keys;
}

function compareValues(a: unknown, b: unknown, alphabetical: boolean): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  if (!alphabetical && typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 1;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Answers a collection GET the way e-conomic does: `skippages` (0-based) and `pagesize`
 * (≤ 1000), `filter`, `sort`, and the `pagination` block with first/next/last links that keep
 * the filter and sort. `items` are already rendered (with their `self` links).
 */
export function collectionResponse(req: SandboxRequest, base: string, items: readonly Record<string, unknown>[], spec: CollectionSpec): SandboxResponse {
  const skipPages = integerParam(req, 'skippages', 0);
  const pageSize = integerParam(req, 'pagesize', DEFAULT_PAGE_SIZE);
  if (skipPages === null) return badQuery('The skippages parameter must be a non-negative integer.');
  if (pageSize === null || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    return badQuery(`The pagesize parameter must be an integer between 1 and ${MAX_PAGE_SIZE}.`);
  }

  let selected = [...items];
  const filterText = req.query.get('filter');
  if (filterText !== null && filterText !== '') {
    try {
      const tree = parseFilter(filterText);
      const refused = filterFields(tree).find((f) => !spec.filterable.includes(f));
      if (refused !== undefined) return badQuery(`Filtering on the property '${refused}' is not allowed on ${spec.path}.`);
      selected = selected.filter((item) => matches(item, tree));
    } catch (error) {
      if (error instanceof FilterError) return badQuery(`Invalid filter: ${error.message}`);
      throw error;
    }
  }

  const sortText = req.query.get('sort');
  if (sortText !== null && sortText !== '') {
    const keys = parseSort(sortText, spec.sortable ?? spec.filterable);
    if (typeof keys === 'string') return badQuery(`Sorting on the property '${keys}' is not allowed on ${spec.path}.`);
    selected.sort((a, b) => {
      for (const key of keys) {
        const order = compareValues(readPath(a, key.path), readPath(b, key.path), key.alphabetical);
        if (order !== 0) return key.descending ? -order : order;
      }
      return 0;
    });
  }

  const results = selected.length;
  const lastPage = Math.max(0, Math.ceil(results / pageSize) - 1);
  const link = (page: number): string => {
    const params = new URLSearchParams(req.query);
    params.set('skippages', String(page));
    params.set('pagesize', String(pageSize));
    return `${base}${spec.path}?${params.toString()}`;
  };
  const pagination: Record<string, unknown> = {
    maxPageSizeAllowed: MAX_PAGE_SIZE,
    skipPages,
    pageSize,
    results,
    resultsWithoutFilter: items.length,
    firstPage: link(0),
    ...(skipPages > 0 ? { previousPage: link(Math.min(skipPages - 1, lastPage)) } : {}),
    ...(skipPages < lastPage ? { nextPage: link(skipPages + 1) } : {}),
    lastPage: link(lastPage),
  };
  const collection = selected.slice(skipPages * pageSize, skipPages * pageSize + pageSize);
  return { status: 200, body: { collection, pagination, self: link(skipPages) } };
}
