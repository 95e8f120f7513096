import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role, actorOf, hasRole } from '../../graphql/principal.js';
import { pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { SaveInvoiceStatusPipelineInput, SaveInvoiceStatusPipelinePayload } from './dto/save-invoice-status-pipeline.input.js';
import type { LoadedPipeline } from './invoice-status.service.js';
import { InvoiceStatus, InvoiceStatusConnection, InvoiceStatusPipeline } from './invoice-status.type.js';

export function pipelineOf(loaded: LoadedPipeline): InvoiceStatusPipeline {
  return {
    statuses: loaded.rows.map(InvoiceStatus.from),
    transitions: loaded.pipeline.transitions,
    revision: loaded.meta.revision,
    updatedBy: loaded.meta.updatedBy,
    autoInvoice: loaded.meta.autoInvoice ?? null,
  };
}

@Resolver(() => InvoiceStatus)
export class InvoiceStatusResolver {
  @Authorized(Role.TENANT)
  @Query(() => InvoiceStatusConnection, { description: 'The tenant\'s invoice statuses in pipeline order.' })
  async invoiceStatuses(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<InvoiceStatusConnection> {
    const size = pageSize(first);
    const { rows } = await ctx.services.invoiceStatuses.load(tenantOf(ctx));
    // a pipeline has at most 50 statuses: page in memory by position
    const start = after ? Number(Buffer.from(after, 'base64url').toString()) + 1 : 0;
    const slice = rows.slice(Number.isInteger(start) && start >= 0 ? start : 0, (start || 0) + size);
    return InvoiceStatusConnection.from({
      nodes: slice.map(InvoiceStatus.from),
      cursors: slice.map((r) => Buffer.from(String(r.position)).toString('base64url')),
      hasNextPage: (start || 0) + size < rows.length,
      hasPreviousPage: start > 0,
      count: async () => rows.length,
    });
  }

  @Authorized(Role.TENANT)
  @Query(() => InvoiceStatusPipeline)
  async invoiceStatusPipeline(@Ctx() ctx: GraphqlContext): Promise<InvoiceStatusPipeline> {
    return pipelineOf(await ctx.services.invoiceStatuses.load(tenantOf(ctx)));
  }

  @Authorized(Role.ADMIN, Role.WRITER)
  @Mutation(() => SaveInvoiceStatusPipelinePayload, { description: 'Replaces the pipeline after checking every rule (SE-VN-40..48, X-19).' })
  async saveInvoiceStatusPipeline(
    @Ctx() ctx: GraphqlContext,
    @Arg('input', () => SaveInvoiceStatusPipelineInput) input: SaveInvoiceStatusPipelineInput,
  ): Promise<SaveInvoiceStatusPipelinePayload> {
    const result = await ctx.services.invoiceStatuses.save(tenantOf(ctx), input, actorOf(ctx.principal), hasRole(ctx.principal, Role.ADMIN));
    return result.ok ? { pipeline: pipelineOf(result.value), errors: [] } : { pipeline: null, errors: toInputErrors(result.error) };
  }
}
