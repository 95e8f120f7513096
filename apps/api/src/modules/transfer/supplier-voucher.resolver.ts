import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { SupplierInvoice } from '../supplier-invoice/supplier-invoice.type.js';
import { ExternalRefEntity } from './external-ref.entity.js';

@ObjectType({ description: 'The voucher a supplier invoice became in one connection\'s ERP journal (RB-09).' })
export class ErpVoucher {
  @Field(() => ID) connectionId: string;
  @Field({ description: 'Where the voucher is in the ERP, e.g. "2/2026-12" (journal/year-number in e-conomic).' }) externalId: string;
  @Field(() => String, { nullable: true }) voucherNumber: string | null;
  @Field() transferredAt: Date;
}

@Resolver(() => SupplierInvoice)
export class SupplierVoucherResolver {
  @FieldResolver(() => [ErpVoucher], { description: 'Vouchers filed for this invoice, one per connection it was sent to; empty until then.' })
  async erpVouchers(@Root() invoice: SupplierInvoice, @Ctx() ctx: GraphqlContext): Promise<ErpVoucher[]> {
    const tenantId = tenantOf(ctx);
    const refs = await ctx.db.read(tenantId, (m) => m.find(ExternalRefEntity, { where: { tenantId, recordType: 'supplierInvoice', recordId: invoice.entity.id }, order: { lastSyncedAt: 'ASC' } }));
    return refs.map((r) => ({ connectionId: toGlobalId('Connection', r.connectionId), externalId: r.externalId, voucherNumber: r.externalNumber, transferredAt: r.lastSyncedAt }));
  }
}
