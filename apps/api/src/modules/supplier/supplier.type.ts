import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import { Address } from '../common/address.type.js';
import { decodeBankAccount } from './bank-account.mapper.js';
import type { SupplierEntity } from './supplier.entity.js';

@ObjectType({ description: 'Where a supplier is paid: an IBAN or a domestic account number, or both.' })
export class BankAccount {
  @Field(() => String, { nullable: true }) iban: string | null;
  @Field(() => String, { nullable: true }) accountNumber: string | null;
  @Field(() => String, { nullable: true }) bic: string | null;
}

@ObjectType({ implements: Node, description: 'A supplier (creditor) of the tenant; its invoices become project costs.' })
export class Supplier extends Node {
  /** The row id, for loaders; not exposed. */
  rowId: string;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field() name: string;
  @Field(() => String, { nullable: true }) organizationNumber: string | null;
  @Field(() => String, { nullable: true }) vatNumber: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Address, { nullable: true }) address: Address | null;
  @Field(() => BankAccount, { nullable: true }) bankAccount: BankAccount | null;
  @Field() isActive: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(e: SupplierEntity): Supplier {
    const account = decodeBankAccount(e.bankAccount);
    return Object.assign(new Supplier(), {
      id: toGlobalId('Supplier', e.id), rowId: e.id, number: e.number, name: e.name, organizationNumber: e.organizationNumber,
      vatNumber: e.vatNumber, email: e.email, address: e.address && { line2: null, ...e.address },
      bankAccount: account && { iban: account.iban ?? null, accountNumber: account.accountNumber ?? null, bic: account.bic ?? null },
      isActive: e.isActive, createdAt: e.createdAt, updatedAt: e.updatedAt,
    });
  }
}

export const SupplierConnection = ConnectionOf(Supplier, 'Supplier');
export type SupplierConnection = InstanceType<typeof SupplierConnection>;

export enum SupplierSortField {
  NUMBER = 'NUMBER',
  NAME = 'NAME',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(SupplierSortField, { name: 'SupplierSortField' });
