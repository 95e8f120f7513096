import { Field, ID, InputType } from 'type-graphql';
import { CalendarDateScalar } from '../../../graphql/scalars.js';
import { SortDirection } from '../../common/sort.type.js';
import { PaymentSortField } from '../payment.type.js';

@InputType()
export class PaymentFilter {
  @Field(() => ID, { nullable: true, description: 'Global Invoice id.' }) invoiceId?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Paid on or after this day.' }) from?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Paid on or before this day.' }) to?: string | null;
}

@InputType()
export class PaymentSort {
  @Field(() => PaymentSortField) field: PaymentSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}
