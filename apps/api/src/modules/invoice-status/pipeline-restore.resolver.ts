import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role, actorOf } from '../../graphql/principal.js';
import { idOfType } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { RestoreInvoiceStatusPipelineVersionInput, RestoreInvoiceStatusPipelineVersionPayload } from './dto/restore-invoice-status-pipeline-version.input.js';
import { pipelineOf } from './invoice-status.resolver.js';
import { InvoiceStatusPipeline } from './invoice-status.type.js';

/** Restoring an old pipeline version from the editor's history (issue #6 screen 5, ADR 0022). */
@Resolver(() => InvoiceStatusPipeline)
export class PipelineRestoreResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => RestoreInvoiceStatusPipelineVersionPayload, {
    description: 'Saves an old version as a new one after checking it against today\'s rules (SE-VN-40..48, X-19); a version that no longer passes changes nothing.',
  })
  async restoreInvoiceStatusPipelineVersion(
    @Ctx() ctx: GraphqlContext,
    @Arg('input', () => RestoreInvoiceStatusPipelineVersionInput) input: RestoreInvoiceStatusPipelineVersionInput,
  ): Promise<RestoreInvoiceStatusPipelineVersionPayload> {
    const result = await ctx.services.pipelineRestores.restore(tenantOf(ctx), idOfType(input.versionId, 'InvoiceStatusPipelineVersion'), actorOf(ctx.principal));
    return result.ok ? { pipeline: pipelineOf(result.value), errors: [] } : { pipeline: null, errors: toInputErrors(result.error) };
  }
}
