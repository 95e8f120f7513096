import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/relay.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import type { InventoryValuePostingEntity } from './inventory-value-posting.entity.js';

@ObjectType({ description: 'One period\'s inventory value voucher (RB-25..RB-29).' })
export class InventoryValuePosting {
  @Field(() => ID) id: string;
  @Field({ description: '"2026-11-23", "2026-W48" or "2026-11", by the frequency' }) periodKey: string;
  @Field() frequency: string;
  @Field(() => DecimalScalar, { description: 'Σ stock on hand × cost price when the voucher was made.' }) inventoryValue: string;
  @Field(() => DecimalScalar, { description: 'The change posted: debit inventory when positive, credit when negative.' }) amount: string;
  @Field() journalNumber: string;
  @Field({ description: 'OPEN (may be in the ERP, checked before any retry), DONE or FAILED' }) status: string;
  @Field(() => String, { nullable: true, description: 'The ERP voucher; null when nothing changed.' }) externalId: string | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() createdAt: Date;

  static from(e: InventoryValuePostingEntity): InventoryValuePosting {
    return Object.assign(new InventoryValuePosting(), {
      id: toGlobalId('InventoryValuePosting', e.id), periodKey: e.periodKey, frequency: e.frequency, inventoryValue: e.inventoryValue, amount: e.amount,
      journalNumber: e.journalNumber, status: e.status, externalId: e.externalId, error: e.error, createdAt: e.createdAt,
    });
  }
}
