import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { SortDirection } from '../common/sort.type.js';
import { PaymentFilter, PaymentSort } from './dto/payment-filter.input.js';
import { Payment, PaymentConnection, PaymentSortField } from './payment.type.js';

@Resolver(() => Payment)
export class PaymentResolver {
  @Authorized(Role.TENANT)
  @Query(() => PaymentConnection)
  async payments(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => PaymentFilter, { nullable: true }) filter: PaymentFilter | null,
    @Arg('sort', () => PaymentSort, { nullable: true }) sort: PaymentSort | null,
  ): Promise<PaymentConnection> {
    const page = await ctx.services.payments.repository.page(tenantOf(ctx), {
      // an id of the wrong type matches nothing rather than everything
      invoiceId: filter?.invoiceId ? idOfType(filter.invoiceId, 'Invoice') : undefined,
      from: filter?.from ?? undefined,
      to: filter?.to ?? undefined,
      sort: sort ?? { field: PaymentSortField.PAID_ON, direction: SortDirection.DESC },
      first: pageSize(first),
      after,
    });
    return PaymentConnection.from({ ...page, nodes: page.nodes.map(Payment.from) });
  }
}
