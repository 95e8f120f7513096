import { Field, ID, InputType } from 'type-graphql';
import { CalendarDateScalar, DecimalScalar } from '../../../graphql/scalars.js';

@InputType({ description: 'Books a cost on a project; the cost and billable price are computed.' })
export class RecordProjectCostInput {
  @Field(() => ID, { nullable: true, description: 'Global Project id (required).' }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global Supplier id.' }) supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global Product id.' }) productId?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) costDate?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Defaults to "1", like imported supplier-invoice lines.' }) quantity?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) unitCost?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' }) isBillable?: boolean | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Billable price as a percentage of the cost: "150" bills cost × 1.5 (SE-VN-59). Defaults to "100" (price = cost).',
  })
  markupPercent?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'VAT rate in percent; defaults to the product\'s (SE-FX-49).' }) vatRate?: string | null;
}
