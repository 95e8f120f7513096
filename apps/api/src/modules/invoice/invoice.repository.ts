import { paginate } from '../../db/paginate.js';
import { TenantRepository } from '../../db/tenant-repository.js';
import type { Page } from '../../graphql/relay.js';
import { idOfType } from '../../graphql/relay.js';
import type { SortDirection } from '../common/sort.type.js';
import type { InvoiceFilter } from './dto/invoice.input.js';
import { InvoiceEntity } from './invoice.entity.js';
import { whereInvoiceSearch } from './invoice-search.js';
import { InvoiceSortField } from './invoice.type.js';

const NO_MATCH = '00000000-0000-0000-0000-000000000000';

const sortExpression: Record<InvoiceSortField, string> = {
  [InvoiceSortField.ISSUE_DATE]: 'i.issue_date',
  [InvoiceSortField.NUMBER]: `coalesce(i.number, '')`,
  [InvoiceSortField.CREATED_AT]: 'i.created_at',
};

export class InvoiceRepository extends TenantRepository<InvoiceEntity> {
  protected readonly entity = InvoiceEntity;
  protected readonly alias = 'i';

  page(tenantId: string, q: { filter: InvoiceFilter; sort: { field: InvoiceSortField; direction: SortDirection }; first: number; after?: string | null }): Promise<Page<InvoiceEntity>> {
    const f = q.filter;
    return this.list(tenantId, (qb) => {
      // an id of the wrong type matches nothing rather than everything
      if (f.customerId) qb.andWhere('i.customer_id = :customerId', { customerId: idOfType(f.customerId, 'Customer') ?? NO_MATCH });
      if (f.projectId) qb.andWhere('i.project_id = :projectId', { projectId: idOfType(f.projectId, 'Project') ?? NO_MATCH });
      if (f.kind) qb.andWhere('i.kind = :kind', { kind: f.kind });
      if (f.issuedFrom) qb.andWhere('i.issue_date >= :issuedFrom', { issuedFrom: f.issuedFrom });
      if (f.issuedTo) qb.andWhere('i.issue_date <= :issuedTo', { issuedTo: f.issuedTo });
      whereInvoiceSearch(qb, 'i', f.search);
      if (f.statusKeys?.length) {
        qb.andWhere('i.status_id IN (SELECT s.id FROM invoice_status s WHERE s.tenant_id = :tenantId AND s.key = ANY(:statusKeys))', { statusKeys: f.statusKeys });
      }
      return paginate(qb, 'i', { expression: sortExpression[q.sort.field], direction: q.sort.direction }, q);
    });
  }
}
