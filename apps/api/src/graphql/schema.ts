import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ConnectionResolver } from '../modules/connection/connection.resolver.js';
import { ConnectionLifecycleResolver } from '../modules/connection/connection-lifecycle.resolver.js';
import { ConnectionReauthorizeResolver } from '../modules/connection/connection-reauthorize.resolver.js';
import { CustomerInvoicingResolver } from '../modules/invoicing/customer-invoicing.resolver.js';
import { CustomerInvoicingClearResolver } from '../modules/invoicing/customer-invoicing-clear.resolver.js';
import { CustomerResolver } from '../modules/customer/customer.resolver.js';
import { FieldMappingResolver } from '../modules/field-mapping/field-mapping.resolver.js';
import { ErpDocumentResolver } from '../modules/transfer/erp-document.resolver.js';
import { ErpDocumentLinesResolver } from '../modules/transfer/erp-document-lines.resolver.js';
import { InvoicingSettingsResolver } from '../modules/invoicing/invoicing-settings.resolver.js';
import { ConnectionDebtorResolver } from '../modules/inventory-value/inventory-value.resolver.js';
import { TransferResolver } from '../modules/transfer/transfer.resolver.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { InvoiceDeliveryResolver } from '../modules/invoicing/invoice-delivery.resolver.js';
import { NightlyInvoicingResolver } from '../modules/invoicing/nightly-invoicing.resolver.js';
import { ReconciliationResolver } from '../modules/reconciliation/reconciliation.resolver.js';
import { TransferStatsResolver } from '../modules/transfer/transfer-stats.resolver.js';
import { EventResolver } from '../modules/event/event.resolver.js';
import { InvoiceEventsResolver } from '../modules/invoice/invoice-events.resolver.js';
import { InvoiceResolver } from '../modules/invoice/invoice.resolver.js';
import { InvoiceStatusResolver } from '../modules/invoice-status/invoice-status.resolver.js';
import { PipelineDryRunResolver } from '../modules/invoice-status/pipeline-dry-run.resolver.js';
import { PipelineRestoreResolver } from '../modules/invoice-status/pipeline-restore.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { PaymentResolver } from '../modules/payment/payment.resolver.js';
import { ProductResolver } from '../modules/product/product.resolver.js';
import { ProjectCostResolver } from '../modules/project-cost/project-cost.resolver.js';
import { ProjectCostAttachmentResolver } from '../modules/attachment/attachment.resolver.js';
import { InvoiceAttachmentResolver } from '../modules/attachment/invoice-attachment.resolver.js';
import { ProjectFilesResolver } from '../modules/attachment/project-files.resolver.js';
import { ProjectResolver } from '../modules/project/project.resolver.js';
import { SupplierResolver } from '../modules/supplier/supplier.resolver.js';
import { SupplierInvoiceResolver } from '../modules/supplier-invoice/supplier-invoice.resolver.js';
import { CreditorSettingsResolver } from '../modules/creditor/creditor-settings.resolver.js';
import { SupplierVoucherResolver } from '../modules/transfer/supplier-voucher.resolver.js';
import { TenantResolver } from '../modules/tenant/tenant.resolver.js';
import { authChecker } from './auth-checker.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver array type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver, TenantResolver, NodeResolver, CustomerResolver, SupplierResolver, ProductResolver, ProjectResolver, ProjectCostResolver, ProjectCostAttachmentResolver, ProjectFilesResolver, InvoiceAttachmentResolver,
  PaymentResolver, InvoiceStatusResolver, PipelineDryRunResolver, PipelineRestoreResolver, InvoiceResolver, InvoiceEventsResolver, EventResolver, ConnectionResolver, ConnectionLifecycleResolver, TransferResolver, ErpDocumentResolver, InvoicingSettingsResolver, CustomerInvoicingResolver, FieldMappingResolver,
  NotificationResolver, InvoiceDeliveryResolver, NightlyInvoicingResolver,
  SupplierInvoiceResolver, CreditorSettingsResolver, SupplierVoucherResolver,
  ConnectionDebtorResolver, ErpDocumentLinesResolver,
  ReconciliationResolver,
  TransferStatsResolver,
  ConnectionReauthorizeResolver,
  CustomerInvoicingClearResolver,
];

/**
 * Our subscriptions bring their own streams (`subscribe:` backed by the event table and
 * LISTEN/NOTIFY); type-graphql still insists on a PubSub, so this one refuses to be used.
 */
const unusedPubSub = {
  publish(): never {
    throw new Error('publish through EventService.append, not the in-memory PubSub');
  },
  subscribe(): never {
    throw new Error('subscriptions must declare `subscribe:`');
  },
};

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    pubSub: unusedPubSub,
    resolvers,
    authChecker,
    // domain zod schemas validate; class-validator stays off (house style: one validator)
    validate: false,
    emitSchemaFile: false,
  });
}
