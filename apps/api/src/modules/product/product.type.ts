import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import type { ProductEntity } from './product.entity.js';

@ObjectType({ implements: Node, description: 'A product, work type or expense type. Prices are exact decimals.' })
export class Product extends Node {
  /** The row id, for loaders; not exposed. */
  rowId: string;
  @Field({ description: 'The link key to the ERP item; cannot change once set.' }) number: string;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => DecimalScalar) salesPrice: string;
  @Field(() => DecimalScalar, { nullable: true }) costPrice: string | null;
  @Field(() => String, { nullable: true }) productGroup: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'VAT rate in percent, e.g. "25.00".' }) vatRate: string | null;
  @Field() isActive: boolean;
  @Field(() => DecimalScalar, { nullable: true, description: 'Stock on hand, for the inventory value (RB-25).' }) stockOnHand: string | null;
  @Field(() => DecimalScalar, { nullable: true }) suggestedPurchasePrice: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(e: ProductEntity): Product {
    return Object.assign(new Product(), {
      id: toGlobalId('Product', e.id), rowId: e.id, number: e.number, name: e.name, unit: e.unit, salesPrice: e.salesPrice,
      costPrice: e.costPrice, productGroup: e.productGroup, vatRate: e.vatRate, isActive: e.isActive,
      stockOnHand: e.stockOnHand, suggestedPurchasePrice: e.suggestedPurchasePrice, createdAt: e.createdAt, updatedAt: e.updatedAt,
    });
  }
}

export const ProductConnection = ConnectionOf(Product, 'Product');
export type ProductConnection = InstanceType<typeof ProductConnection>;

export enum ProductSortField {
  NUMBER = 'NUMBER',
  NAME = 'NAME',
  SALES_PRICE = 'SALES_PRICE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProductSortField, { name: 'ProductSortField' });
