import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { toGlobalId } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import type { InvoiceKindValue } from '../invoice/invoice.type.js';
import { PipelineDryRunInput, PipelineDryRunPayload } from './dto/pipeline-dry-run.input.js';
import { InvoiceStatusPipelineVersion } from './invoice-status-version.type.js';
import { InvoiceStatusPipeline } from './invoice-status.type.js';
import { PipelineDryRunStep } from './pipeline-dry-run.type.js';

/** The pipeline editor's dry run and version history (issue #6); both read-only. */
@Resolver(() => InvoiceStatusPipeline)
export class PipelineDryRunResolver {
  @Authorized(Role.TENANT)
  @Query(() => PipelineDryRunPayload, {
    description: 'Checks an unsaved pipeline and walks a sample invoice through it; nothing is saved (SE-VN-40..48, X-19).',
  })
  async pipelineDryRun(
    @Ctx() ctx: GraphqlContext,
    @Arg('input', () => PipelineDryRunInput) input: PipelineDryRunInput,
  ): Promise<PipelineDryRunPayload> {
    const result = await ctx.services.pipelineDryRuns.dryRun(tenantOf(ctx), input);
    if (!result.ok) return { errors: toInputErrors(result.error), issues: [], sample: null, steps: [] };
    const { sample, report } = result.value;
    return {
      errors: [],
      issues: toInputErrors(report.issues),
      sample: {
        invoiceId: sample.invoiceRowId && toGlobalId('Invoice', sample.invoiceRowId),
        number: sample.number,
        kind: sample.invoice.kind as InvoiceKindValue,
        statusKey: sample.invoice.statusKey ?? null,
      },
      steps: report.steps.map(PipelineDryRunStep.from),
    };
  }

  @FieldResolver(() => [InvoiceStatusPipelineVersion], { description: 'Saved versions, newest first (at most 50), with who saved each and what it changed.' })
  async versions(@Ctx() ctx: GraphqlContext): Promise<InvoiceStatusPipelineVersion[]> {
    return (await ctx.services.invoiceStatusVersions.list(tenantOf(ctx))).map((v) => ({ ...v, id: toGlobalId('InvoiceStatusPipelineVersion', v.id) }));
  }
}
