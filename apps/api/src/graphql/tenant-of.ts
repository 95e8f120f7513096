import { GraphQLError } from 'graphql';
import type { GraphqlContext } from './context.js';

/** The caller's tenant; resolvers behind @Authorized(TENANT) always have one. */
export function tenantOf(ctx: GraphqlContext): string {
  const p = ctx.principal;
  if (p === null) throw new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED' } });
  if (p.kind === 'operator') throw new GraphQLError('This operation needs tenant credentials', { extensions: { code: 'FORBIDDEN' } });
  return p.tenantId;
}
