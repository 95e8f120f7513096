/** What every redacted secret is replaced with. */
export const redactedValue = '[REDACTED]';

/**
 * Header and field names that always carry secrets, across the vendors we talk to:
 * bearer/basic auth, e-conomic's token pair, Billy's access token, OAuth token-endpoint
 * fields and AutoInvoice's vendor key. Matched after {@link normaliseKey}, so
 * `X-AppSecretToken`, `x_appsecrettoken` and `appSecretToken`-style variants all match.
 */
const alwaysSecretKeys: ReadonlySet<string> = new Set(
  [
    'authorization',
    'proxy-authorization',
    'cookie',
    'set-cookie',
    'x-appsecrettoken',
    'appsecrettoken',
    'x-agreementgranttoken',
    'agreementgranttoken',
    'x-access-token',
    'access-token',
    'access_token',
    'refresh_token',
    'id_token',
    'client_secret',
    'vendor_api_key',
    'api_key',
    'password',
  ].map(normaliseKey),
);

/** Any name containing one of these is treated as secret too (`appSecret`, `newPassword`). */
const secretKeyFragments = ['secret', 'password'];

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Whether a header, field or parameter name holds a secret. */
export function isSecretKey(key: string, extraSecretKeys: readonly string[] = []): boolean {
  const normalised = normaliseKey(key);
  return (
    alwaysSecretKeys.has(normalised) ||
    secretKeyFragments.some((fragment) => normalised.includes(fragment)) ||
    extraSecretKeys.some((extra) => normaliseKey(extra) === normalised)
  );
}

export type HeadersLike =
  | Headers
  | readonly (readonly [string, string])[]
  | Readonly<Record<string, string | readonly string[] | number | undefined>>;

/** Copies headers into a plain object with secret values replaced; the input is untouched. */
export function redactHeaders(headers: HeadersLike, extraSecretKeys: readonly string[] = []): Record<string, string> {
  const entries: [string, string][] = [];
  if (headers instanceof Headers) {
    headers.forEach((value, name) => entries.push([name, value]));
  } else if (Array.isArray(headers)) {
    for (const [name, value] of headers as readonly (readonly [string, string])[]) entries.push([name, value]);
  } else {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) entries.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
    }
  }
  return Object.fromEntries(
    entries.map(([name, value]) => [name, isSecretKey(name, extraSecretKeys) ? redactedValue : redactText(value)]),
  );
}

/**
 * Deep-copies a vendor payload (parsed JSON, a raw body string, an Error, …) with secrets
 * replaced, by key anywhere in the tree and inside strings (form bodies, URLs, bearer tokens).
 * Used for everything that may reach a log line, an error row or the admin.
 */
export function redactPayload(value: unknown, extraSecretKeys: readonly string[] = []): unknown {
  return redactValue(value, extraSecretKeys, new WeakSet());
}

function redactValue(value: unknown, extra: readonly string[], seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value, extra);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);

  if (Array.isArray(value)) return value.map((item) => redactValue(item, extra, seen));
  if (value instanceof Headers) return redactHeaders(value, extra);
  if (value instanceof URL || value instanceof URLSearchParams) return redactText(value.toString(), extra);
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Error) return { name: value.name, message: redactText(value.message, extra) };

  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    copy[key] = isSecretKey(key, extra) && child !== null && child !== undefined ? redactedValue : redactValue(child, extra, seen);
  }
  return copy;
}

const authSchemePattern = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
const jsonPairPattern = /"([^"\\]{1,100})"(\s*:\s*)"(?:[^"\\]|\\.)*"/g;
const parameterPattern = /([A-Za-z0-9_.-]{1,100})=([^&\s#;"']*)/g;
const headerLinePattern = /^([A-Za-z0-9-]{1,100}):[ \t]*(.+)$/gm;

/**
 * Redacts secrets inside free text: `Bearer …`/`Basic …` credentials, `"key": "value"` JSON
 * fragments, `key=value` query or form parameters, and `Name: value` header lines.
 */
export function redactText(text: string, extraSecretKeys: readonly string[] = []): string {
  const secret = (key: string) => isSecretKey(key, extraSecretKeys);
  return text
    .replace(authSchemePattern, (_, scheme: string) => `${scheme} ${redactedValue}`)
    .replace(jsonPairPattern, (match, key: string, separator: string) =>
      secret(key) ? `"${key}"${separator}"${redactedValue}"` : match,
    )
    .replace(parameterPattern, (match, key: string) => (secret(key) ? `${key}=${redactedValue}` : match))
    .replace(headerLinePattern, (match, key: string) => (secret(key) ? `${key}: ${redactedValue}` : match));
}
