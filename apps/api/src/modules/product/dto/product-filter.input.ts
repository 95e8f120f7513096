import { Field, InputType } from 'type-graphql';
import { SortDirection } from '../../common/sort.type.js';
import { ProductSortField } from '../product.type.js';

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or number.' }) search?: string | null;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Exact product group.' }) productGroup?: string | null;
  @Field(() => [String], { nullable: true }) numbers?: string[] | null;
}

@InputType()
export class ProductSort {
  @Field(() => ProductSortField) field: ProductSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}
