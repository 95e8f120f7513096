// Projects API rules and error model (vendor-apis.md §1.8). That API is a separate, versioned
// service: one error per response, `{ message, errorCode, property, developerHint, logId,
// logTimeUtc }`, with `ProjectCannotBeCreatedUpdated…` codes.
import type { SandboxResponse } from '../core/router.js';
import type { AuthErrors } from './http.js';
import { AMOUNT_SCALE, parseScaled } from './money.js';
import type { Project } from './model.js';
import { isObject, type JsonBody } from './rules.js';
import { logId } from './style.js';
import type { EconomicStore } from './store.js';

/** Projects API error codes: GroupDoesNotExist and CustomerNumberRequired are sourced (E4),
 * NumberAlreadyExists is seen in third-party client code, the rest are sandbox stand-ins. */
export const projectCodes = {
  groupDoesNotExist: 'ProjectCannotBeCreatedUpdatedGroupDoesNotExist',
  customerNumberRequired: 'ProjectCannotBeCreatedUpdatedCustomerNumberRequired',
  numberAlreadyExists: 'ProjectCannotBeCreatedUpdatedNumberAlreadyExists',
  customerDoesNotExist: 'ProjectCannotBeCreatedUpdatedCustomerDoesNotExist',
  invalidInput: 'InputValidationFailed',
  versionConflict: 'ObjectVersionConflict',
  notFound: 'ResourceNotFound',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
} as const;

export function projectError(status: number, message: string, errorCode: string, property?: string, developerHint?: string): SandboxResponse {
  return {
    status,
    body: {
      message,
      errorCode,
      ...(property === undefined ? {} : { property }),
      developerHint: developerHint ?? 'See https://apis.e-conomic.com for the Projects API.',
      logId: logId(),
      logTimeUtc: new Date().toISOString(),
    },
  };
}

export const projectAuthErrors: AuthErrors = {
  unauthorized: (reason) => projectError(401, `Unauthorized access. ${reason}`, projectCodes.unauthorized, undefined, 'Take a look at https://apis.e-conomic.com and follow the links to help on authorization, or use the word demo for both tokens.'),
  forbidden: (reason) => projectError(403, `Access forbidden. ${reason}`, projectCodes.forbidden),
  unsupportedMediaType: () => projectError(415, 'Unsupported media type.', projectCodes.invalidInput, undefined, 'Send Content-Type: application/json.'),
};

export type ProjectInput = Omit<Project, 'objectVersion' | 'lastUpdated' | 'isClosed' | 'number'> & { readonly number?: number; readonly objectVersion?: string };

const invalid = (property: string, message: string): SandboxResponse => projectError(400, message, projectCodes.invalidInput, property);

function optionalInt(body: JsonBody, key: string): number | undefined | SandboxResponse {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 999_999_999) return invalid(key, `${key} must be an integer between 0 and 999999999.`);
  return value;
}

function isResponse(value: unknown): value is SandboxResponse {
  return isObject(value) && typeof value.status === 'number' && 'body' in value;
}

/** Validates a project; the first problem is the answer, as that API reports one at a time. */
export function parseProject(store: EconomicStore, body: JsonBody): ProjectInput | SandboxResponse {
  const number = optionalInt(body, 'number');
  if (isResponse(number)) return number;
  const name = body.name;
  if (typeof name !== 'string' || name.trim() === '') return invalid('name', 'The name is required and must contain at least one character.');
  if (name.length > 100) return invalid('name', 'The name can be at most 100 characters long.');
  const group = typeof body.projectGroupNumber === 'number' ? store.projectGroups.get(body.projectGroupNumber) : undefined;
  if (!group) return projectError(400, 'The project group does not exist.', projectCodes.groupDoesNotExist, 'projectGroupNumber');
  const customerNumber = optionalInt(body, 'customerNumber');
  if (isResponse(customerNumber)) return customerNumber;
  if (customerNumber === undefined && group.type !== 1) {
    return projectError(400, 'A customer number is required for projects that are not internal.', projectCodes.customerNumberRequired, 'customerNumber');
  }
  if (customerNumber !== undefined && !store.customers.has(customerNumber)) {
    return projectError(400, `Customer ${customerNumber} does not exist.`, projectCodes.customerDoesNotExist, 'customerNumber');
  }
  const description = body.description;
  if (description !== undefined && description !== null && (typeof description !== 'string' || description.length > 2500)) return invalid('description', 'The description can be at most 2500 characters long.');
  const mainProjectNumber = optionalInt(body, 'mainProjectNumber');
  if (isResponse(mainProjectNumber)) return mainProjectNumber;
  if (mainProjectNumber !== undefined && !store.projects.get(mainProjectNumber)?.isMainProject) return invalid('mainProjectNumber', `Project ${mainProjectNumber} is not a main project.`);
  const responsibleEmployeeNumber = optionalInt(body, 'responsibleEmployeeNumber');
  if (isResponse(responsibleEmployeeNumber)) return responsibleEmployeeNumber;
  const status = optionalInt(body, 'status');
  if (isResponse(status)) return status;
  const deliveryDate = body.deliveryDate;
  if (deliveryDate !== undefined && deliveryDate !== null && (typeof deliveryDate !== 'string' || Number.isNaN(Date.parse(deliveryDate)))) return invalid('deliveryDate', 'deliveryDate must be a date-time.');
  let fixedPrice: bigint | undefined;
  if (body.fixedPrice !== undefined && body.fixedPrice !== null) {
    const parsed = parseScaled(body.fixedPrice, AMOUNT_SCALE);
    if (!parsed.ok) return invalid('fixedPrice', 'fixedPrice must be a number with at most 2 decimals.');
    fixedPrice = parsed.units;
  }
  const optional = {
    number,
    customerNumber,
    description: typeof description === 'string' && description !== '' ? description : undefined,
    mainProjectNumber,
    responsibleEmployeeNumber,
    status,
    deliveryDate: typeof deliveryDate === 'string' ? deliveryDate : undefined,
    fixedPrice,
    objectVersion: typeof body.objectVersion === 'string' ? body.objectVersion : undefined,
  };
  return {
    ...(Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) as Partial<ProjectInput>),
    name,
    projectGroupNumber: group.number,
    isMainProject: body.isMainProject === true,
    isBarred: body.isBarred === true,
  };
}

export { isResponse as isProjectResponse };
