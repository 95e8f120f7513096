import type { SandboxRequest, SandboxResponse } from '../core/router.js';
import { fortnoxCodes, rejected } from './style.js';

/** Page size when `limit` is omitted (§2.2). */
export const defaultLimit = 100;
/**
 * Largest `limit` accepted. 500 is the C# SDK's `MaxLimit` ("maximal page size offered by the
 * API", F1); §10 item 8 marks it unverified. Above it the sandbox answers 400 rather than clamping,
 * so a client that relies on bigger pages fails here instead of silently missing records.
 */
export const maxLimit = 500;

/** `@url` of a resource as the sandbox serves it (Fortnox: https://api.fortnox.se/3/…). */
export function resourceUrl(req: SandboxRequest, path: string): string {
  return `http://${req.headers.host ?? 'localhost'}/3/${path}`;
}

function positiveInt(value: string | null, fallback: number): number | null {
  if (value === null || value === '') return fallback;
  return /^\d+$/.test(value) ? Number(value) : null;
}

/**
 * One page of `items` in Fortnox's list envelope: `{ MetaInformation, <Plural>: [...] }`.
 * Honours `page` (1-based), `limit` and `offset` (§2.2).
 */
export function listResponse<T>(req: SandboxRequest, plural: string, items: readonly T[], view: (item: T) => unknown): SandboxResponse {
  const page = positiveInt(req.query.get('page'), 1);
  const limit = positiveInt(req.query.get('limit'), defaultLimit);
  const offset = positiveInt(req.query.get('offset'), 0);
  if (page === null || page < 1) return rejected('Ogiltigt värde för parametern page.', fortnoxCodes.invalidParameter);
  if (limit === null || limit < 1 || limit > maxLimit) {
    return rejected(`Ogiltigt värde för parametern limit (1-${maxLimit}).`, fortnoxCodes.invalidParameter);
  }
  if (offset === null) return rejected('Ogiltigt värde för parametern offset.', fortnoxCodes.invalidParameter);
  const rest = items.slice(offset);
  const start = (page - 1) * limit;
  return {
    status: 200,
    body: {
      MetaInformation: {
        '@TotalResources': rest.length,
        '@TotalPages': Math.max(1, Math.ceil(rest.length / limit)),
        '@CurrentPage': page,
      },
      [plural]: rest.slice(start, start + limit).map(view),
    },
  };
}

const stockholmParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Stockholm's wall clock is ahead of UTC at `epochMs` (1 h or 2 h). */
function stockholmOffsetMs(epochMs: number): number {
  const parts = Object.fromEntries(stockholmParts.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

const lastModifiedPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * `lastmodified=YYYY-MM-DD HH:MM[:SS]` as epoch ms. Fortnox is a Swedish service and its
 * timestamps are local time, so the value is read as Europe/Stockholm wall-clock time.
 */
export function parseLastModified(value: string): number | null {
  const m = lastModifiedPattern.exec(value.trim());
  if (!m) return null;
  const wallAsUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  if (Number.isNaN(wallAsUtc)) return null;
  // Two passes: the offset depends on the instant, which depends on the offset (DST edges).
  const guess = wallAsUtc - stockholmOffsetMs(wallAsUtc);
  return wallAsUtc - stockholmOffsetMs(guess);
}

/**
 * The records changed at or after `lastmodified` (all when absent), or a 400 for a malformed
 * value. Sorted by their key so pages are stable.
 */
export function filterModified<T extends { modifiedAt: number }>(req: SandboxRequest, items: Iterable<T>): T[] | SandboxResponse {
  const raw = req.query.get('lastmodified');
  const since = raw === null ? null : parseLastModified(raw);
  if (raw !== null && since === null) {
    return rejected('Ogiltigt datumformat för lastmodified (YYYY-MM-DD HH:MM).', fortnoxCodes.invalidParameter);
  }
  return [...items].filter((item) => since === null || item.modifiedAt >= since);
}

/** Case-insensitive "contains" search on a field, the way Fortnox's list filters behave for text. */
export function matchesSearch(value: unknown, needle: string | null): boolean {
  if (needle === null) return true;
  return String(value ?? '').toLowerCase().includes(needle.toLowerCase());
}

/** Orders keys numerically when both are numbers, else as text, like Fortnox's number series. */
export function compareKeys(a: string | number, b: string | number): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return String(a).localeCompare(String(b));
}

/** Whether a response value is an error answer rather than data. */
export function isResponse(value: unknown): value is SandboxResponse {
  return typeof value === 'object' && value !== null && 'status' in value && typeof (value as { status: unknown }).status === 'number';
}
