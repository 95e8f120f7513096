import { Field, InputType } from 'type-graphql';
import { SortDirection } from '../../common/sort.type.js';
import { SupplierSortField } from '../supplier.type.js';

@InputType()
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name, number, e-mail or VAT number.' }) search?: string | null;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean | null;
  @Field(() => [String], { nullable: true }) numbers?: string[] | null;
}

@InputType()
export class SupplierSort {
  @Field(() => SupplierSortField) field: SupplierSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}
