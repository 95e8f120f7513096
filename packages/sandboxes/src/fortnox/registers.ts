import type { Router, SandboxRequest, SandboxResponse } from '../core/router.js';
import { compareKeys, filterModified, isResponse, listResponse, matchesSearch, resourceUrl } from './listing.js';
import { requireToken } from './oauth.js';
import { type FieldSpec, type FieldSpecs, keyPattern, validateFields } from './rules.js';
import type { FortnoxStore, StoredRecord } from './store.js';
import { fortnoxCodes, notFound, rejected } from './style.js';

/** A simple keyed register (customers, articles, units, projects): the same five routes each. */
export interface RegisterSpec {
  /** Path under /3/, e.g. `customers`. */
  readonly path: string;
  readonly singular: string;
  readonly plural: string;
  /** The key field, e.g. `CustomerNumber`. */
  readonly key: string;
  readonly keyMax: number;
  /** The OAuth scope the routes need. */
  readonly scope: string;
  /** Swedish noun and key label for messages, e.g. `kunden`, `Kundnummer`. */
  readonly noun: string;
  readonly keyLabel: string;
  /** Writable fields other than the key. */
  readonly fields: FieldSpecs;
  /**
   * Fields a list returns (lists hold subsets, §2.2); the key and `@url` are always included. A
   * pair renames: `['Phone', 'Phone1']` lists Phone1 as Phone, as Fortnox's CustomerSubset does.
   */
  readonly subset: readonly (string | readonly [string, string])[];
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** Whether the key is assigned when a create omits it. */
  readonly autoNumber: boolean;
  /** List filters: query parameter -> field ("contains" match). */
  readonly search?: Readonly<Record<string, string>>;
  records(store: FortnoxStore): Map<string, StoredRecord>;
  /** Cross-register rules on the merged record (unit exists, VAT rate valid, ...). */
  check?(store: FortnoxStore, fields: Record<string, unknown>): SandboxResponse | null;
  /** Whether documents still point at the record, which blocks DELETE. */
  inUse?(store: FortnoxStore, key: string): boolean;
}

/** The entity object of a wrapped body `{ "<Singular>": {...} }`, or a 400. */
export function unwrap(body: unknown, singular: string): Record<string, unknown> | SandboxResponse {
  const inner = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[singular] : undefined;
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    return rejected(`Anropet måste innehålla objektet ${singular}.`, fortnoxCodes.invalidParameter);
  }
  return inner as Record<string, unknown>;
}

function view(req: SandboxRequest, spec: RegisterSpec, record: StoredRecord, subset?: RegisterSpec['subset']): Record<string, unknown> {
  const key = String(record.fields[spec.key]);
  const picked = subset
    ? Object.fromEntries([spec.key, ...subset].map((f) => (typeof f === 'string' ? [f, record.fields[f] ?? null] : [f[0], record.fields[f[1]] ?? null])))
    : record.fields;
  return { '@url': resourceUrl(req, `${spec.path}/${encodeURIComponent(key)}`), ...picked };
}

function checkKey(spec: RegisterSpec, value: unknown): string | SandboxResponse {
  const keySpec: FieldSpec = { kind: 'string', max: spec.keyMax, pattern: keyPattern };
  const checked = validateFields({ [spec.key]: value }, { [spec.key]: keySpec }, false);
  if (isResponse(checked)) return checked;
  const key = String(checked[spec.key] ?? '');
  return key === '' ? rejected(`${spec.keyLabel} får inte vara tomt.`, fortnoxCodes.required) : key;
}

function create(store: FortnoxStore, spec: RegisterSpec, req: SandboxRequest): SandboxResponse {
  const input = unwrap(req.body, spec.singular);
  if (isResponse(input)) return input;
  const records = spec.records(store);
  let key: string;
  if (input[spec.key] !== undefined && input[spec.key] !== null && input[spec.key] !== '') {
    const checked = checkKey(spec, input[spec.key]);
    if (isResponse(checked)) return checked;
    if (records.has(checked)) return rejected(`${spec.keyLabel} ${checked} används redan.`, fortnoxCodes.numberInUse);
    key = checked;
  } else if (spec.autoNumber) {
    key = store.nextNumber(records);
  } else {
    return rejected(`Fältet ${spec.key} är obligatoriskt.`, fortnoxCodes.required);
  }
  const fields = validateFields(input, spec.fields, true);
  if (isResponse(fields)) return fields;
  const merged = { ...spec.defaults, ...fields, [spec.key]: key };
  const problem = spec.check?.(store, merged);
  if (problem) return problem;
  const record: StoredRecord = { fields: merged, modifiedAt: store.now() };
  records.set(key, record);
  return { status: 201, body: { [spec.singular]: view(req, spec, record) }, committed: true };
}

function update(store: FortnoxStore, spec: RegisterSpec, req: SandboxRequest): SandboxResponse {
  const key = req.params.key!;
  const record = spec.records(store).get(key);
  if (!record) return notFound(spec.noun);
  const input = unwrap(req.body, spec.singular);
  if (isResponse(input)) return input;
  // The key is the URL: renaming it is not supported (§2.5 ❓, treated as immutable).
  if (input[spec.key] !== undefined && input[spec.key] !== null && String(input[spec.key]) !== key) {
    return rejected(`${spec.keyLabel} kan inte ändras.`, fortnoxCodes.invalidParameter);
  }
  const fields = validateFields(input, spec.fields, false);
  if (isResponse(fields)) return fields;
  const merged = { ...record.fields, ...fields };
  const problem = spec.check?.(store, merged);
  if (problem) return problem;
  record.fields = merged;
  record.modifiedAt = store.now();
  return { status: 200, body: { [spec.singular]: view(req, spec, record) }, committed: true };
}

/** Mounts GET list, GET one, POST, PUT and DELETE for a register under `/3/<path>`. */
export function mountRegister(router: Router, store: FortnoxStore, spec: RegisterSpec): void {
  const base = `/3/${spec.path}`;
  const guarded = (handler: (req: SandboxRequest) => SandboxResponse) => requireToken(store, spec.scope, handler);

  router.on('GET', base, guarded((req) => {
    const modified = filterModified(req, spec.records(store).values());
    if (isResponse(modified)) return modified;
    const items = modified
      .filter((r) => Object.entries(spec.search ?? {}).every(([param, f]) => matchesSearch(r.fields[f], req.query.get(param))))
      .sort((a, b) => compareKeys(String(a.fields[spec.key]), String(b.fields[spec.key])));
    return listResponse(req, spec.plural, items, (r) => view(req, spec, r, spec.subset));
  }));
  router.on('GET', `${base}/:key`, guarded((req) => {
    const record = spec.records(store).get(req.params.key!);
    return record ? { status: 200, body: { [spec.singular]: view(req, spec, record) } } : notFound(spec.noun);
  }));
  router.on('POST', base, guarded((req) => create(store, spec, req)));
  router.on('PUT', `${base}/:key`, guarded((req) => update(store, spec, req)));
  router.on('DELETE', `${base}/:key`, guarded((req) => {
    const key = req.params.key!;
    if (!spec.records(store).has(key)) return notFound(spec.noun);
    if (spec.inUse?.(store, key)) return rejected(`${spec.keyLabel} ${key} används i dokument och kan inte tas bort.`, fortnoxCodes.invalidState);
    spec.records(store).delete(key);
    return { status: 204, committed: true };
  }));
}
