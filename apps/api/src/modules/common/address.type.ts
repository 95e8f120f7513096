import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType()
export class Address {
  @Field() line1: string;
  @Field(() => String, { nullable: true }) line2: string | null;
  @Field() postalCode: string;
  @Field() city: string;
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DK' }) countryCode: string;
}

@InputType()
export class AddressInput {
  @Field() line1: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field() postalCode: string;
  @Field() city: string;
  @Field() countryCode: string;
}
