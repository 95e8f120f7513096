import { Field, ID, InputType } from 'type-graphql';
import { CalendarDateScalar } from '../../../graphql/scalars.js';
import { SortDirection } from '../../common/sort.type.js';
import { ProjectCostSortField } from '../project-cost.type.js';

@InputType()
export class ProjectCostFilter {
  @Field(() => ID, { nullable: true, description: 'Global Project id.' }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global Supplier id.' }) supplierId?: string | null;
  @Field(() => Boolean, { nullable: true }) isBillable?: boolean | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Costs dated on or after this day.' }) from?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Costs dated on or before this day.' }) to?: string | null;
}

@InputType()
export class ProjectCostSort {
  @Field(() => ProjectCostSortField) field: ProjectCostSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}
