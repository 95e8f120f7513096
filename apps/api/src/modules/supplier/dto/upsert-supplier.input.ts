import { Field, ID, InputType } from 'type-graphql';
import { AddressInput } from '../../common/address.type.js';

@InputType()
export class BankAccountInput {
  @Field(() => String, { nullable: true }) iban?: string | null;
  @Field(() => String, { nullable: true }) accountNumber?: string | null;
  @Field(() => String, { nullable: true }) bic?: string | null;
}

@InputType({ description: 'Creates a supplier, or updates the one with this id or number. Omitted fields keep their value on update.' })
export class UpsertSupplierInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true }) number?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) organizationNumber?: string | null;
  @Field(() => String, { nullable: true }) vatNumber?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => AddressInput, { nullable: true }) address?: AddressInput | null;
  @Field(() => BankAccountInput, { nullable: true }) bankAccount?: BankAccountInput | null;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean | null;
}
