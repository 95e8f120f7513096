import { Field, ID, InputType } from 'type-graphql';
import { CalendarDateScalar } from '../../../graphql/scalars.js';

@InputType({ description: 'Creates a project, or updates the one with this id or number. Omitted fields keep their value on update.' })
export class UpsertProjectInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true, description: 'Required to create a project: it is the link key to the ERP.' }) number?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global Customer id; required unless the project is internal.' }) customerId?: string | null;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isInternal?: boolean | null;
  @Field(() => CalendarDateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Sent as the ERP project\'s comments (Fortnox Comments, SE-FX-55/5); at most 512 characters; blank clears.' }) description?: string | null;
}
