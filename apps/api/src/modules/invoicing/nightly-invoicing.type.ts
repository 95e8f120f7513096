import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars.js';
import { InputError } from '../../graphql/user-error.js';

@ObjectType({ description: 'The nightly run for invoicing "before the job is completed" (PV-10, PV-12); weekends are skipped, Friday covers them.' })
export class NightlyInvoicing {
  @Field(() => Int, { description: 'Local hour (0–23) from which the run happens. Default 2.' }) hour: number;
  @Field({ description: 'IANA time zone of the hour and the working days. Default Europe/Copenhagen.' }) timeZone: string;
  @Field({ description: 'False while the defaults apply.' }) isSaved: boolean;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Local day of the last nightly run.' }) lastRunDay: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Invoices of jobs up to this day may be transferred.' }) openedThrough: string | null;
}

@InputType()
export class SaveNightlyInvoicingInput {
  @Field(() => Int, { nullable: true }) hour?: number | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
}

@ObjectType()
export class SaveNightlyInvoicingPayload {
  @Field(() => NightlyInvoicing, { nullable: true }) settings: NightlyInvoicing | null;
  @Field(() => [InputError]) errors: InputError[];
}
