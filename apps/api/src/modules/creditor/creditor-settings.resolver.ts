import { undecidedCells } from '@ledgerbridge/domain';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import { Connection } from '../connection/connection.type.js';
import { creditorView, CreditorSettingsService, type CreditorView } from './creditor-settings.service.js';
import {
  CreditorSettings, CreditorSettingsPayload, OneStopShopVat, OneStopShopVatPayload, UpdateCreditorSettingsInput, UpdateOneStopShopVatInput,
  type VatZoneValue,
} from './creditor-settings.type.js';
import { productGroupsInUse } from './product-groups.js';

const notFound = () => [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])];

async function creditorType(ctx: GraphqlContext, view: CreditorView): Promise<CreditorSettings> {
  const { creditor } = view;
  const groups = await productGroupsInUse(ctx.db, tenantOf(ctx));
  return {
    isEnabled: creditor.isEnabled, companyCountry: view.companyCountry, supplierControlAccount: creditor.supplierControlAccount ?? null,
    journalNumber: creditor.journalNumber ?? null, fallbackAccount: creditor.fallbackAccount ?? null,
    postingMatrix: creditor.postingMatrix.map((c) => ({ ...c, vatZone: c.vatZone as VatZoneValue })),
    undecidedCells: undecidedCells(groups, creditor.postingMatrix).map((c) => ({ ...c, vatZone: c.vatZone as VatZoneValue })),
  };
}

function ossType(view: CreditorView): OneStopShopVat {
  return { isEnabled: view.oneStopShopVat.isEnabled, vatZoneNumber: view.oneStopShopVat.vatZoneNumber ?? null, companyCountry: view.companyCountry };
}

/** Creditor integration (RB-07..RB-12) and One Stop Shop VAT (RB-21) settings, typed, on each connection. */
@Resolver(() => Connection)
export class CreditorSettingsResolver {
  @FieldResolver(() => CreditorSettings, { description: 'Supplier invoices to an ERP journal with a posting matrix (RB-07..RB-12).' })
  async creditorSettings(@Root() connection: Connection, @Ctx() ctx: GraphqlContext): Promise<CreditorSettings> {
    return creditorType(ctx, creditorView(connection.entity));
  }

  @FieldResolver(() => OneStopShopVat, { description: 'One Stop Shop VAT for EU consumers (RB-21).' })
  oneStopShopVat(@Root() connection: Connection): OneStopShopVat {
    return ossType(creditorView(connection.entity));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreditorSettingsPayload, { description: 'Replaces the creditor settings of a connection (RB-07..RB-12).' })
  async updateCreditorSettings(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpdateCreditorSettingsInput) input: UpdateCreditorSettingsInput): Promise<CreditorSettingsPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { creditorSettings: null, errors: notFound() };
    const result = await new CreditorSettingsService(ctx.services.connections).updateCreditor(tenantOf(ctx), id, input as unknown as Record<string, unknown>);
    return result.ok ? { creditorSettings: await creditorType(ctx, result.value), errors: [] } : { creditorSettings: null, errors: toInputErrors(result.error) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OneStopShopVatPayload, { description: 'Switches One Stop Shop VAT for EU consumers on or off (RB-21).' })
  async updateOneStopShopVat(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpdateOneStopShopVatInput) input: UpdateOneStopShopVatInput): Promise<OneStopShopVatPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { oneStopShopVat: null, errors: notFound() };
    const result = await new CreditorSettingsService(ctx.services.connections).updateOneStopShop(tenantOf(ctx), id, input as unknown as Record<string, unknown>);
    return result.ok ? { oneStopShopVat: ossType(result.value), errors: [] } : { oneStopShopVat: null, errors: toInputErrors(result.error) };
  }
}
