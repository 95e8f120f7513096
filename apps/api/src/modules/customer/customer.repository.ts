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
      if (q.search) {
        qb.andWhere(`(c.name ILIKE :s OR c.number ILIKE :s OR c.email ILIKE :s OR c.vat_number ILIKE :s)`, { s: `%${escapeLike(q.search)}%` });
      }
      if (q.isActive !== undefined) qb.andWhere('c.is_active = :isActive', { isActive: q.isActive });
      if (q.isProspect !== undefined) qb.andWhere('c.is_prospect = :isProspect', { isProspect: q.isProspect });
      if (q.numbers) qb.andWhere('c.number = ANY(:numbers)', { numbers: q.numbers });
      return paginate(qb, 'c', { expression: sortExpression[q.sort.field], direction: q.sort.direction }, q);
    });
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
