import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { actorOf, Role } from '../../graphql/principal.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import type { NightlyInvoicingState } from './nightly-invoicing.service.js';
import { NightlyInvoicing, SaveNightlyInvoicingInput, SaveNightlyInvoicingPayload } from './nightly-invoicing.type.js';

function view(s: NightlyInvoicingState): NightlyInvoicing {
  return Object.assign(new NightlyInvoicing(), s);
}

@Resolver()
export class NightlyInvoicingResolver {
  @Authorized(Role.TENANT)
  @Query(() => NightlyInvoicing)
  async nightlyInvoicing(@Ctx() ctx: GraphqlContext): Promise<NightlyInvoicing> {
    return view(await ctx.services.nightlyInvoicing.get(tenantOf(ctx)));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SaveNightlyInvoicingPayload)
  async saveNightlyInvoicing(@Ctx() ctx: GraphqlContext, @Arg('input', () => SaveNightlyInvoicingInput) input: SaveNightlyInvoicingInput): Promise<SaveNightlyInvoicingPayload> {
    const result = await ctx.services.nightlyInvoicing.save(tenantOf(ctx), input, actorOf(ctx.principal));
    return result.ok ? { settings: view(result.value), errors: [] } : { settings: null, errors: toInputErrors(result.error) };
  }
}
