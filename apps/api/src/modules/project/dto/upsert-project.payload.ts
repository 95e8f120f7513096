import { Field, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { Project } from '../project.type.js';

@ObjectType()
export class UpsertProjectPayload {
  @Field(() => Project, { nullable: true }) project: Project | null;
  @Field(() => Boolean, { description: 'True when a new project was created, false when one was updated.' }) created: boolean;
  @Field(() => [InputError]) errors: InputError[];
}
