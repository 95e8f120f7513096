import { Field, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { ProjectCost } from '../project-cost.type.js';

@ObjectType()
export class RecordProjectCostPayload {
  @Field(() => ProjectCost, { nullable: true }) projectCost: ProjectCost | null;
  @Field(() => [InputError]) errors: InputError[];
}
