import { Field, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { Supplier } from '../supplier.type.js';

@ObjectType()
export class UpsertSupplierPayload {
  @Field(() => Supplier, { nullable: true }) supplier: Supplier | null;
  @Field(() => Boolean, { description: 'True when a new supplier was created, false when one was updated.' }) created: boolean;
  @Field(() => [InputError]) errors: InputError[];
}
