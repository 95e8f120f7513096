import { transferRulesFor } from '@ledgerbridge/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay.js';
import { InputError } from '../../graphql/user-error.js';
import type { ConnectionEntity } from './connection.entity.js';

export enum ConnectionStatusValue {
  ACTIVE = 'ACTIVE',
  NEEDS_RECONNECT = 'NEEDS_RECONNECT',
  DISABLED = 'DISABLED',
  /** Credentials deleted by an admin; history and links kept until reconnected. */
  DISCONNECTED = 'DISCONNECTED',
}
registerEnumType(ConnectionStatusValue, { name: 'ConnectionStatus' });

@ObjectType()
export class RegisterCapability {
  @Field() register: string;
  @Field(() => [String], { description: 'read and/or write' }) access: string[];
}

@ObjectType({ description: 'A system Ledgerbridge can connect to, from its connector manifest.' })
export class ConnectorInfo {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() docsUrl: string;
  @Field({ description: 'oauth2, api-token or agreement-grant' }) authMode: string;
  @Field(() => [RegisterCapability]) capabilities: RegisterCapability[];
  @Field(() => GraphQLJSONObject, { description: 'JSON Schema of the credentials (secret fields marked writeOnly).' }) credentialsSchema: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { description: 'JSON Schema of the connection settings, with defaults.' }) settingsSchema: Record<string, unknown>;
}

@ObjectType({ implements: Node, description: 'A tenant\'s link to one external system. Credentials are never returned.' })
export class Connection extends Node {
  entity: ConnectionEntity;
  @Field() connectorId: string;
  @Field() name: string;
  @Field(() => ConnectionStatusValue) status: ConnectionStatusValue;
  @Field(() => String, { nullable: true, description: 'Why the connection needs attention.' }) statusReason: string | null;
  @Field(() => GraphQLJSONObject) settings: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { description: 'The transfer engine\'s rules for this connection, defaults applied (project costs, default products, name limits; registers: master systems, numbering, eligibility, projects, number rules, with the connector\'s defaults).' }) rules: Record<string, unknown>;
  @Field(() => Date, { nullable: true }) tokenExpiresAt: Date | null;
  @Field({ description: 'Invoices entering the transfer status are sent at once (X-20); off until turned on.' }) autoTransferInvoices: boolean;
  @Field() createdAt: Date;

  static from(e: ConnectionEntity): Connection {
    return Object.assign(new Connection(), {
      entity: e, id: toGlobalId('Connection', e.id), connectorId: e.connectorId, name: e.name, status: e.status as ConnectionStatusValue,
      statusReason: e.statusReason, settings: e.settings, rules: transferRulesFor(e.connectorId, e.rules), tokenExpiresAt: e.tokenExpiresAt, autoTransferInvoices: e.autoTransferInvoices, createdAt: e.createdAt,
    });
  }
}

@InputType()
export class ConnectSystemInput {
  @Field() connectorId: string;
  @Field() name: string;
  @Field(() => GraphQLJSONObject, { description: 'As the connector\'s credentialsSchema describes; for OAuth systems the client id and secret.' })
  credentials: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { nullable: true }) settings?: Record<string, unknown> | null;
}

@ObjectType()
export class ConnectSystemPayload {
  @Field(() => Connection, { nullable: true }) connection: Connection | null;
  @Field(() => String, { nullable: true, description: 'OAuth systems: send the admin here to authorize; the callback completes the connection.' })
  authorizeUrl: string | null;
  @Field(() => [InputError]) errors: InputError[];
}

@InputType()
export class TestConnectionInput {
  @Field(() => ID) connectionId: string;
}

@ObjectType()
export class ConnectionProblem {
  @Field() code: string;
  @Field() message: string;
}

@ObjectType()
export class TestConnectionPayload {
  @Field(() => Connection, { nullable: true }) connection: Connection | null;
  @Field(() => String, { nullable: true }) accountName: string | null;
  @Field(() => ConnectionProblem, { nullable: true, description: 'What the system answered when the test failed.' }) problem: ConnectionProblem | null;
  @Field(() => [InputError]) errors: InputError[];
}

@InputType()
export class UpdateConnectionSettingsInput {
  @Field(() => ID) connectionId: string;
  @Field(() => GraphQLJSONObject, { description: 'Settings to change; others keep their value.' }) settings: Record<string, unknown>;
  @Field(() => Boolean, { nullable: true }) autoTransferInvoices?: boolean | null;
}

@ObjectType()
export class ConnectionPayload {
  @Field(() => Connection, { nullable: true }) connection: Connection | null;
  @Field(() => [InputError]) errors: InputError[];
}

export enum ReferenceDataKindValue {
  ACCOUNTS = 'accounts',
  VAT_CODES = 'vatCodes',
  PAYMENT_TERMS = 'paymentTerms',
  UNITS = 'units',
  PRODUCT_GROUPS = 'productGroups',
  CURRENCIES = 'currencies',
  JOURNALS = 'journals',
  LAYOUTS = 'layouts',
  CUSTOMER_GROUPS = 'customerGroups',
}
registerEnumType(ReferenceDataKindValue, { name: 'ReferenceDataKind' });

@ObjectType({ description: 'A code the ERP requires records to use (group, layout, unit, VAT code, account…).' })
export class ReferenceItem {
  @Field() externalId: string;
  @Field(() => String, { nullable: true }) code: string | null;
  @Field() name: string;
  @Field({ description: 'Blocked (barred) in the ERP: postings to it are refused (RB-10).' }) isBlocked: boolean;
  @Field(() => [String], { nullable: true, description: 'Journals: the voucher entry types it accepts (e.g. financeVoucher, RB-27); null = any.' }) entryTypes?: string[] | null;
}

@ObjectType({ description: 'Read live from the ERP; `problem` instead of failing the query when it cannot be read.' })
export class ReferenceData {
  @Field(() => [ReferenceItem]) items: ReferenceItem[];
  @Field(() => ConnectionProblem, { nullable: true }) problem: ConnectionProblem | null;
}

@InputType()
export class UpdateTransferRulesInput {
  @Field(() => ID) connectionId: string;
  @Field(() => GraphQLJSONObject, { description: 'Rules to change (see Connection.rules); others keep their value.' }) rules: Record<string, unknown>;
}

@ObjectType()
export class PreflightFindingType {
  @Field({ description: 'CREDENTIALS, REFERENCE_DATA, UNITS, NUMBER_FORMAT, PIPELINE, CONNECTION, POSTING_MATRIX, CREDITOR_COUNTRY, CREDITOR_UNSUPPORTED, RULES, QUANTITY_DECIMALS, LAYOUTS, INVENTORY_VALUE' }) code: string;
  @Field({ description: 'ERROR blocks schedules; WARNING does not' }) severity: string;
  @Field() message: string;
  @Field(() => [String]) examples: string[];
}

@ObjectType({ description: 'What would stop transfers on this connection; checked before a schedule is switched on.' })
export class Preflight {
  @Field() isReady: boolean;
  @Field(() => [PreflightFindingType]) findings: PreflightFindingType[];
}
