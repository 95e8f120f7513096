import { isoDateSchema } from '@ledgerbridge/domain';
import { GraphQLError } from 'graphql';
import { TenantRepository } from '../../db/tenant-repository.js';
import { paginate } from '../../db/paginate.js';
import type { Page } from '../../graphql/relay.js';
import type { SortDirection } from '../common/sort.type.js';
import { ProjectCostEntity } from './project-cost.entity.js';
import { ProjectCostSortField } from './project-cost.type.js';

export interface ProjectCostListQuery {
  /** Row ids; null matches nothing (an id of the wrong type or garbage). */
  projectId?: string | null;
  supplierId?: string | null;
  isBillable?: boolean;
  /** Inclusive bounds on the cost date, YYYY-MM-DD. */
  from?: string;
  to?: string;
  sort: { field: ProjectCostSortField; direction: SortDirection };
  first: number;
  after?: string | null;
}

const sortExpression: Record<ProjectCostSortField, string> = {
  // text, because pg turns a date into a local-midnight Date whose ISO form can be the day before
  [ProjectCostSortField.COST_DATE]: `to_char(pc.cost_date, 'YYYY-MM-DD')`,
  [ProjectCostSortField.COST_AMOUNT]: 'pc.cost_amount',
  // epoch as numeric keeps the microseconds a Date (and so the cursor) would drop
  [ProjectCostSortField.CREATED_AT]: 'extract(epoch from pc.created_at)',
};

/** A malformed date argument is the caller's mistake, not a server error. */
function checkDate(value: string | undefined, field: string): void {
  if (value !== undefined && !isoDateSchema.safeParse(value).success) {
    throw new GraphQLError(`${field} must be a date YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT', field: ['filter', field] } });
  }
}

export class ProjectCostRepository extends TenantRepository<ProjectCostEntity> {
  protected readonly entity = ProjectCostEntity;
  protected readonly alias = 'pc';

  page(tenantId: string, q: ProjectCostListQuery): Promise<Page<ProjectCostEntity>> {
    checkDate(q.from, 'from');
    checkDate(q.to, 'to');
    return this.list(tenantId, (qb) => {
      if (q.projectId === null || q.supplierId === null) qb.andWhere('false');
      if (q.projectId) qb.andWhere('pc.project_id = :projectId', { projectId: q.projectId });
      if (q.supplierId) qb.andWhere('pc.supplier_id = :supplierId', { supplierId: q.supplierId });
      if (q.isBillable !== undefined) qb.andWhere('pc.is_billable = :isBillable', { isBillable: q.isBillable });
      if (q.from) qb.andWhere('pc.cost_date >= :from', { from: q.from });
      if (q.to) qb.andWhere('pc.cost_date <= :to', { to: q.to });
      return paginate(qb, 'pc', { expression: sortExpression[q.sort.field], direction: q.sort.direction }, q);
    });
  }
}
