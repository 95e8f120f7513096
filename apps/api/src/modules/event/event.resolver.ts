import { GraphQLError } from 'graphql';
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { fromGlobalId } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import type { EventEntity } from './event.entity.js';
import { eventStream } from './event-stream.js';
import type { EventFilter } from './event.service.js';
import { TransferEvent } from './event.type.js';

function parseCursor(after: string | null | undefined): string | undefined {
  if (after === null || after === undefined) return undefined;
  if (!/^\d{1,19}$/.test(after)) throw new GraphQLError('after must be a cursor from an earlier event', { extensions: { code: 'BAD_USER_INPUT', field: ['after'] } });
  return after;
}

/**
 * Opens a replay-then-live stream for the caller's tenant. The tenant comes from the
 * authenticated connection, never from arguments.
 */
export async function subscribeToEvents(ctx: GraphqlContext, after: string | null | undefined, filter: EventFilter): Promise<AsyncIterable<EventEntity>> {
  const tenantId = tenantOf(ctx);
  const service = ctx.services.events;
  const start = parseCursor(after) ?? (await service.latestCursor(tenantId));
  return eventStream(ctx.services.eventHub, tenantId, start, (afterId, limit) => service.fetchAfter(tenantId, afterId, filter, limit));
}

@Resolver()
export class EventResolver {
  @Authorized(Role.TENANT)
  @Subscription(() => TransferEvent, {
    description: 'Every event of the tenant: first those after `after` (replay), then live ones. Without `after`, only new events.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null; connectionId?: string | null; kinds?: string[] | null }, GraphqlContext>) =>
      subscribeToEvents(context, args.after, {
        kinds: args.kinds ?? undefined,
        connectionId: args.connectionId ? (fromGlobalId(args.connectionId)?.id ?? '00000000-0000-0000-0000-000000000000') : undefined,
      }),
  })
  transferEvents(
    @Root() event: EventEntity,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Arg('connectionId', () => ID, { nullable: true }) _connectionId: string | null,
    @Arg('kinds', () => [String], { nullable: true }) _kinds: string[] | null,
  ): TransferEvent {
    return TransferEvent.from(event);
  }
}
