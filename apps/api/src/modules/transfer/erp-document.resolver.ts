import DataLoader from 'dataloader';
import type { CanonicalRecords, Connector, RemoteInvoiceStatus } from '@ledgerbridge/connectors';
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import type { GraphqlContext } from '../../graphql/context.js';
import { idOfType, toGlobalId } from '../../graphql/relay.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import { Invoice } from '../invoice/invoice.type.js';
import { ExternalRefEntity } from './external-ref.entity.js';

@ObjectType({ description: 'Why the ERP could not be asked; the rest of the query still answers.' })
export class ErpError {
  @Field() code: string;
  @Field() message: string;
}

@ObjectType({ description: 'The invoice as the ERP holds it now, read live through the tenant\'s connection.' })
export class ErpDocument {
  @Field(() => ID) connectionId: string;
  @Field() connectorId: string;
  @Field() externalId: string;
  @Field(() => String, { nullable: true, description: 'The ERP\'s invoice number.' }) number: string | null;
  @Field(() => String, { nullable: true, description: 'draft, booked, sent, paid or cancelled' }) state: string | null;
  @Field(() => DecimalScalar, { nullable: true }) grossAmount: string | null;
  @Field(() => DecimalScalar, { nullable: true }) remainingAmount: string | null;
  @Field(() => String, { nullable: true, description: 'OCR/FIK or similar payment reference.' }) paymentReference: string | null;
  @Field(() => ErpError, { nullable: true }) error: ErpError | null;
}

type StatusResult = { ok: true; value: RemoteInvoiceStatus } | { ok: false; error: { code: string; message: string } };

interface ErpLoaders {
  refs: DataLoader<string, ExternalRefEntity[]>;
  status: DataLoader<string, StatusResult>;
  /** The connection's connector, built once per request. */
  connectorOf: (connectionId: string) => Promise<BuiltConnector>;
}

interface BuiltConnector {
  connectorId: string;
  connector: Connector<CanonicalRecords> | null;
  problem: string | null;
}

const perRequest = new WeakMap<GraphqlContext, ErpLoaders>();

/**
 * One set of loaders per request: links are read in one statement for all invoices asked for,
 * each connection's connector is built once, and duplicate look-ups collapse; the connection's
 * shared rate budget keeps the calls within the vendor's limit, ahead of background sync.
 */
function loadersFor(ctx: GraphqlContext): ErpLoaders {
  const existing = perRequest.get(ctx);
  if (existing) return existing;
  const tenantId = tenantOf(ctx);
  const connectors = new Map<string, Promise<BuiltConnector>>();
  const connectorOf = (connectionId: string) => {
    let c = connectors.get(connectionId);
    if (!c) {
      c = ctx.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: connectionId })).then((connection) => {
        if (!connection) return { connectorId: 'unknown', connector: null, problem: 'The connection no longer exists' };
        const built = ctx.services.connections.connectorFor(connection);
        return { connectorId: connection.connectorId, connector: built.ok ? built.value : null, problem: built.ok ? null : built.error };
      });
      connectors.set(connectionId, c);
    }
    return c;
  };
  const loaders: ErpLoaders = {
    connectorOf,
    refs: new DataLoader(async (invoiceIds) => {
      const rows = await ctx.db.read(tenantId, (m) => m.findBy(ExternalRefEntity, { tenantId, recordType: 'invoice', recordId: In([...invoiceIds]) }));
      return invoiceIds.map((id) => rows.filter((r) => r.recordId === id));
    }),
    status: new DataLoader(async (keys) =>
      Promise.all(keys.map(async (key): Promise<StatusResult> => {
        const [connectionId, externalId] = key.split('|') as [string, string];
        const { connector, problem } = await connectorOf(connectionId);
        if (!connector?.getInvoiceStatus) return { ok: false, error: { code: 'UNSUPPORTED', message: problem ?? 'This system cannot report invoice status' } };
        const result = await connector.getInvoiceStatus(externalId);
        return result.ok ? result : { ok: false, error: { code: result.error.code, message: result.error.message } };
      })),
    ),
  };
  perRequest.set(ctx, loaders);
  return loaders;
}

@Resolver(() => Invoice)
export class ErpDocumentResolver {
  @FieldResolver(() => ErpDocument, { nullable: true, description: 'The invoice in the ERP, read live; null when it was never transferred.' })
  async erpDocument(
    @Root() invoice: Invoice,
    @Ctx() ctx: GraphqlContext,
    @Arg('connectionId', () => ID, { nullable: true }) connectionId: string | null,
  ): Promise<ErpDocument | null> {
    const loaders = loadersFor(ctx);
    const refs = await loaders.refs.load(invoice.entity.id);
    const wanted = connectionId ? idOfType(connectionId, 'Connection') : null;
    const ref = refs.find((r) => !wanted || r.connectionId === wanted);
    if (!ref) return null;
    const [{ connectorId }, status] = await Promise.all([loaders.connectorOf(ref.connectionId), loaders.status.load(`${ref.connectionId}|${ref.externalId}`)]);
    const base = { connectionId: toGlobalId('Connection', ref.connectionId), connectorId, externalId: ref.externalId };
    if (!status.ok) {
      return { ...base, number: ref.externalNumber, state: null, grossAmount: null, remainingAmount: null, paymentReference: null, error: status.error };
    }
    const s = status.value;
    return {
      ...base, externalId: s.ref.externalId, number: s.ref.externalNumber ?? ref.externalNumber, state: s.state, grossAmount: s.grossAmount ?? null,
      remainingAmount: s.remainingAmount ?? null, paymentReference: s.paymentReference ?? null, error: null,
    };
  }
}
