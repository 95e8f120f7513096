import { paginate } from '../../db/paginate.js';
import { TenantRepository } from '../../db/tenant-repository.js';
import type { Page } from '../../graphql/relay.js';
import type { SortDirection } from '../common/sort.type.js';
import { SupplierInvoiceLineEntity } from './supplier-invoice-line.entity.js';
import { SupplierInvoiceEntity } from './supplier-invoice.entity.js';
import { SupplierInvoiceSortField } from './supplier-invoice.type.js';

export interface SupplierInvoiceListQuery {
  /** A row id; null matches nothing (an id of the wrong type or garbage). */
  supplierId?: string | null;
  issuedFrom?: string;
  issuedTo?: string;
  sort: { field: SupplierInvoiceSortField; direction: SortDirection };
  first: number;
  after?: string | null;
}

const sortExpression: Record<SupplierInvoiceSortField, string> = {
  // text, because pg turns a date into a local-midnight Date whose ISO form can be the day before
  [SupplierInvoiceSortField.ISSUE_DATE]: `to_char(si.issue_date, 'YYYY-MM-DD')`,
  // epoch as numeric keeps the microseconds a Date (and so the cursor) would drop
  [SupplierInvoiceSortField.CREATED_AT]: 'extract(epoch from si.created_at)',
};

export class SupplierInvoiceRepository extends TenantRepository<SupplierInvoiceEntity> {
  protected readonly entity = SupplierInvoiceEntity;
  protected readonly alias = 'si';

  page(tenantId: string, q: SupplierInvoiceListQuery): Promise<Page<SupplierInvoiceEntity>> {
    return this.list(tenantId, (qb) => {
      if (q.supplierId === null) qb.andWhere('false');
      if (q.supplierId) qb.andWhere('si.supplier_id = :supplierId', { supplierId: q.supplierId });
      if (q.issuedFrom) qb.andWhere('si.issue_date >= :issuedFrom', { issuedFrom: q.issuedFrom });
      if (q.issuedTo) qb.andWhere('si.issue_date <= :issuedTo', { issuedTo: q.issuedTo });
      return paginate(qb, 'si', { expression: sortExpression[q.sort.field], direction: q.sort.direction }, q);
    });
  }

  lines(tenantId: string, supplierInvoiceId: string): Promise<SupplierInvoiceLineEntity[]> {
    return this.db.read(tenantId, (m) => m.find(SupplierInvoiceLineEntity, { where: { tenantId, supplierInvoiceId }, order: { position: 'ASC' } }));
  }
}
