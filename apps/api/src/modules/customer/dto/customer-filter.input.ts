import { Field, InputType } from 'type-graphql';
import { SortDirection } from '../../common/sort.type.js';
import { CustomerSortField } from '../customer.type.js';

@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name, number, e-mail or VAT number.' }) search?: string | null;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isProspect?: boolean | null;
  @Field(() => [String], { nullable: true }) numbers?: string[] | null;
}

@InputType()
export class CustomerSort {
  @Field(() => CustomerSortField) field: CustomerSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}
