import { z } from 'zod';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import {
  Connection, ConnectionPayload, ConnectorInfo, ConnectSystemInput, ConnectSystemPayload, ReferenceData, ReferenceDataKindValue, TestConnectionInput,
  Preflight, TestConnectionPayload, UpdateConnectionSettingsInput, UpdateTransferRulesInput,
} from './connection.type.js';

const notFound = (field: string) => [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', [field])];

@Resolver(() => Connection)
export class ConnectionResolver {
  @Authorized(Role.TENANT)
  @Query(() => [ConnectorInfo], { description: 'The systems this installation can connect to.' })
  connectors(@Ctx() ctx: GraphqlContext): ConnectorInfo[] {
    return [...ctx.services.connections.catalog.values()].map(({ manifest, oauth }) => {
      // OAuth systems ask only for the client; the tokens come from the authorization
      const credentialsSchema = z.toJSONSchema(oauth?.clientSchema ?? manifest.credentialsSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      const props = (credentialsSchema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
      for (const secret of manifest.secretFields) if (props[secret]) props[secret]['writeOnly'] = true;
      return {
        id: manifest.id, displayName: manifest.displayName, docsUrl: manifest.docsUrl, authMode: manifest.authMode,
        capabilities: Object.entries(manifest.capabilities).map(([register, access]) => ({ register, access: [...(access ?? [])] })),
        credentialsSchema,
        settingsSchema: z.toJSONSchema(manifest.settingsSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
      };
    });
  }

  @Authorized(Role.TENANT)
  @Query(() => [Connection])
  async connections(@Ctx() ctx: GraphqlContext): Promise<Connection[]> {
    return (await ctx.services.connections.list(tenantOf(ctx))).map(Connection.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ConnectSystemPayload)
  async connectSystem(@Ctx() ctx: GraphqlContext, @Arg('input', () => ConnectSystemInput) input: ConnectSystemInput): Promise<ConnectSystemPayload> {
    const result = await ctx.services.connections.connect(tenantOf(ctx), { ...input, settings: input.settings ?? {} });
    return result.ok
      ? { connection: Connection.from(result.value.connection), authorizeUrl: result.value.authorizeUrl, errors: [] }
      : { connection: null, authorizeUrl: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.WRITER)
  @Mutation(() => TestConnectionPayload)
  async testConnection(@Ctx() ctx: GraphqlContext, @Arg('input', () => TestConnectionInput) input: TestConnectionInput): Promise<TestConnectionPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { connection: null, accountName: null, problem: null, errors: notFound('connectionId') };
    const result = await ctx.services.connections.test(tenantOf(ctx), id);
    if (!result.ok) return { connection: null, accountName: null, problem: null, errors: toInputErrors(result.error) };
    const { connection, accountName, problem } = result.value;
    return { connection: Connection.from(connection), accountName, problem: problem && { code: problem.code, message: problem.message }, errors: [] };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ConnectionPayload, { description: 'The engine\'s rules for a connection (SE-VN-59, SE-FX-48, SE-FX-28, X-16).' })
  async updateTransferRules(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpdateTransferRulesInput) input: UpdateTransferRulesInput): Promise<ConnectionPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { connection: null, errors: notFound('connectionId') };
    const result = await ctx.services.connections.updateRules(tenantOf(ctx), id, input.rules);
    return result.ok ? { connection: Connection.from(result.value), errors: [] } : { connection: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ConnectionPayload)
  async updateConnectionSettings(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpdateConnectionSettingsInput) input: UpdateConnectionSettingsInput): Promise<ConnectionPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { connection: null, errors: notFound('connectionId') };
    const result = await ctx.services.connections.updateSettings(tenantOf(ctx), id, input.settings, input.autoTransferInvoices ?? undefined);
    return result.ok ? { connection: Connection.from(result.value), errors: [] } : { connection: null, errors: toInputErrors(result.error) };
  }

  @FieldResolver(() => ReferenceData, { description: 'The ERP\'s reference data of one kind, read live (for settings and mappings).' })
  async referenceData(
    @Root() connection: Connection,
    @Ctx() ctx: GraphqlContext,
    @Arg('kind', () => ReferenceDataKindValue) kind: ReferenceDataKindValue,
  ): Promise<ReferenceData> {
    const connector = ctx.services.connections.connectorFor(connection.entity);
    if (!connector.ok) return { items: [], problem: { code: 'UNAVAILABLE', message: connector.error } };
    if (!connector.value.listReferenceData) return { items: [], problem: { code: 'UNSUPPORTED', message: `${connection.connectorId} offers no reference data` } };
    const result = await connector.value.listReferenceData(kind);
    if (!result.ok) return { items: [], problem: { code: result.error.code, message: result.error.message } };
    return { items: result.value.map((r) => ({ externalId: r.externalId, code: r.code ?? null, name: r.name, isBlocked: r.isBlocked === true, entryTypes: r.entryTypes ? [...r.entryTypes] : null })), problem: null };
  }

  @FieldResolver(() => Preflight, { description: 'The pre-flight check, run live against the ERP.' })
  async preflight(@Root() connection: Connection, @Ctx() ctx: GraphqlContext): Promise<Preflight> {
    const findings = await ctx.services.transfers.preflight(tenantOf(ctx), ctx.services, connection.entity);
    return { isReady: !findings.some((f) => f.severity === 'ERROR'), findings };
  }
}
