import { Field, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { Product } from '../product.type.js';

@ObjectType()
export class UpsertProductPayload {
  @Field(() => Product, { nullable: true }) product: Product | null;
  @Field(() => Boolean, { description: 'True when a new product was created, false when one was updated.' }) created: boolean;
  @Field(() => [InputError]) errors: InputError[];
}
