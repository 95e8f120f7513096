// Runs the contract suite against an in-memory connector, to check the suite itself: that a
// well-behaved connector passes it and that undeclared capabilities are skipped.
import { z } from 'zod';
import { connectorError } from '../connector-error.js';
import type { Connector, ExternalRecordRef, ListQuery, Page, RemoteInvoiceStatus, RemoteRecord } from '../connector.js';
import type { ConnectorCapabilities, ConnectorManifest } from '../manifest.js';
import type { CanonicalRecords, InvoiceDraftRecord } from '../records.js';
import { err, ok } from '../result.js';
import { runConnectorContract } from './contract.js';

const connectorId = 'billy';
const rejected = (message: string) => err(connectorError({ connectorId, code: 'REJECTED', message }));

/** Keyed by number, listed two per page, like a small vendor register. */
function register<T extends { readonly number?: string }>(prefix: string, validate: (record: T) => string | undefined) {
  const byNumber = new Map<string, RemoteRecord<T>>();
  return {
    has: (number: string) => byNumber.has(number),
    list(query: ListQuery): Promise<{ ok: true; value: Page<RemoteRecord<T>> }> {
      const offset = Number(query.cursor ?? '0');
      const all = [...byNumber.values()].filter((item) => query.updatedSince === undefined || (item.updatedAt ?? new Date(0)) >= query.updatedSince);
      const items = all.slice(offset, offset + 2);
      return Promise.resolve(ok({ items, nextCursor: offset + 2 < all.length ? String(offset + 2) : null }));
    },
    upsert(record: T) {
      const problem = validate(record);
      if (problem !== undefined) return Promise.resolve(rejected(problem));
      const number = record.number ?? String(byNumber.size + 1);
      const existing = byNumber.get(number);
      const ref = existing?.ref ?? { externalId: `${prefix}-${byNumber.size + 1}`, externalNumber: number };
      byNumber.set(number, { ref, record: { ...record, number }, updatedAt: new Date() });
      return Promise.resolve(ok({ ref, operation: existing === undefined ? ('created' as const) : ('updated' as const) }));
    },
  };
}

function createMemoryConnector(): Connector<CanonicalRecords> {
  const customers = register<CanonicalRecords['customer']>('c', (c) => (c.name.trim() === '' ? 'Name is required' : undefined));
  const products = register<CanonicalRecords['product']>('p', () => undefined);
  const projects = register<CanonicalRecords['project']>('pr', (p) =>
    p.customerNumber !== undefined && !customers.has(p.customerNumber) ? `Customer ${p.customerNumber} not found` : undefined,
  );
  const documents = new Map<string, { draft: InvoiceDraftRecord; status: RemoteInvoiceStatus }>();
  let sequence = 0;

  const create = (draft: InvoiceDraftRecord) => {
    if (!customers.has(draft.customerNumber)) return Promise.resolve(rejected(`Customer ${draft.customerNumber} does not exist`));
    const ref: ExternalRecordRef = { externalId: `d-${(sequence += 1)}` };
    documents.set(ref.externalId, { draft, status: { ref, state: 'draft' } });
    return Promise.resolve(ok({ ref, operation: 'created' as const }));
  };
  const status = (externalId: string) => {
    const document = documents.get(externalId);
    return Promise.resolve(document === undefined ? err(connectorError({ connectorId, code: 'NOT_FOUND', message: 'No such invoice' })) : ok(document.status));
  };

  return {
    id: connectorId,
    verifyCredentials: () => Promise.resolve(ok({ accountName: 'Nordlys ApS' })),
    listCustomers: (query) => customers.list(query),
    upsertCustomer: (customer) => customers.upsert(customer),
    listProducts: (query) => products.list(query),
    upsertProduct: (product) => products.upsert(product),
    listProjects: (query) => projects.list(query),
    upsertProject: (project) => projects.upsert(project),
    createInvoice: create,
    createCreditNote: create,
    findInvoice: (lookup) => {
      const match = [...documents.values()].find((document) => 'reference' in lookup && document.draft.reference === lookup.reference);
      return Promise.resolve(ok(match?.status.ref ?? null));
    },
    bookInvoice: (externalId) => {
      const document = documents.get(externalId);
      if (document === undefined) return status(externalId);
      // Like e-conomic: booking replaces the draft with a document under a new id.
      documents.delete(externalId);
      const ref = { externalId: `b-${(sequence += 1)}`, externalNumber: String(1000 + sequence) };
      const booked = { ref, state: 'booked' as const, grossAmount: document.draft.grossAmount.replace(/0$/, '') };
      documents.set(ref.externalId, { draft: document.draft, status: booked });
      return Promise.resolve(ok(booked));
    },
    deleteInvoiceDraft: (externalId) => Promise.resolve(documents.delete(externalId) ? ok(undefined) : rejected('Not a draft')),
    getInvoiceStatus: status,
  };
}

function manifest(capabilities: ConnectorCapabilities) {
  return {
    id: connectorId,
    displayName: 'In-memory',
    docsUrl: 'https://example.test/docs',
    authMode: 'api-token',
    credentialsSchema: z.object({ accessToken: z.string() }),
    secretFields: ['accessToken'],
    settingsSchema: z.object({}),
    capabilities,
    rateLimit: { requests: 100, perMs: 60_000 },
  } satisfies ConnectorManifest;
}

runConnectorContract('in-memory (all capabilities)', () =>
  Promise.resolve({
    connector: createMemoryConnector(),
    manifest: manifest({
      customers: ['read', 'write'],
      products: ['read', 'write'],
      projects: ['read', 'write'],
      invoices: ['read', 'write'],
      creditNotes: ['read', 'write'],
    }),
    teardown: () => Promise.resolve(),
    fixtures: { currency: 'DKK', vatRate: '25', address: { line1: 'Vesterbrogade 1', postalCode: '1620', city: 'København V', countryCode: 'DK' } },
  }),
);

runConnectorContract('in-memory (customers only)', () => {
  const { id, verifyCredentials, listCustomers, upsertCustomer } = createMemoryConnector();
  return Promise.resolve({
    connector: { id, verifyCredentials, ...(listCustomers && { listCustomers }), ...(upsertCustomer && { upsertCustomer }) },
    manifest: manifest({ customers: ['read', 'write'] }),
    teardown: () => Promise.resolve(),
  });
});
