import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';

/** The codes a payload error can carry; mirrors the domain's FieldErrorCode plus access codes. */
export enum InputErrorCode {
  REQUIRED = 'REQUIRED',
  INVALID_FORMAT = 'INVALID_FORMAT',
  TOO_LONG = 'TOO_LONG',
  TOO_SMALL = 'TOO_SMALL',
  TOO_LARGE = 'TOO_LARGE',
  INVALID_VALUE = 'INVALID_VALUE',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  PIPELINE_INVALID = 'PIPELINE_INVALID',
  NOT_EDITABLE = 'NOT_EDITABLE',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ALREADY_DONE = 'ALREADY_DONE',
  ALREADY_LINKED = 'ALREADY_LINKED',
  BLOCKED = 'BLOCKED',
  ERP_UNAVAILABLE = 'ERP_UNAVAILABLE',
  /** The connection's credentials were deleted; reconnect before transferring. */
  DISCONNECTED = 'DISCONNECTED',
}
registerEnumType(InputErrorCode, { name: 'InputErrorCode', description: 'Why an input was refused.' });

@InterfaceType({ description: 'A problem with the input that the caller can fix.' })
export abstract class UserError {
  @Field() message: string;
  @Field(() => [String], { nullable: true, description: 'Path of the offending field in the input, e.g. ["lines","0","quantity"].' })
  field: string[] | null;
}

@ObjectType({ implements: UserError })
export class InputError extends UserError {
  @Field(() => InputErrorCode) code: InputErrorCode;
}

export interface FieldErrorLike {
  code: string;
  message: string;
  field: readonly (string | number)[];
}

export function toInputErrors(errors: readonly FieldErrorLike[]): InputError[] {
  return errors.map((e) => {
    const out = new InputError();
    out.code = (Object.values(InputErrorCode) as string[]).includes(e.code) ? (e.code as InputErrorCode) : InputErrorCode.INVALID_VALUE;
    out.message = e.message;
    out.field = e.field.length > 0 ? e.field.map(String) : null;
    return out;
  });
}

export function inputError(code: InputErrorCode, message: string, field: (string | number)[] = []): InputError {
  return toInputErrors([{ code, message, field }])[0]!;
}
