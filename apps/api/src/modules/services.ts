import type { DataSource } from 'typeorm';
import type { TenantDb } from '../db/tenant-db.js';
import { TransferStatsService } from './transfer/transfer-stats.service.js';
import { ApiKeyService } from './auth/api-key.service.js';
import { UserService } from './auth/user.service.js';
import type { Logger } from '../logging/logger.js';
import type { JobQueue } from '../worker/scheduler.js';
import { ConnectionService, type ConnectionDeps } from './connection/connection.service.js';
import { CustomerService } from './customer/customer.service.js';
import { FieldMappingService } from './field-mapping/field-mapping.service.js';
import type { EventHub } from './event/event-hub.js';
import { EventService } from './event/event.service.js';
import { InvoiceStatusService } from './invoice-status/invoice-status.service.js';
import { InvoiceStatusVersionService } from './invoice-status/invoice-status-version.service.js';
import { PipelineDryRunService } from './invoice-status/pipeline-dry-run.service.js';
import { PipelineRestoreService } from './invoice-status/pipeline-restore.service.js';
import { InvoiceService } from './invoice/invoice.service.js';
import { PaymentService } from './payment/payment.service.js';
import { ProductService } from './product/product.service.js';
import { ProjectCostService } from './project-cost/project-cost.service.js';
import { AttachmentService } from './attachment/attachment.service.js';
import { InvoiceAttachmentService } from './attachment/invoice-attachment.service.js';
import { ProjectService } from './project/project.service.js';
import { SupplierService } from './supplier/supplier.service.js';
import { SupplierInvoiceService } from './supplier-invoice/supplier-invoice.service.js';
import { TenantService, type TenantInstaller } from './tenant/tenant.service.js';
import { InvoicingSettingsService } from './invoicing/invoicing-settings.service.js';
import { InventoryValueService } from './inventory-value/inventory-value.service.js';
import { TransferScheduleService } from './transfer/transfer-schedule.service.js';
import { TransferService } from './transfer/transfer.service.js';
import type { MailDeps } from '../mail/mail-deps.js';
import { NotificationService } from './notification/notification.service.js';
import { InvoiceDeliveryService } from './invoicing/invoice-delivery.service.js';
import { NightlyInvoicingService } from './invoicing/nightly-invoicing.service.js';
import { InitialSyncService } from './reconciliation/initial-sync.service.js';
import { ReconciliationService } from './reconciliation/reconciliation.service.js';

export interface ServiceDeps {
  ds: DataSource;
  tenantInstallers: readonly TenantInstaller[];
  events: EventHub;
  connection: Omit<ConnectionDeps, 'ds'>;
  jobs: JobQueue;
  logger: Logger;
  mail: MailDeps;
}

/** Services for one request (or job): cheap objects over that unit of work's TenantDb. */
export function createServices(db: TenantDb, deps: ServiceDeps) {
  const events = new EventService(db);
  const invoiceStatuses = new InvoiceStatusService(db);
  const connections = new ConnectionService(db, { ...deps.connection, ds: deps.ds });
  return {
    tenants: new TenantService(deps.ds, deps.tenantInstallers),
    customers: new CustomerService(db),
    apiKeys: new ApiKeyService(db),
    users: new UserService(db, deps.ds),
    suppliers: new SupplierService(db),
    supplierInvoices: new SupplierInvoiceService(db),
    products: new ProductService(db),
    projects: new ProjectService(db),
    projectCosts: new ProjectCostService(db),
    attachments: new AttachmentService(db),
    invoiceAttachments: new InvoiceAttachmentService(db),
    payments: new PaymentService(db),
    invoiceStatuses,
    invoiceStatusVersions: new InvoiceStatusVersionService(db),
    pipelineDryRuns: new PipelineDryRunService(db),
    pipelineRestores: new PipelineRestoreService(db),
    invoices: new InvoiceService(db, invoiceStatuses, events),
    events,
    eventHub: deps.events,
    connections,
    inventoryValue: new InventoryValueService(db, (c) => connections.connectorFor(c)),
    schedules: new TransferScheduleService(db),
    fieldMappings: new FieldMappingService(db),
    invoicing: new InvoicingSettingsService(db),
    notifications: new NotificationService(db, deps.mail),
    invoiceDeliveries: new InvoiceDeliveryService(db, deps.mail, deps.logger),
    nightlyInvoicing: new NightlyInvoicingService(db),
    reconciliation: new ReconciliationService(db),
    initialSync: new InitialSyncService(db),
    transferStats: new TransferStatsService(db),
    transfers: new TransferService(db, events, {
      jobs: deps.jobs, logger: deps.logger, ds: deps.ds,
      takesInvoices: (id) => deps.connection.catalog.get(id)?.manifest.capabilities.invoices?.includes('write') ?? false,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
