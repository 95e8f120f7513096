import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import { CalendarDateScalar } from '../../graphql/scalars.js';
import type { ProjectEntity } from './project.entity.js';

@ObjectType({ implements: Node, description: 'A project; internal projects are never sent to the ERP.' })
export class Project extends Node {
  /** The row id, for loaders; not exposed. */
  rowId: string;
  /** Row id of the customer, for the `customer` field resolver; not exposed. */
  customerRowId: string | null;
  @Field({ description: 'The link key to the ERP project; cannot change once set.' }) number: string;
  @Field() name: string;
  @Field() isActive: boolean;
  @Field() isInternal: boolean;
  @Field(() => CalendarDateScalar, { nullable: true }) startDate: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) endDate: string | null;
  @Field(() => String, { nullable: true, description: 'Sent as the ERP project\'s comments (SE-FX-55/5).' }) description: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(e: ProjectEntity): Project {
    return Object.assign(new Project(), {
      id: toGlobalId('Project', e.id), rowId: e.id, customerRowId: e.customerId, number: e.number, name: e.name,
      isActive: e.isActive, isInternal: e.isInternal, startDate: e.startDate, endDate: e.endDate, description: e.description,
      createdAt: e.createdAt, updatedAt: e.updatedAt,
    });
  }
}

export const ProjectConnection = ConnectionOf(Project, 'Project');
export type ProjectConnection = InstanceType<typeof ProjectConnection>;

export enum ProjectSortField {
  NUMBER = 'NUMBER',
  NAME = 'NAME',
  START_DATE = 'START_DATE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });
