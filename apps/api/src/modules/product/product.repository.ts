import { TenantRepository } from '../../db/tenant-repository.js';
import { paginate } from '../../db/paginate.js';
import type { Page } from '../../graphql/relay.js';
import type { SortDirection } from '../common/sort.type.js';
import { ProductEntity } from './product.entity.js';
import { ProductSortField } from './product.type.js';

export interface ProductListQuery {
  search?: string;
  isActive?: boolean;
  productGroup?: string;
  numbers?: string[];
  sort: { field: ProductSortField; direction: SortDirection };
  first: number;
  after?: string | null;
}

const sortExpression: Record<ProductSortField, string> = {
  // parenthesised: a bare alias.property would make TypeORM rename the entity's own column select
  [ProductSortField.NUMBER]: '(p.number)',
  [ProductSortField.NAME]: 'lower(p.name)',
  [ProductSortField.SALES_PRICE]: 'p.sales_price',
  // epoch as numeric keeps the microseconds a Date (and so the cursor) would drop
  [ProductSortField.UPDATED_AT]: 'extract(epoch from p.updated_at)',
};

export class ProductRepository extends TenantRepository<ProductEntity> {
  protected readonly entity = ProductEntity;
  protected readonly alias = 'p';

  page(tenantId: string, q: ProductListQuery): Promise<Page<ProductEntity>> {
    return this.list(tenantId, (qb) => {
      this.whereSearch(qb, ['name', 'number'], q.search);
      this.whereEqual(qb, { is_active: q.isActive, product_group: q.productGroup, number: q.numbers });
      return paginate(qb, 'p', { expression: sortExpression[q.sort.field], direction: q.sort.direction }, q);
    });
  }
}
