import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { actorOf, Role } from '../../graphql/principal.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import {
  AcknowledgeInitialSyncErrorsInput, InitialSync, InitialSyncPayload, StartInitialSyncInput,
} from './initial-sync.type.js';
import {
  ComparisonRowType, DecideRegisterRecordsInput, DecideRegisterRecordsPayload, ReconcileRegisterValue, RegisterComparisonPayload, RegisterDecision, TYPE_OF,
} from './reconciliation.type.js';

const NO_ID = '00000000-0000-0000-0000-000000000000';

const cursorOf = (offset: number): string => Buffer.from(`comparison:${offset}`).toString('base64url');
function offsetOf(cursor: string | null): number | null {
  if (!cursor) return 0;
  const m = /^comparison:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) + 1 : null;
}

@Resolver()
export class ReconciliationResolver {
  @Authorized(Role.TENANT)
  @Query(() => RegisterComparisonPayload, { description: 'Register comparison report (SE-FX-09): our records beside the ERP\'s, read live, with score, predicted link and decision.' })
  async registerComparison(
    @Ctx() ctx: GraphqlContext,
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('register', () => ReconcileRegisterValue) register: ReconcileRegisterValue,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('threshold', () => Float, { nullable: true, description: 'Lowest similarity for a predicted link when numbers differ. Default 0.8.' }) threshold: number | null,
  ): Promise<RegisterComparisonPayload> {
    const empty = { rows: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
    const start = offsetOf(after);
    if (start === null) return { ...empty, errors: [inputError(InputErrorCode.INVALID_VALUE, 'Not a cursor of this report', ['after'])] };
    const result = await ctx.services.reconciliation.compare(tenantOf(ctx), ctx.services, { connectionId: idOfType(connectionId, 'Connection') ?? NO_ID, register, threshold });
    if (!result.ok) return { ...empty, errors: toInputErrors(result.error) };
    const rows = result.value.slice(start, start + pageSize(first));
    const last = start + rows.length - 1;
    return {
      rows: rows.map((r) => ComparisonRowType.from(r, register)), totalCount: result.value.length, errors: [],
      pageInfo: { hasNextPage: last + 1 < result.value.length, hasPreviousPage: start > 0, startCursor: rows.length ? cursorOf(start) : null, endCursor: rows.length ? cursorOf(last) : null },
    };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DecideRegisterRecordsPayload, { description: 'LINK, CREATE or IGNORE many rows of the comparison at once (X-10); nothing is saved unless every row is valid.' })
  async decideRegisterRecords(@Ctx() ctx: GraphqlContext, @Arg('input', () => DecideRegisterRecordsInput) input: DecideRegisterRecordsInput): Promise<DecideRegisterRecordsPayload> {
    const type = TYPE_OF[input.register];
    const result = await ctx.services.reconciliation.decide(tenantOf(ctx), ctx.services, {
      connectionId: idOfType(input.connectionId, 'Connection') ?? NO_ID, register: input.register, actor: actorOf(ctx.principal),
      decisions: input.decisions.map((d) => ({
        action: d.action,
        // an id of another type is no record of this register: it is then not found
        ...(d.recordId ? { recordId: idOfType(d.recordId, type) ?? NO_ID } : {}),
        ...(d.externalId ? { externalId: d.externalId } : {}),
      })),
    });
    return result.ok ? { decisions: result.value.map(RegisterDecision.from), errors: [] } : { decisions: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.TENANT)
  @Query(() => InitialSync, { nullable: true, description: 'The connection\'s initial synchronisation, with its errors (SE-VN-60); null before it was started.' })
  async initialSync(@Ctx() ctx: GraphqlContext, @Arg('connectionId', () => ID) connectionId: string): Promise<InitialSync | null> {
    const state = await ctx.services.initialSync.state(tenantOf(ctx), idOfType(connectionId, 'Connection') ?? NO_ID);
    return state && InitialSync.from(state);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => InitialSyncPayload, { description: 'Starts the one-off initial synchronisation (X-11); a second start returns ALREADY_DONE (RB-06).' })
  async startInitialSync(@Ctx() ctx: GraphqlContext, @Arg('input', () => StartInitialSyncInput) input: StartInitialSyncInput): Promise<InitialSyncPayload> {
    const result = await ctx.services.initialSync.start(tenantOf(ctx), ctx.services, {
      connectionId: idOfType(input.connectionId, 'Connection') ?? NO_ID, startupImport: input.startupImport ?? null, actor: actorOf(ctx.principal),
    });
    return result.ok ? { initialSync: InitialSync.from(result.value), errors: [] } : { initialSync: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => InitialSyncPayload, { description: 'Accepts the initial sync\'s errors so the next sync may run (SE-VN-60).' })
  async acknowledgeInitialSyncErrors(@Ctx() ctx: GraphqlContext, @Arg('input', () => AcknowledgeInitialSyncErrorsInput) input: AcknowledgeInitialSyncErrorsInput): Promise<InitialSyncPayload> {
    const result = await ctx.services.initialSync.acknowledgeErrors(tenantOf(ctx), { connectionId: idOfType(input.connectionId, 'Connection') ?? NO_ID, actor: actorOf(ctx.principal) });
    return result.ok ? { initialSync: InitialSync.from(result.value), errors: [] } : { initialSync: null, errors: toInputErrors(result.error) };
  }
}
