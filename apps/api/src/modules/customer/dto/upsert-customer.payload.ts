import { Field, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { Customer } from '../customer.type.js';

@ObjectType()
export class UpsertCustomerPayload {
  @Field(() => Customer, { nullable: true }) customer: Customer | null;
  @Field(() => Boolean, { description: 'True when a new customer was created, false when one was updated.' }) created: boolean;
  @Field(() => [InputError]) errors: InputError[];
}
