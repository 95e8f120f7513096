import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { SortDirection } from '../common/sort.type.js';
import { SupplierFilter, SupplierSort } from './dto/supplier-filter.input.js';
import { UpsertSupplierInput } from './dto/upsert-supplier.input.js';
import { UpsertSupplierPayload } from './dto/upsert-supplier.payload.js';
import { Supplier, SupplierConnection, SupplierSortField } from './supplier.type.js';

@Resolver(() => Supplier)
export class SupplierResolver {
  @Authorized(Role.TENANT)
  @Query(() => SupplierConnection)
  async suppliers(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => SupplierFilter, { nullable: true }) filter: SupplierFilter | null,
    @Arg('sort', () => SupplierSort, { nullable: true }) sort: SupplierSort | null,
  ): Promise<SupplierConnection> {
    const page = await ctx.services.suppliers.repository.page(tenantOf(ctx), {
      search: filter?.search ?? undefined,
      isActive: filter?.isActive ?? undefined,
      numbers: filter?.numbers ?? undefined,
      sort: sort ?? { field: SupplierSortField.NUMBER, direction: SortDirection.ASC },
      first: pageSize(first),
      after,
    });
    return SupplierConnection.from({ ...page, nodes: page.nodes.map(Supplier.from) });
  }

  @Authorized(Role.TENANT)
  @Query(() => Supplier, { nullable: true })
  async supplier(@Ctx() ctx: GraphqlContext, @Arg('id', () => ID) id: string): Promise<Supplier | null> {
    const rowId = idOfType(id, 'Supplier');
    const row = rowId ? await ctx.loaders.supplier.load(rowId) : null;
    return row ? Supplier.from(row) : null;
  }

  @Authorized(Role.WRITER)
  @Mutation(() => UpsertSupplierPayload)
  async upsertSupplier(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpsertSupplierInput) input: UpsertSupplierInput): Promise<UpsertSupplierPayload> {
    const result = await ctx.services.suppliers.upsert(tenantOf(ctx), input);
    return result.ok
      ? { supplier: Supplier.from(result.value.supplier), created: result.value.created, errors: [] }
      : { supplier: null, created: false, errors: toInputErrors(result.error) };
  }
}
