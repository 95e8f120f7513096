import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import { Connection, ConnectionPayload } from './connection.type.js';

@InputType()
export class ReconnectSystemInput {
  @Field(() => ID) connectionId: string;
  @Field(() => GraphQLJSONObject, { description: 'New credentials, as the connector\'s credentialsSchema describes (e.g. a new agreement grant token).' })
  credentials: Record<string, unknown>;
}

@InputType()
export class DisconnectSystemInput {
  @Field(() => ID) connectionId: string;
}

@InputType()
export class SetConnectionActiveInput {
  @Field(() => ID) connectionId: string;
  @Field({ description: 'false pauses every transfer and schedule of the connection; true resumes them after checking the credentials with the ERP.' })
  isActive: boolean;
}

/**
 * Connecting again keeps the connection's id, settings, rules and history: the credentials belong
 * to the connection, not to whoever connected, and vendor-imposed expiry is handled by
 * handing over new ones (PV-19). Deactivating and activating again keeps them too.
 */
@Resolver()
export class ConnectionLifecycleResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ConnectionPayload, { description: 'New credentials for an existing connection, verified with the ERP before they are stored (X-02).' })
  async reconnectSystem(@Ctx() ctx: GraphqlContext, @Arg('input', () => ReconnectSystemInput) input: ReconnectSystemInput): Promise<ConnectionPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { connection: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])] };
    const result = await ctx.services.connections.reconnect(tenantOf(ctx), id, input.credentials);
    return result.ok ? { connection: Connection.from(result.value), errors: [] } : { connection: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ConnectionPayload, { description: 'Delete the stored credentials and stop the schedules; transfer history, links and settings stay, runs are refused (DISCONNECTED) until reconnectSystem.' })
  async disconnectSystem(@Ctx() ctx: GraphqlContext, @Arg('input', () => DisconnectSystemInput) input: DisconnectSystemInput): Promise<ConnectionPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { connection: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])] };
    const result = await ctx.services.connections.disconnect(tenantOf(ctx), id);
    return result.ok ? { connection: Connection.from(result.value), errors: [] } : { connection: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ConnectionPayload, { description: 'Deactivate a connection temporarily, or activate it again, with its settings kept (X-04, RB-04).' })
  async setConnectionActive(@Ctx() ctx: GraphqlContext, @Arg('input', () => SetConnectionActiveInput) input: SetConnectionActiveInput): Promise<ConnectionPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { connection: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])] };
    const result = await ctx.services.connections.setActive(tenantOf(ctx), id, input.isActive);
    return result.ok ? { connection: Connection.from(result.value), errors: [] } : { connection: null, errors: toInputErrors(result.error) };
  }
}
