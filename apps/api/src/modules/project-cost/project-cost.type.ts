import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';
import type { ProjectCostEntity } from './project-cost.entity.js';

@ObjectType({ implements: Node, description: 'A cost booked on a project, e.g. a supplier-invoice line from the ERP.' })
export class ProjectCost extends Node {
  /** The row id; not exposed. */
  rowId: string;
  /** Row ids of the related records, for the field resolvers; not exposed. */
  projectRowId: string;
  supplierRowId: string | null;
  productRowId: string | null;
  @Field() description: string;
  @Field(() => CalendarDateScalar) costDate: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => DecimalScalar) unitCost: string;
  @Field(() => DecimalScalar, { description: 'quantity × unitCost, rounded to 2 decimals.' }) costAmount: string;
  @Field({ description: 'Re-billable to the customer rather than a cost only.' }) isBillable: boolean;
  @Field(() => DecimalScalar, { description: 'What the cost is billed at: costAmount × the multiplier, or "0.00" when not billable.' })
  priceAmount: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'VAT rate in percent: the product\'s, else the company default (rules.companyVatRate); null when neither is set.' })
  vatRate: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(e: ProjectCostEntity): ProjectCost {
    return Object.assign(new ProjectCost(), {
      id: toGlobalId('ProjectCost', e.id), rowId: e.id, projectRowId: e.projectId, supplierRowId: e.supplierId, productRowId: e.productId,
      description: e.description, costDate: e.costDate, quantity: e.quantity, unitCost: e.unitCost, costAmount: e.costAmount,
      isBillable: e.isBillable, priceAmount: e.priceAmount, vatRate: e.vatRate, createdAt: e.createdAt, updatedAt: e.updatedAt,
    });
  }
}

export const ProjectCostConnection = ConnectionOf(ProjectCost, 'ProjectCost');
export type ProjectCostConnection = InstanceType<typeof ProjectCostConnection>;

export enum ProjectCostSortField {
  COST_DATE = 'COST_DATE',
  COST_AMOUNT = 'COST_AMOUNT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ProjectCostSortField, { name: 'ProjectCostSortField' });
