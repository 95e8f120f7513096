import { TenantRepository } from '../../db/tenant-repository.js';
import { paginate } from '../../db/paginate.js';
import type { Page } from '../../graphql/relay.js';
import type { SortDirection } from '../common/sort.type.js';
import { SupplierEntity } from './supplier.entity.js';
import { SupplierSortField } from './supplier.type.js';

export interface SupplierListQuery {
  search?: string;
  isActive?: boolean;
  numbers?: string[];
  sort: { field: SupplierSortField; direction: SortDirection };
  first: number;
  after?: string | null;
}

const sortExpression: Record<SupplierSortField, string> = {
  [SupplierSortField.NUMBER]: `coalesce(s.number, '')`,
  [SupplierSortField.NAME]: 'lower(s.name)',
  // epoch as numeric keeps the microseconds a Date (and so the cursor) would drop
  [SupplierSortField.UPDATED_AT]: 'extract(epoch from s.updated_at)',
};

export class SupplierRepository extends TenantRepository<SupplierEntity> {
  protected readonly entity = SupplierEntity;
  protected readonly alias = 's';

  page(tenantId: string, q: SupplierListQuery): Promise<Page<SupplierEntity>> {
    return this.list(tenantId, (qb) => {
      this.whereSearch(qb, ['name', 'number', 'email', 'vat_number'], q.search);
      this.whereEqual(qb, { is_active: q.isActive, number: q.numbers });
      return paginate(qb, 's', { expression: sortExpression[q.sort.field], direction: q.sort.direction }, q);
    });
  }
}
