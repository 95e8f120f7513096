import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role, actorOf } from '../../graphql/principal.js';
import { requestForLinkedChange } from '../transfer/linked-change-push.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { SortDirection } from '../common/sort.type.js';
import { ProductFilter, ProductSort } from './dto/product-filter.input.js';
import { UpsertProductInput } from './dto/upsert-product.input.js';
import { UpsertProductPayload } from './dto/upsert-product.payload.js';
import { Product, ProductConnection, ProductSortField } from './product.type.js';

@Resolver(() => Product)
export class ProductResolver {
  @Authorized(Role.TENANT)
  @Query(() => ProductConnection)
  async products(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => ProductFilter, { nullable: true }) filter: ProductFilter | null,
    @Arg('sort', () => ProductSort, { nullable: true }) sort: ProductSort | null,
  ): Promise<ProductConnection> {
    const page = await ctx.services.products.repository.page(tenantOf(ctx), {
      search: filter?.search ?? undefined,
      isActive: filter?.isActive ?? undefined,
      productGroup: filter?.productGroup ?? undefined,
      numbers: filter?.numbers ?? undefined,
      sort: sort ?? { field: ProductSortField.NUMBER, direction: SortDirection.ASC },
      first: pageSize(first),
      after,
    });
    return ProductConnection.from({ ...page, nodes: page.nodes.map(Product.from) });
  }

  @Authorized(Role.TENANT)
  @Query(() => Product, { nullable: true })
  async product(@Ctx() ctx: GraphqlContext, @Arg('id', () => ID) id: string): Promise<Product | null> {
    const rowId = idOfType(id, 'Product');
    const row = rowId ? await ctx.loaders.product.load(rowId) : null;
    return row ? Product.from(row) : null;
  }

  @Authorized(Role.WRITER)
  @Mutation(() => UpsertProductPayload)
  async upsertProduct(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpsertProductInput) input: UpsertProductInput): Promise<UpsertProductPayload> {
    const result = await ctx.services.products.upsert(tenantOf(ctx), input);
    // a linked product's change goes to the ERP now where the connection asks for it (PV-04)
    if (result.ok && !result.value.created) await requestForLinkedChange(ctx.db, ctx.services.transfers, tenantOf(ctx), { type: 'product', id: result.value.product.id }, actorOf(ctx.principal));
    return result.ok
      ? { product: Product.from(result.value.product), created: result.value.created, errors: [] }
      : { product: null, created: false, errors: toInputErrors(result.error) };
  }
}
