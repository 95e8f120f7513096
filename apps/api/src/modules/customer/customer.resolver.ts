import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role, actorOf } from '../../graphql/principal.js';
import { requestForLinkedChange } from '../transfer/linked-change-push.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { SortDirection } from '../common/sort.type.js';
import { CustomerFilter, CustomerSort } from './dto/customer-filter.input.js';
import { UpsertCustomerInput } from './dto/upsert-customer.input.js';
import { UpsertCustomerPayload } from './dto/upsert-customer.payload.js';
import { Customer, CustomerConnection, CustomerSortField } from './customer.type.js';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(Role.TENANT)
  @Query(() => CustomerConnection)
  async customers(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter: CustomerFilter | null,
    @Arg('sort', () => CustomerSort, { nullable: true }) sort: CustomerSort | null,
  ): Promise<CustomerConnection> {
    const page = await ctx.services.customers.repository.page(tenantOf(ctx), {
      search: filter?.search ?? undefined,
      isActive: filter?.isActive ?? undefined,
      isProspect: filter?.isProspect ?? undefined,
      numbers: filter?.numbers ?? undefined,
      sort: sort ?? { field: CustomerSortField.NUMBER, direction: SortDirection.ASC },
      first: pageSize(first),
      after,
    });
    return CustomerConnection.from({ ...page, nodes: page.nodes.map(Customer.from) });
  }

  @Authorized(Role.TENANT)
  @Query(() => Customer, { nullable: true })
  async customer(@Ctx() ctx: GraphqlContext, @Arg('id', () => ID) id: string): Promise<Customer | null> {
    const rowId = idOfType(id, 'Customer');
    const row = rowId ? await ctx.loaders.customer.load(rowId) : null;
    return row ? Customer.from(row) : null;
  }

  @Authorized(Role.WRITER)
  @Mutation(() => UpsertCustomerPayload)
  async upsertCustomer(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpsertCustomerInput) input: UpsertCustomerInput): Promise<UpsertCustomerPayload> {
    const result = await ctx.services.customers.upsert(tenantOf(ctx), input);
    // a linked customer's change goes to the ERP now where the connection asks for it (PV-04)
    if (result.ok && !result.value.created) await requestForLinkedChange(ctx.db, ctx.services.transfers, tenantOf(ctx), { type: 'customer', id: result.value.customer.id }, actorOf(ctx.principal));
    return result.ok
      ? { customer: Customer.from(result.value.customer), created: result.value.created, errors: [] }
      : { customer: null, created: false, errors: toInputErrors(result.error) };
  }
}
