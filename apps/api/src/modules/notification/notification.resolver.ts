import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { actorOf, Role } from '../../graphql/principal.js';
import { idOfType, toGlobalId } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import {
  FailureNotificationSettings, Notification, NotificationFilter, SaveFailureNotificationSettingsInput, SaveFailureNotificationSettingsPayload,
} from './notification.type.js';

const NO_ID = '00000000-0000-0000-0000-000000000000';

function view(connectionId: string, s: { isEnabled: boolean; includeAdmins: boolean; extraRecipients: string[]; isSaved: boolean }): FailureNotificationSettings {
  return Object.assign(new FailureNotificationSettings(), { connectionId: toGlobalId('Connection', connectionId), ...s });
}

@Resolver()
export class NotificationResolver {
  @Authorized(Role.TENANT)
  @Query(() => FailureNotificationSettings, { nullable: true, description: 'Null when the connection does not exist.' })
  async failureNotificationSettings(@Ctx() ctx: GraphqlContext, @Arg('connectionId', () => ID) connectionId: string): Promise<FailureNotificationSettings | null> {
    const tenantId = tenantOf(ctx);
    const id = idOfType(connectionId, 'Connection');
    if (!id || !(await ctx.services.connections.findById(tenantId, id))) return null;
    return view(id, await ctx.services.notifications.settings(tenantId, id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SaveFailureNotificationSettingsPayload)
  async saveFailureNotificationSettings(
    @Ctx() ctx: GraphqlContext,
    @Arg('input', () => SaveFailureNotificationSettingsInput) input: SaveFailureNotificationSettingsInput,
  ): Promise<SaveFailureNotificationSettingsPayload> {
    const tenantId = tenantOf(ctx);
    const id = idOfType(input.connectionId, 'Connection');
    if (!id || !(await ctx.services.connections.findById(tenantId, id))) {
      return { settings: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])] };
    }
    const { connectionId: _id, ...values } = input;
    const result = await ctx.services.notifications.saveSettings(tenantId, id, values, actorOf(ctx.principal));
    return result.ok ? { settings: view(id, result.value), errors: [] } : { settings: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.TENANT)
  @Query(() => [Notification], { description: 'Recorded e-mails, newest first (X-29, PV-13).' })
  async notifications(
    @Ctx() ctx: GraphqlContext,
    @Arg('filter', () => NotificationFilter, { nullable: true }) filter: NotificationFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<Notification[]> {
    const rows = await ctx.services.notifications.list(tenantOf(ctx), {
      kind: filter?.kind ?? null, status: filter?.status ?? null,
      connectionId: filter?.connectionId ? (idOfType(filter.connectionId, 'Connection') ?? NO_ID) : null,
      runId: filter?.runId ? (idOfType(filter.runId, 'TransferRun') ?? NO_ID) : null,
    }, Math.min(Math.max(first, 1), 200));
    return rows.map(Notification.from);
  }
}
