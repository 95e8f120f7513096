import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { actorOf, Role } from '../../graphql/principal.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import type { InvoicingSettingsEntity } from './invoicing-settings.entity.js';
import { InvoicingSettings, SaveInvoicingSettingsInput, SaveInvoicingSettingsPayload } from './invoicing-settings.type.js';

export function view(e: InvoicingSettingsEntity | null): InvoicingSettings {
  return Object.assign(new InvoicingSettings(), {
    creationMode: e?.creationMode ?? 'DRAFT', invoicingTime: e?.invoicingTime ?? 'ON_COMPLETION', delivery: e?.delivery ?? 'NONE',
    isSaved: e !== null, updatedBy: e?.updatedBy ?? null,
  });
}

@Resolver()
export class InvoicingSettingsResolver {
  @Authorized(Role.TENANT)
  @Query(() => InvoicingSettings)
  async invoicingSettings(@Ctx() ctx: GraphqlContext): Promise<InvoicingSettings> {
    return view(await ctx.services.invoicing.get(tenantOf(ctx)));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SaveInvoicingSettingsPayload)
  async saveInvoicingSettings(@Ctx() ctx: GraphqlContext, @Arg('input', () => SaveInvoicingSettingsInput) input: SaveInvoicingSettingsInput): Promise<SaveInvoicingSettingsPayload> {
    const result = await ctx.services.invoicing.save(tenantOf(ctx), input, actorOf(ctx.principal));
    return result.ok ? { settings: view(result.value), errors: [] } : { settings: null, errors: toInputErrors(result.error) };
  }
}
