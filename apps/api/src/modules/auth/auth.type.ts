import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay.js';
import { InputError } from '../../graphql/user-error.js';
import { Tenant } from '../tenant/tenant.type.js';
import type { ApiKeyEntity } from './api-key.entity.js';
import type { UserEntity } from './user.entity.js';

export enum UserRoleValue {
  ADMIN = 'ADMIN',
  VIEWER = 'VIEWER',
}
registerEnumType(UserRoleValue, { name: 'UserRole', description: 'ADMIN changes settings, keys and users; VIEWER reads.' });

export enum PrincipalKind {
  API_KEY = 'API_KEY',
  USER = 'USER',
  OPERATOR = 'OPERATOR',
}
registerEnumType(PrincipalKind, { name: 'PrincipalKind' });

@ObjectType({ implements: Node })
export class User extends Node {
  @Field() email: string;
  @Field(() => UserRoleValue) role: UserRoleValue;
  @Field() createdAt: Date;

  static from(e: UserEntity): User {
    return Object.assign(new User(), { id: toGlobalId('User', e.id), email: e.email, role: e.role as UserRoleValue, createdAt: e.createdAt });
  }
}

@ObjectType({ implements: Node, description: 'A key partner apps call the API with. The secret itself is never shown again.' })
export class ApiKey extends Node {
  @Field() name: string;
  @Field({ description: 'The first characters of the key, to tell keys apart.' }) prefix: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;

  static from(e: ApiKeyEntity): ApiKey {
    return Object.assign(new ApiKey(), { id: toGlobalId('ApiKey', e.id), name: e.name, prefix: e.prefix, createdAt: e.createdAt, revokedAt: e.revokedAt });
  }
}

@ObjectType()
export class Viewer {
  @Field(() => PrincipalKind) kind: PrincipalKind;
  @Field(() => Tenant, { nullable: true }) tenant: Tenant | null;
  @Field(() => User, { nullable: true }) user: User | null;
}

@InputType()
export class LoginInput {
  @Field() email: string;
  @Field() password: string;
  @Field(() => ID, { nullable: true, description: 'Needed only when the e-mail has access to several tenants.' }) tenantId?: string | null;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Session token: send as "Authorization: Bearer <token>".' }) token: string | null;
  @Field(() => User, { nullable: true }) user: User | null;
  @Field(() => Tenant, { nullable: true }) tenant: Tenant | null;
  @Field(() => [Tenant], { description: 'When the e-mail and password match users in several tenants: the ones to choose from (send one as tenantId).' })
  tenantChoices: Tenant[];
  @Field(() => [InputError]) errors: InputError[];
}

@InputType()
export class CreateUserInput {
  @Field() email: string;
  @Field() password: string;
  @Field(() => UserRoleValue) role: UserRoleValue;
}

@ObjectType()
export class CreateUserPayload {
  @Field(() => User, { nullable: true }) user: User | null;
  @Field(() => [InputError]) errors: InputError[];
}

@InputType()
export class CreateApiKeyInput {
  @Field() name: string;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true }) apiKey: ApiKey | null;
  @Field(() => String, { nullable: true, description: 'The key itself, shown once.' }) secret: string | null;
  @Field(() => [InputError]) errors: InputError[];
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID) id: string;
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true }) apiKey: ApiKey | null;
  @Field(() => [InputError]) errors: InputError[];
}

@ObjectType()
export class LogoutPayload {
  @Field() ok: boolean;
}
