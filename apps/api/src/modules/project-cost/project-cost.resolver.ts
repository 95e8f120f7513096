import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { SortDirection } from '../common/sort.type.js';
import { Product } from '../product/product.type.js';
import { Project } from '../project/project.type.js';
import { Supplier } from '../supplier/supplier.type.js';
import { ProjectCostFilter, ProjectCostSort } from './dto/project-cost-filter.input.js';
import { RecordProjectCostInput } from './dto/record-project-cost.input.js';
import { RecordProjectCostPayload } from './dto/record-project-cost.payload.js';
import { ProjectCost, ProjectCostConnection, ProjectCostSortField } from './project-cost.type.js';

@Resolver(() => ProjectCost)
export class ProjectCostResolver {
  @Authorized(Role.TENANT)
  @Query(() => ProjectCostConnection)
  async projectCosts(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => ProjectCostFilter, { nullable: true }) filter: ProjectCostFilter | null,
    @Arg('sort', () => ProjectCostSort, { nullable: true }) sort: ProjectCostSort | null,
  ): Promise<ProjectCostConnection> {
    const page = await ctx.services.projectCosts.repository.page(tenantOf(ctx), {
      // an id of the wrong type matches nothing rather than everything
      projectId: filter?.projectId ? idOfType(filter.projectId, 'Project') : undefined,
      supplierId: filter?.supplierId ? idOfType(filter.supplierId, 'Supplier') : undefined,
      isBillable: filter?.isBillable ?? undefined,
      from: filter?.from ?? undefined,
      to: filter?.to ?? undefined,
      sort: sort ?? { field: ProjectCostSortField.COST_DATE, direction: SortDirection.DESC },
      first: pageSize(first),
      after,
    });
    return ProjectCostConnection.from({ ...page, nodes: page.nodes.map(ProjectCost.from) });
  }

  @FieldResolver(() => Project)
  async project(@Root() cost: ProjectCost, @Ctx() ctx: GraphqlContext): Promise<Project> {
    const row = await ctx.loaders.project.load(cost.projectRowId);
    if (!row) throw new Error(`project cost ${cost.rowId} references a missing project`);
    return Project.from(row);
  }

  @FieldResolver(() => Supplier, { nullable: true })
  async supplier(@Root() cost: ProjectCost, @Ctx() ctx: GraphqlContext): Promise<Supplier | null> {
    const row = cost.supplierRowId ? await ctx.loaders.supplier.load(cost.supplierRowId) : null;
    return row ? Supplier.from(row) : null;
  }

  @FieldResolver(() => Product, { nullable: true })
  async product(@Root() cost: ProjectCost, @Ctx() ctx: GraphqlContext): Promise<Product | null> {
    const row = cost.productRowId ? await ctx.loaders.product.load(cost.productRowId) : null;
    return row ? Product.from(row) : null;
  }

  @Authorized(Role.WRITER)
  @Mutation(() => RecordProjectCostPayload)
  async recordProjectCost(
    @Ctx() ctx: GraphqlContext,
    @Arg('input', () => RecordProjectCostInput) input: RecordProjectCostInput,
  ): Promise<RecordProjectCostPayload> {
    const result = await ctx.services.projectCosts.record(tenantOf(ctx), input);
    return result.ok ? { projectCost: ProjectCost.from(result.value), errors: [] } : { projectCost: null, errors: toInputErrors(result.error) };
  }
}
