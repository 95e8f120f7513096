import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { fromGlobalId, Node } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { Connection } from '../connection/connection.type.js';
import { Customer } from '../customer/customer.type.js';
import { Invoice } from '../invoice/invoice.type.js';
import { InvoiceStatus } from '../invoice-status/invoice-status.type.js';
import { Payment } from '../payment/payment.type.js';
import { Product } from '../product/product.type.js';
import { ProjectCost } from '../project-cost/project-cost.type.js';
import { Project } from '../project/project.type.js';
import { Supplier } from '../supplier/supplier.type.js';
import { SupplierInvoice } from '../supplier-invoice/supplier-invoice.type.js';
import { Tenant } from '../tenant/tenant.type.js';

/**
 * Relay's node(id). Every lookup goes through the caller's tenant (loaders and repositories
 * scope by it, and RLS backs them), so another tenant's id resolves to null, like garbage.
 */
@Resolver()
export class NodeResolver {
  @Authorized(Role.TENANT)
  @Query(() => Node, { nullable: true })
  async node(@Ctx() ctx: GraphqlContext, @Arg('id', () => ID) id: string): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    const tenantId = tenantOf(ctx);
    const { loaders, services } = ctx;
    switch (parsed.type) {
      case 'Customer':
        return mapOrNull(await loaders.customer.load(parsed.id), Customer.from);
      case 'Supplier':
        return mapOrNull(await loaders.supplier.load(parsed.id), Supplier.from);
      case 'Product':
        return mapOrNull(await loaders.product.load(parsed.id), Product.from);
      case 'Project':
        return mapOrNull(await loaders.project.load(parsed.id), Project.from);
      case 'Invoice':
        return mapOrNull(await loaders.invoice.load(parsed.id), Invoice.from);
      case 'InvoiceStatus':
        return mapOrNull(await loaders.invoiceStatus.load(parsed.id), InvoiceStatus.from);
      case 'ProjectCost':
        return mapOrNull(await services.projectCosts.repository.findById(tenantId, parsed.id), ProjectCost.from);
      case 'SupplierInvoice':
        return mapOrNull(await services.supplierInvoices.repository.findById(tenantId, parsed.id), SupplierInvoice.from);
      case 'Payment':
        return mapOrNull(await services.payments.repository.findById(tenantId, parsed.id), Payment.from);
      case 'Connection':
        return mapOrNull(await services.connections.findById(tenantId, parsed.id), Connection.from);
      case 'Tenant':
        return parsed.id === tenantId ? mapOrNull(await services.tenants.findById(tenantId, ctx.db), Tenant.from) : null;
      default:
        return null;
    }
  }
}

function mapOrNull<E, T>(row: E | null, map: (e: E) => T): T | null {
  return row === null ? null : map(row);
}
