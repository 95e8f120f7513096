import { Field, InputType, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { Tenant } from '../tenant.type.js';

@InputType()
export class FirstAdminInput {
  @Field() email: string;
  @Field({ description: 'At least 12 characters.' }) password: string;
}

@InputType()
export class CreateTenantInput {
  @Field() name: string;
  @Field(() => FirstAdminInput, { nullable: true, description: 'The tenant\'s first admin user, who can then add others.' }) admin?: FirstAdminInput | null;
}

@ObjectType()
export class CreateTenantPayload {
  @Field(() => Tenant, { nullable: true }) tenant: Tenant | null;
  @Field(() => String, { nullable: true, description: 'The first API key for partner apps. Shown once; only its hash is stored.' })
  apiKey: string | null;
  @Field(() => [InputError]) errors: InputError[];
}
