import { TenantRepository } from '../../db/tenant-repository.js';
import { paginate } from '../../db/paginate.js';
import type { Page } from '../../graphql/relay.js';
import type { SortDirection } from '../common/sort.type.js';
import { ProjectEntity } from './project.entity.js';
import { ProjectSortField } from './project.type.js';

export interface ProjectListQuery {
  search?: string;
  /** A customer row id; null matches nothing (an id of the wrong type or garbage). */
  customerId?: string | null;
  isActive?: boolean;
  isInternal?: boolean;
  sort: { field: ProjectSortField; direction: SortDirection };
  first: number;
  after?: string | null;
}

const sortExpression: Record<ProjectSortField, string> = {
  // parenthesised: a bare alias.property would make TypeORM rename the entity's own column select
  [ProjectSortField.NUMBER]: '(pr.number)',
  [ProjectSortField.NAME]: 'lower(pr.name)',
  // text, because pg turns a date into a local-midnight Date whose ISO form can be the day before
  [ProjectSortField.START_DATE]: `coalesce(to_char(pr.start_date, 'YYYY-MM-DD'), '')`,
  // epoch as numeric keeps the microseconds a Date (and so the cursor) would drop
  [ProjectSortField.UPDATED_AT]: 'extract(epoch from pr.updated_at)',
};

export class ProjectRepository extends TenantRepository<ProjectEntity> {
  protected readonly entity = ProjectEntity;
  protected readonly alias = 'pr';

  page(tenantId: string, q: ProjectListQuery): Promise<Page<ProjectEntity>> {
    return this.list(tenantId, (qb) => {
      this.whereSearch(qb, ['name', 'number'], q.search);
      if (q.customerId !== undefined) {
        if (q.customerId === null) qb.andWhere('false');
        else qb.andWhere('pr.customer_id = :customerId', { customerId: q.customerId });
      }
      this.whereEqual(qb, { is_active: q.isActive, is_internal: q.isInternal });
      return paginate(qb, 'pr', { expression: sortExpression[q.sort.field], direction: q.sort.direction }, q);
    });
  }
}
