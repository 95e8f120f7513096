import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { fromGlobalId, idOfType, toGlobalId } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import { Tenant } from '../tenant/tenant.type.js';
import {
  ApiKey, CreateApiKeyInput, CreateApiKeyPayload, CreateUserInput, CreateUserPayload, LoginInput, LoginPayload, LogoutPayload,
  PrincipalKind, RevokeApiKeyInput, RevokeApiKeyPayload, User, Viewer,
} from './auth.type.js';

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { nullable: true, description: 'Who the caller is; null when unauthenticated.' })
  async viewer(@Ctx() ctx: GraphqlContext): Promise<Viewer | null> {
    const p = ctx.principal;
    if (p === null) return null;
    if (p.kind === 'operator') return { kind: PrincipalKind.OPERATOR, tenant: null, user: null };
    const tenant = await ctx.services.tenants.findById(p.tenantId, ctx.db);
    const user = p.kind === 'user' ? await ctx.services.users.findById(p.tenantId, p.userId) : null;
    return {
      kind: p.kind === 'user' ? PrincipalKind.USER : PrincipalKind.API_KEY,
      tenant: tenant && Tenant.from(tenant),
      user: user && User.from(user),
    };
  }

  @Mutation(() => LoginPayload)
  async login(@Ctx() ctx: GraphqlContext, @Arg('input', () => LoginInput) input: LoginInput): Promise<LoginPayload> {
    const tenantId = input.tenantId ? fromGlobalId(input.tenantId)?.id : undefined;
    const result = await ctx.services.users.login({ email: input.email, password: input.password, tenantId });
    if (!result.ok) {
      const mustChoose = result.error.some((e) => e.code === 'REQUIRED' && e.field[0] === 'tenantId');
      const tenantChoices = mustChoose ? await this.tenantChoices(ctx, input) : [];
      return { token: null, user: null, tenant: null, tenantChoices, errors: toInputErrors(result.error) };
    }
    const tenant = await ctx.services.tenants.findById(result.value.user.tenantId, ctx.db);
    return { token: result.value.token, user: User.from(result.value.user), tenant: tenant && Tenant.from(tenant), tenantChoices: [], errors: [] };
  }

  private async tenantChoices(ctx: GraphqlContext, input: LoginInput): Promise<Tenant[]> {
    const choices = await ctx.services.users.tenantChoices({ email: input.email, password: input.password });
    return choices.map((c) => Object.assign(new Tenant(), { id: toGlobalId('Tenant', c.id), name: c.name, createdAt: c.createdAt }));
  }

  @Authorized(Role.TENANT)
  @Mutation(() => LogoutPayload)
  async logout(@Ctx() ctx: GraphqlContext): Promise<LogoutPayload> {
    const p = ctx.principal;
    if (p?.kind === 'user') await ctx.services.users.logout(p.tenantId, p.sessionId);
    return { ok: true };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateUserPayload)
  async createUser(@Ctx() ctx: GraphqlContext, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<CreateUserPayload> {
    const result = await ctx.services.users.create(tenantOf(ctx), input);
    return result.ok ? { user: User.from(result.value), errors: [] } : { user: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey])
  async apiKeys(@Ctx() ctx: GraphqlContext): Promise<ApiKey[]> {
    return (await ctx.services.apiKeys.list(tenantOf(ctx))).map(ApiKey.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload)
  async createApiKey(@Ctx() ctx: GraphqlContext, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    const result = await ctx.services.apiKeys.create(tenantOf(ctx), input.name);
    return result.ok
      ? { apiKey: ApiKey.from(result.value.key), secret: result.value.secret, errors: [] }
      : { apiKey: null, secret: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload)
  async revokeApiKey(@Ctx() ctx: GraphqlContext, @Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput): Promise<RevokeApiKeyPayload> {
    const rowId = idOfType(input.id, 'ApiKey');
    if (!rowId) return { apiKey: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No active API key with this id', ['id'])] };
    const result = await ctx.services.apiKeys.revoke(tenantOf(ctx), rowId);
    return result.ok ? { apiKey: ApiKey.from(result.value), errors: [] } : { apiKey: null, errors: toInputErrors(result.error) };
  }
}
