import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { GraphqlContext } from './context.js';
import { hasRole, type Role } from './principal.js';

/** Throws instead of returning false so the two cases keep distinct, typed codes. */
export const authChecker: AuthChecker<GraphqlContext, Role> = ({ context }, roles) => {
  if (context.principal === null) {
    throw new GraphQLError('Authentication required: send "Authorization: Bearer <api key or session token>"', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  if (roles.length === 0 || roles.some((role) => hasRole(context.principal, role))) return true;
  throw new GraphQLError(`This needs the ${roles.join(' or ')} role`, { extensions: { code: 'FORBIDDEN' } });
};
