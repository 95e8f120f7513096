import { transferRulesSchema } from '@ledgerbridge/domain';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { idOfType } from '../../graphql/relay.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { ErpDocument } from './erp-document.resolver.js';

@ObjectType({ description: 'A line of the ERP document, read live.' })
export class ErpDocumentLine {
  @Field(() => String, { nullable: true, description: 'Our product number: the ERP line\'s, else the connection\'s "product number for empty lines" (RB-20); null when neither.' })
  productNumber: string | null;
  @Field({ description: 'True when the ERP line has no product and the RB-20 setting supplied it.' }) isProductFromSetting: boolean;
  @Field() description: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => DecimalScalar) unitPrice: string;
}

/**
 * ERP invoice lines as they reach our graph. No register pulls ERP invoices into it yet, so this
 * read-back is where a line without a product gets the configured product number (RB-20).
 */
@Resolver(() => ErpDocument)
export class ErpDocumentLinesResolver {
  @FieldResolver(() => [ErpDocumentLine], { nullable: true, description: 'The lines in the ERP; null when the ERP cannot be asked (see error).' })
  async lines(@Root() doc: ErpDocument, @Ctx() ctx: GraphqlContext): Promise<ErpDocumentLine[] | null> {
    const tenantId = tenantOf(ctx);
    const connectionId = idOfType(doc.connectionId, 'Connection');
    const connection = connectionId ? await ctx.services.connections.findById(tenantId, connectionId) : null;
    if (!connection) return null;
    const connector = ctx.services.connections.connectorFor(connection);
    if (!connector.ok || !connector.value.getInvoiceLines) return null;
    const lines = await connector.value.getInvoiceLines(doc.externalId);
    if (!lines.ok) return null;
    const fallback = transferRulesSchema.parse(connection.rules ?? {}).debtor.emptyLineProductNumber ?? null;
    return lines.value.map((l) => ({
      productNumber: l.productNumber ?? fallback, isProductFromSetting: l.productNumber === undefined && fallback !== null,
      description: l.description, quantity: l.quantity, unitPrice: l.unitPrice,
    }));
  }
}
