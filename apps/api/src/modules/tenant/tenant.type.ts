import { Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay.js';
import type { TenantEntity } from './tenant.entity.js';

@ObjectType({ implements: Node })
export class Tenant extends Node {
  @Field() name: string;
  @Field() createdAt: Date;

  static from(e: TenantEntity): Tenant {
    return Object.assign(new Tenant(), { id: toGlobalId('Tenant', e.id), name: e.name, createdAt: e.createdAt });
  }
}
