import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar } from '../../../graphql/scalars.js';

@InputType({ description: 'Creates a product, or updates the one with this id or number. Omitted fields keep their value on update.' })
export class UpsertProductInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true, description: 'Required to create a product: it is the link key to the ERP.' }) number?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) salesPrice?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) costPrice?: string | null;
  @Field(() => String, { nullable: true }) productGroup?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) vatRate?: string | null;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Stock on hand, for the inventory value (RB-25).' }) stockOnHand?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Sent as the ERP cost price unless "use actual cost price" is on (RB-22).' }) suggestedPurchasePrice?: string | null;
}
