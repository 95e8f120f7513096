import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType } from '../../graphql/relay.js';
import { CalendarDateScalar } from '../../graphql/scalars.js';
import { tenantOf } from '../../graphql/tenant-of.js';

@ObjectType({ description: 'Transfer items of one day (UTC) by outcome (X-28).' })
export class TransferDayOutcomes {
  @Field(() => CalendarDateScalar) day: string;
  @Field(() => Int) transferred: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) skipped: number;
  @Field(() => Int) failed: number;
}

@Resolver()
export class TransferStatsResolver {
  @Authorized(Role.TENANT)
  @Query(() => [TransferDayOutcomes], { description: 'Transfer items per day and outcome, oldest day first; the last 30 days unless `from` is given.' })
  async transferOutcomesPerDay(
    @Ctx() ctx: GraphqlContext,
    @Arg('connectionId', () => ID, { nullable: true }) connectionId: string | null,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
  ): Promise<TransferDayOutcomes[]> {
    const id = connectionId ? (idOfType(connectionId, 'Connection') ?? '00000000-0000-0000-0000-000000000000') : undefined;
    return ctx.services.transferStats.perDay(tenantOf(ctx), { connectionId: id, from: from ?? undefined });
  }
}
