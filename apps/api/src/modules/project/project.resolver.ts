import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { SortDirection } from '../common/sort.type.js';
import { Customer } from '../customer/customer.type.js';
import { ProjectFilter, ProjectSort } from './dto/project-filter.input.js';
import { UpsertProjectInput } from './dto/upsert-project.input.js';
import { UpsertProjectPayload } from './dto/upsert-project.payload.js';
import { Project, ProjectConnection, ProjectSortField } from './project.type.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized(Role.TENANT)
  @Query(() => ProjectConnection)
  async projects(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Arg('sort', () => ProjectSort, { nullable: true }) sort: ProjectSort | null,
  ): Promise<ProjectConnection> {
    const page = await ctx.services.projects.repository.page(tenantOf(ctx), {
      search: filter?.search ?? undefined,
      // an id of the wrong type matches nothing rather than everything
      customerId: filter?.customerId ? idOfType(filter.customerId, 'Customer') : undefined,
      isActive: filter?.isActive ?? undefined,
      isInternal: filter?.isInternal ?? undefined,
      sort: sort ?? { field: ProjectSortField.NUMBER, direction: SortDirection.ASC },
      first: pageSize(first),
      after,
    });
    return ProjectConnection.from({ ...page, nodes: page.nodes.map(Project.from) });
  }

  @Authorized(Role.TENANT)
  @Query(() => Project, { nullable: true })
  async project(@Ctx() ctx: GraphqlContext, @Arg('id', () => ID) id: string): Promise<Project | null> {
    const rowId = idOfType(id, 'Project');
    const row = rowId ? await ctx.loaders.project.load(rowId) : null;
    return row ? Project.from(row) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'Null for internal projects without a customer.' })
  async customer(@Root() project: Project, @Ctx() ctx: GraphqlContext): Promise<Customer | null> {
    const row = project.customerRowId ? await ctx.loaders.customer.load(project.customerRowId) : null;
    return row ? Customer.from(row) : null;
  }

  @Authorized(Role.WRITER)
  @Mutation(() => UpsertProjectPayload)
  async upsertProject(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpsertProjectInput) input: UpsertProjectInput): Promise<UpsertProjectPayload> {
    const result = await ctx.services.projects.upsert(tenantOf(ctx), input);
    return result.ok
      ? { project: Project.from(result.value.project), created: result.value.created, errors: [] }
      : { project: null, created: false, errors: toInputErrors(result.error) };
  }
}
