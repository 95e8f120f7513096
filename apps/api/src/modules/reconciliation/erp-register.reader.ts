import type { CanonicalRecords, Connector, ConnectorError, ConnectorResult, CustomerRecord, ListQuery, Page, ProductRecord, ProjectRecord, RemoteRecord } from '@ledgerbridge/connectors';
import type { MatchRecord, ReconcileRegister } from '@ledgerbridge/domain';

/** A register this size is compared page by page in the ERP's own tools, not here. */
const MAX_PAGES = 200;

/** An ERP record as the comparison sees it: `id` is the external id. */
export interface TheirRecord extends MatchRecord {
  readonly externalNumber: string | null;
}

function customerOf(r: CustomerRecord) {
  return { number: r.number ?? null, name: r.name, vatNumber: r.vatNumber ?? null, organizationNumber: r.organizationNumber ?? null, email: r.email ?? null, isActive: r.isActive };
}

const productOf = (r: ProductRecord) => ({ number: r.number, name: r.name, isActive: r.isActive });
const projectOf = (r: ProjectRecord) => ({ number: r.number, name: r.name, isActive: r.isActive });

/**
 * Reads one whole register live from the ERP (X-10: the report compares what the ERP holds now).
 * `null` when the connector cannot list the register.
 */
export async function readErpRegister(connector: Connector<CanonicalRecords>, register: ReconcileRegister): Promise<{ ok: true; value: TheirRecord[] | null } | { ok: false; error: ConnectorError }> {
  const out: TheirRecord[] = [];
  const read = async <R>(list: ((q: ListQuery) => ConnectorResult<Page<RemoteRecord<R>>>) | undefined, map: (r: R) => Omit<TheirRecord, 'id' | 'externalNumber'>): Promise<{ ok: true; value: TheirRecord[] | null } | { ok: false; error: ConnectorError }> => {
    if (!list) return { ok: true as const, value: null };
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list(cursor ? { cursor } : {});
      if (!page.ok) return page;
      for (const item of page.value.items) out.push({ ...map(item.record), id: item.ref.externalId, externalNumber: item.ref.externalNumber ?? null });
      cursor = page.value.nextCursor ?? undefined;
    } while (cursor && ++pages < MAX_PAGES);
    return { ok: true as const, value: out };
  };
  switch (register) {
    case 'customers':
      return read<CustomerRecord>(connector.listCustomers?.bind(connector), customerOf);
    case 'products':
      return read<ProductRecord>(connector.listProducts?.bind(connector), productOf);
    case 'projects':
      return read<ProjectRecord>(connector.listProjects?.bind(connector), projectOf);
  }
}
