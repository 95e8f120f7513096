import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { InputError, inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import { Connection } from './connection.type.js';

@InputType()
export class ReauthorizeConnectionInput {
  @Field(() => ID) connectionId: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The OAuth client (the connector\'s client schema: client id and secret, endpoints). Left out, the stored client is used; required once the connection was disconnected.',
  })
  credentials?: Record<string, unknown> | null;
}

@ObjectType()
export class ReauthorizeConnectionPayload {
  @Field(() => Connection, { nullable: true, description: 'The connection as it is until the authorization completes.' }) connection: Connection | null;
  @Field(() => String, { nullable: true, description: 'Send the admin here; the callback stores the new tokens on this same connection.' })
  authorizeUrl: string | null;
  @Field(() => [InputError]) errors: InputError[];
}

/** Authorizing an OAuth connection again in place keeps its id, links, rules and history (X-02, ADR 0021). */
@Resolver()
export class ConnectionReauthorizeResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ReauthorizeConnectionPayload, { description: 'Start the OAuth flow again for an existing connection (a revoked or expired grant, or after disconnectSystem) (X-02).' })
  async reauthorizeConnection(@Ctx() ctx: GraphqlContext, @Arg('input', () => ReauthorizeConnectionInput) input: ReauthorizeConnectionInput): Promise<ReauthorizeConnectionPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { connection: null, authorizeUrl: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])] };
    const result = await ctx.services.connections.reauthorize(tenantOf(ctx), id, input.credentials);
    return result.ok
      ? { connection: Connection.from(result.value.connection), authorizeUrl: result.value.authorizeUrl, errors: [] }
      : { connection: null, authorizeUrl: null, errors: toInputErrors(result.error) };
  }
}
