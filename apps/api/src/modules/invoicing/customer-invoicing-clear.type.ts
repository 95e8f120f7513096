import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { InputError } from '../../graphql/user-error.js';
import { Customer } from '../customer/customer.type.js';

/** One of a customer's own invoicing values, named like the tenant setting it overrides (PV-07). */
export enum CustomerInvoicingSettingValue {
  CREATION_MODE = 'CREATION_MODE',
  INVOICING_TIME = 'INVOICING_TIME',
  DELIVERY = 'DELIVERY',
}
registerEnumType(CustomerInvoicingSettingValue, { name: 'CustomerInvoicingSetting', description: 'A customer\'s own invoicing value (PV-07, PV-15).' });

@InputType()
export class ClearCustomerInvoicingInput {
  @Field(() => ID) customerId: string;
  @Field(() => [CustomerInvoicingSettingValue], { nullable: true, description: 'The own values to remove; omitted = all of them.' })
  settings?: CustomerInvoicingSettingValue[] | null;
}

@ObjectType()
export class ClearCustomerInvoicingPayload {
  @Field(() => Customer, { nullable: true }) customer: Customer | null;
  @Field(() => [InputError]) errors: InputError[];
}
