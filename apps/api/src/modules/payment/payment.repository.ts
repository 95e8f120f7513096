import { isoDateSchema } from '@ledgerbridge/domain';
import { GraphQLError } from 'graphql';
import { TenantRepository } from '../../db/tenant-repository.js';
import { paginate } from '../../db/paginate.js';
import type { Page } from '../../graphql/relay.js';
import type { SortDirection } from '../common/sort.type.js';
import { PaymentEntity } from './payment.entity.js';
import { PaymentSortField } from './payment.type.js';

export interface PaymentListQuery {
  /** An invoice row id; null matches nothing (an id of the wrong type or garbage). */
  invoiceId?: string | null;
  /** Inclusive bounds on the payment date, YYYY-MM-DD. */
  from?: string;
  to?: string;
  sort: { field: PaymentSortField; direction: SortDirection };
  first: number;
  after?: string | null;
}

const sortExpression: Record<PaymentSortField, string> = {
  // text, because pg turns a date into a local-midnight Date whose ISO form can be the day before
  [PaymentSortField.PAID_ON]: `to_char(pa.paid_on, 'YYYY-MM-DD')`,
  [PaymentSortField.AMOUNT]: 'pa.amount',
  // epoch as numeric keeps the microseconds a Date (and so the cursor) would drop
  [PaymentSortField.CREATED_AT]: 'extract(epoch from pa.created_at)',
};

/** A malformed date argument is the caller's mistake, not a server error. */
function checkDate(value: string | undefined, field: string): void {
  if (value !== undefined && !isoDateSchema.safeParse(value).success) {
    throw new GraphQLError(`${field} must be a date YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT', field: ['filter', field] } });
  }
}

export class PaymentRepository extends TenantRepository<PaymentEntity> {
  protected readonly entity = PaymentEntity;
  protected readonly alias = 'pa';

  page(tenantId: string, q: PaymentListQuery): Promise<Page<PaymentEntity>> {
    checkDate(q.from, 'from');
    checkDate(q.to, 'to');
    return this.list(tenantId, (qb) => {
      if (q.invoiceId !== undefined) {
        if (q.invoiceId === null) qb.andWhere('false');
        else qb.andWhere('pa.invoice_id = :invoiceId', { invoiceId: q.invoiceId });
      }
      if (q.from) qb.andWhere('pa.paid_on >= :from', { from: q.from });
      if (q.to) qb.andWhere('pa.paid_on <= :to', { to: q.to });
      return paginate(qb, 'pa', { expression: sortExpression[q.sort.field], direction: q.sort.direction }, q);
    });
  }
}
