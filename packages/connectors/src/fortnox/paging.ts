import type { ConnectorResult, ListQuery, Page } from '../core/connector.js';
import { connectorError } from '../core/connector-error.js';
import { err, ok, type Result } from '../core/result.js';
import type { ConnectorError } from '../core/connector-error.js';
import type { FortnoxClient, FortnoxPage, FortnoxQuery } from './client.js';
import type { FortnoxSettingsValues } from './config.js';
import { toFortnoxTimestamp } from './wire.js';

/** What the connector's method groups share. */
export interface FortnoxDeps {
  readonly client: FortnoxClient;
  readonly settings: FortnoxSettingsValues;
}

/**
 * Page sizes. Lists whose items are subsets (§2.2) need one GET per item for full data, so their
 * pages stay small enough to fit one rate-limit window (25 requests per 5 s).
 */
export const pageSizes = { withDetails: 20, subsets: 100 } as const;

/** `page`, `limit` and `lastmodified` for a list call; the cursor is the 1-based page number. */
export function pageQuery(query: ListQuery, limit: number): Result<FortnoxQuery, ConnectorError> {
  const page = query.cursor === undefined ? 1 : Number(query.cursor);
  if (!Number.isInteger(page) || page < 1) {
    return err(connectorError({ connectorId: 'fortnox', code: 'REJECTED', message: `Invalid Fortnox page cursor "${query.cursor ?? ''}"` }));
  }
  return ok({ page, limit, lastmodified: query.updatedSince === undefined ? undefined : toFortnoxTimestamp(query.updatedSince) });
}

/** The next page's cursor, or null after the last page. */
export function nextCursor(page: FortnoxPage<unknown>): string | null {
  return page.currentPage < page.totalPages ? String(page.currentPage + 1) : null;
}

/**
 * Lists one page and maps every item, possibly with a further call per item; the calls run one
 * after another so the connection's token bucket paces them.
 */
export async function listPage<T, U>(
  fetchPage: (query: FortnoxQuery) => Promise<Result<FortnoxPage<T>, ConnectorError>>,
  query: ListQuery,
  limit: number,
  mapItem: (item: T) => Promise<Result<readonly U[], ConnectorError>>,
): ConnectorResult<Page<U>> {
  const params = pageQuery(query, limit);
  if (!params.ok) return params;
  const page = await fetchPage(params.value);
  if (!page.ok) return page;
  const items: U[] = [];
  for (const item of page.value.items) {
    const mapped = await mapItem(item);
    if (!mapped.ok) return mapped;
    items.push(...mapped.value);
  }
  return ok({ items, nextCursor: nextCursor(page.value) });
}

/** A path segment for a Fortnox key (numbers may contain `/` or `+`). */
export function segment(key: string): string {
  return encodeURIComponent(key);
}
