import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { SortDirection } from '../common/sort.type.js';
import { Supplier } from '../supplier/supplier.type.js';
import { CreateSupplierInvoiceInput, SupplierInvoiceFilter, SupplierInvoicePayload, SupplierInvoiceSort } from './dto/supplier-invoice.input.js';
import { SupplierInvoice, SupplierInvoiceConnection, SupplierInvoiceLine, SupplierInvoiceSortField } from './supplier-invoice.type.js';

@Resolver(() => SupplierInvoice)
export class SupplierInvoiceResolver {
  @Authorized(Role.TENANT)
  @Query(() => SupplierInvoiceConnection)
  async supplierInvoices(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => SupplierInvoiceFilter, { nullable: true }) filter: SupplierInvoiceFilter | null,
    @Arg('sort', () => SupplierInvoiceSort, { nullable: true }) sort: SupplierInvoiceSort | null,
  ): Promise<SupplierInvoiceConnection> {
    const page = await ctx.services.supplierInvoices.repository.page(tenantOf(ctx), {
      // an id of the wrong type matches nothing rather than everything
      supplierId: filter?.supplierId ? idOfType(filter.supplierId, 'Supplier') : undefined,
      issuedFrom: filter?.issuedFrom ?? undefined,
      issuedTo: filter?.issuedTo ?? undefined,
      sort: sort ?? { field: SupplierInvoiceSortField.ISSUE_DATE, direction: SortDirection.DESC },
      first: pageSize(first),
      after,
    });
    return SupplierInvoiceConnection.from({ ...page, nodes: page.nodes.map(SupplierInvoice.from) });
  }

  @Authorized(Role.TENANT)
  @Query(() => SupplierInvoice, { nullable: true })
  async supplierInvoice(@Ctx() ctx: GraphqlContext, @Arg('id', () => ID) id: string): Promise<SupplierInvoice | null> {
    const rowId = idOfType(id, 'SupplierInvoice');
    const row = rowId ? await ctx.services.supplierInvoices.repository.findById(tenantOf(ctx), rowId) : null;
    return row ? SupplierInvoice.from(row) : null;
  }

  @FieldResolver(() => Supplier)
  async supplier(@Root() invoice: SupplierInvoice, @Ctx() ctx: GraphqlContext): Promise<Supplier> {
    const row = await ctx.loaders.supplier.load(invoice.entity.supplierId);
    if (!row) throw new Error(`supplier invoice ${invoice.entity.id} references a missing supplier`);
    return Supplier.from(row);
  }

  @FieldResolver(() => [SupplierInvoiceLine])
  async lines(@Root() invoice: SupplierInvoice, @Ctx() ctx: GraphqlContext): Promise<SupplierInvoiceLine[]> {
    return (await ctx.services.supplierInvoices.repository.lines(tenantOf(ctx), invoice.entity.id)).map(SupplierInvoiceLine.from);
  }

  @Authorized(Role.WRITER)
  @Mutation(() => SupplierInvoicePayload, { description: 'Enters a supplier\'s invoice; the creditor integration books it in the ERP\'s journal (RB-07, RB-09).' })
  async createSupplierInvoice(@Ctx() ctx: GraphqlContext, @Arg('input', () => CreateSupplierInvoiceInput) input: CreateSupplierInvoiceInput): Promise<SupplierInvoicePayload> {
    const result = await ctx.services.supplierInvoices.create(tenantOf(ctx), input);
    return result.ok ? { supplierInvoice: SupplierInvoice.from(result.value), errors: [] } : { supplierInvoice: null, errors: toInputErrors(result.error) };
  }
}
