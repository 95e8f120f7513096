import { Field, ID, InputType } from 'type-graphql';
import { SortDirection } from '../../common/sort.type.js';
import { ProjectSortField } from '../project.type.js';

@InputType()
export class ProjectFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or number.' }) search?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global Customer id.' }) customerId?: string | null;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isInternal?: boolean | null;
}

@InputType()
export class ProjectSort {
  @Field(() => ProjectSortField) field: ProjectSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}
