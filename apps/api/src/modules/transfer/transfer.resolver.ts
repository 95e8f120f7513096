import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { actorOf, Role } from '../../graphql/principal.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import type { TransferRegister } from './transfer-engine.js';
import { SaveTransferScheduleInput, SaveTransferSchedulePayload, TransferSchedule } from './transfer-schedule.type.js';
import {
  PlannedTransferItem, RetryTransferItemInput, RetryTransferItemsInput, RetryTransferItemsPayload, RunTransferInput, RunTransferPayload, TransferErrorGroup, TransferItem, TransferItemConnection,
  TransferItemFilter, TransferRun,
} from './transfer.type.js';

@Resolver(() => TransferRun)
export class TransferResolver {
  @Authorized(Role.WRITER)
  @Mutation(() => RunTransferPayload, { description: 'Queues a transfer for the worker; each item and state change arrives on transferEvents.' })
  async runTransfer(@Ctx() ctx: GraphqlContext, @Arg('input', () => RunTransferInput) input: RunTransferInput): Promise<RunTransferPayload> {
    const connectionId = idOfType(input.connectionId, 'Connection');
    if (!connectionId) return { run: null, plan: null, alreadyProcessed: false, errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])] };
    const result = await ctx.services.transfers.request(tenantOf(ctx), ctx.services, {
      connectionId, registers: input.registers as unknown as TransferRegister[], dryRun: input.dryRun, idempotencyKey: input.idempotencyKey, actor: actorOf(ctx.principal),
    });
    if (!result.ok) return { run: null, plan: null, alreadyProcessed: false, errors: toInputErrors(result.error) };
    const { run, plan, alreadyProcessed } = result.value;
    return { run: run && TransferRun.from(run), plan: plan && plan.map(PlannedTransferItem.from), alreadyProcessed, errors: [] };
  }

  @Authorized(Role.TENANT)
  @Query(() => [TransferRun], { description: 'Newest first.' })
  async transferRuns(
    @Ctx() ctx: GraphqlContext,
    @Arg('connectionId', () => ID, { nullable: true }) connectionId: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<TransferRun[]> {
    const id = connectionId ? (idOfType(connectionId, 'Connection') ?? '00000000-0000-0000-0000-000000000000') : null;
    return (await ctx.services.transfers.runs(tenantOf(ctx), id, Math.min(Math.max(first, 1), 100))).map(TransferRun.from);
  }

  @Authorized(Role.TENANT)
  @Query(() => TransferRun, { nullable: true })
  async transferRun(@Ctx() ctx: GraphqlContext, @Arg('id', () => ID) id: string): Promise<TransferRun | null> {
    const rowId = idOfType(id, 'TransferRun');
    const run = rowId ? await ctx.services.transfers.run(tenantOf(ctx), rowId) : null;
    return run && TransferRun.from(run);
  }

  @FieldResolver(() => [TransferItem])
  async items(@Root() run: TransferRun, @Ctx() ctx: GraphqlContext): Promise<TransferItem[]> {
    return (await ctx.services.transfers.items(tenantOf(ctx), run.rowId)).map(TransferItem.from);
  }

  @Authorized(Role.TENANT)
  @Query(() => [TransferSchedule])
  async transferSchedules(@Ctx() ctx: GraphqlContext, @Arg('connectionId', () => ID, { nullable: true }) connectionId: string | null): Promise<TransferSchedule[]> {
    const id = connectionId ? (idOfType(connectionId, 'Connection') ?? '00000000-0000-0000-0000-000000000000') : null;
    return (await ctx.services.schedules.list(tenantOf(ctx), id)).map(TransferSchedule.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SaveTransferSchedulePayload)
  async saveTransferSchedule(@Ctx() ctx: GraphqlContext, @Arg('input', () => SaveTransferScheduleInput) input: SaveTransferScheduleInput): Promise<SaveTransferSchedulePayload> {
    const connectionId = idOfType(input.connectionId, 'Connection');
    if (!connectionId) return { schedule: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])] };
    const tenantId = tenantOf(ctx);
    if (input.isEnabled) {
      // a schedule only goes on once the pre-flight check passes, so it cannot fail every few minutes
      const connection = await ctx.services.connections.findById(tenantId, connectionId);
      if (!connection) return { schedule: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])] };
      const blocking = (await ctx.services.transfers.preflight(tenantId, ctx.services, connection)).filter((f) => f.severity === 'ERROR');
      if (blocking.length) return { schedule: null, errors: blocking.map((f) => inputError(InputErrorCode.INVALID_VALUE, `Pre-flight check: ${f.message}`, ['isEnabled'])) };
    }
    const result = await ctx.services.schedules.save(tenantId, { ...input, connectionId, registers: input.registers as unknown as TransferRegister[] });
    return result.ok ? { schedule: TransferSchedule.from(result.value), errors: [] } : { schedule: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.WRITER)
  @Mutation(() => RetryTransferItemsPayload, { description: 'Retry one, several or all failed items of a run (X-28).' })
  async retryTransferItems(@Ctx() ctx: GraphqlContext, @Arg('input', () => RetryTransferItemsInput) input: RetryTransferItemsInput): Promise<RetryTransferItemsPayload> {
    const runId = idOfType(input.runId, 'TransferRun');
    if (!runId) return { run: null, retried: 0, errors: [inputError(InputErrorCode.NOT_FOUND, 'No transfer run with this id', ['runId'])] };
    const itemIds = input.itemIds ? input.itemIds.map((id) => idOfType(id, 'TransferItem') ?? id) : null;
    const result = await ctx.services.transfers.retry(tenantOf(ctx), ctx.services, { runId, itemIds, actor: actorOf(ctx.principal) });
    return result.ok ? { run: TransferRun.from(result.value.run), retried: result.value.retried, errors: [] } : { run: null, retried: 0, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.WRITER)
  @Mutation(() => RetryTransferItemsPayload, { description: 'Retry one failed item by its id (X-28); a failed invoice goes back through the transfer status (SE-VN-37).' })
  async retryTransferItem(@Ctx() ctx: GraphqlContext, @Arg('input', () => RetryTransferItemInput) input: RetryTransferItemInput): Promise<RetryTransferItemsPayload> {
    const itemId = idOfType(input.itemId, 'TransferItem');
    if (!itemId) return { run: null, retried: 0, errors: [inputError(InputErrorCode.NOT_FOUND, 'No transfer item with this id', ['itemId'])] };
    const result = await ctx.services.transfers.retryItem(tenantOf(ctx), ctx.services, { itemId, actor: actorOf(ctx.principal) });
    return result.ok ? { run: TransferRun.from(result.value.run), retried: result.value.retried, errors: [] } : { run: null, retried: 0, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.TENANT)
  @Query(() => TransferItemConnection, { description: 'The transfer log across runs, newest first (X-28).' })
  async transferItems(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => TransferItemFilter, { nullable: true }) filter: TransferItemFilter | null,
  ): Promise<TransferItemConnection> {
    const none = '00000000-0000-0000-0000-000000000000';
    const page = await ctx.services.transfers.log.page(tenantOf(ctx), {
      connectionId: filter?.connectionId ? (idOfType(filter.connectionId, 'Connection') ?? none) : undefined,
      runId: filter?.runId ? (idOfType(filter.runId, 'TransferRun') ?? none) : undefined,
      registers: filter?.registers ?? undefined, outcomes: filter?.outcomes ?? undefined,
      from: filter?.from ?? undefined, to: filter?.to ?? undefined, search: filter?.search ?? undefined,
      first: pageSize(first), after,
    });
    return TransferItemConnection.from({ ...page, nodes: page.nodes.map(TransferItem.from) });
  }

  @Authorized(Role.TENANT)
  @Query(() => [TransferErrorGroup], { description: 'Failed items grouped by reason and register, most frequent first.' })
  async transferErrorSummary(
    @Ctx() ctx: GraphqlContext,
    @Arg('connectionId', () => ID, { nullable: true }) connectionId: string | null,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
  ): Promise<TransferErrorGroup[]> {
    const id = connectionId ? (idOfType(connectionId, 'Connection') ?? '00000000-0000-0000-0000-000000000000') : undefined;
    return ctx.services.transfers.log.errorSummary(tenantOf(ctx), id, from ?? undefined);
  }
}
