import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { CreateTenantInput, CreateTenantPayload } from './dto/create-tenant.input.js';
import { Tenant } from './tenant.type.js';

@Resolver(() => Tenant)
export class TenantResolver {
  @Authorized(Role.OPERATOR)
  @Mutation(() => CreateTenantPayload, { description: 'Operator only: a new tenant with its default invoice-status pipeline and a first API key.' })
  async createTenant(@Ctx() ctx: GraphqlContext, @Arg('input', () => CreateTenantInput) input: CreateTenantInput): Promise<CreateTenantPayload> {
    const result = await ctx.services.tenants.create({ name: input.name, admin: input.admin ?? undefined });
    return result.ok
      ? { tenant: Tenant.from(result.value.tenant), apiKey: result.value.apiKey, errors: [] }
      : { tenant: null, apiKey: null, errors: toInputErrors(result.error) };
  }
}
