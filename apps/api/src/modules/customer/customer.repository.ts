import { TenantRepository } from '../../db/tenant-repository.js';
import { paginate } from '../../db/paginate.js';
import type { Page } from '../../graphql/relay.js';
import type { SortDirection } from '../common/sort.type.js';
import { CustomerEntity } from './customer.entity.js';
import { CustomerSortField } from './customer.type.js';

export interface CustomerListQuery {
  search?: string;
  isActive?: boolean;
  isProspect?: boolean;
  numbers?: string[];
  sort: { field: CustomerSortField; direction: SortDirection };
  first: number;
  after?: string | null;
}

const sortExpression: Record<CustomerSortField, string> = {
  [CustomerSortField.NUMBER]: `coalesce(c.number, '')`,
  [CustomerSortField.NAME]: 'lower(c.name)',
  [CustomerSortField.UPDATED_AT]: 'c.updated_at',
};

export class CustomerRepository extends TenantRepository<CustomerEntity> {
  protected readonly entity = CustomerEntity;
  protected readonly alias = 'c';

  page(tenantId: string, q: CustomerListQuery): Promise<Page<CustomerEntity>> {
    return this.list(tenantId, (qb) => {
      this.whereSearch(qb, ['name', 'number', 'email', 'vat_number'], q.search);
      this.whereEqual(qb, { is_active: q.isActive, is_prospect: q.isProspect, number: q.numbers });
      return paginate(qb, 'c', { expression: sortExpression[q.sort.field], direction: q.sort.direction }, q);
    });
  }
}
