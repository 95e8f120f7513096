import { ApiKeyEntity } from '../modules/auth/api-key.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { CustomerEntity } from '../modules/customer/customer.entity.js';
import { EventEntity } from '../modules/event/event.entity.js';
import { InvoiceLineEntity } from '../modules/invoice/invoice-line.entity.js';
import { InvoiceEntity } from '../modules/invoice/invoice.entity.js';
import { InvoiceStatusPipelineEntity } from '../modules/invoice-status/invoice-status-pipeline.entity.js';
import { InvoiceStatusEntity } from '../modules/invoice-status/invoice-status.entity.js';
import { InvoiceStatusVersionEntity } from '../modules/invoice-status/invoice-status-version.entity.js';
import { PaymentEntity } from '../modules/payment/payment.entity.js';
import { ProductEntity } from '../modules/product/product.entity.js';
import { ProjectCostEntity } from '../modules/project-cost/project-cost.entity.js';
import { AttachmentEntity, InvoiceAttachmentEntity, ProjectAttachmentEntity, ProjectCostAttachmentEntity } from '../modules/attachment/attachment.entity.js';
import { ProjectEntity } from '../modules/project/project.entity.js';
import { SupplierEntity } from '../modules/supplier/supplier.entity.js';
import { TenantEntity } from '../modules/tenant/tenant.entity.js';
import { ConnectionEntity } from '../modules/connection/connection.entity.js';
import { OauthStateEntity } from '../modules/connection/oauth-state.entity.js';
import { ExternalRefEntity } from '../modules/transfer/external-ref.entity.js';
import { TransferIntentEntity } from '../modules/transfer/transfer-intent.entity.js';
import { TransferItemEntity } from '../modules/transfer/transfer-item.entity.js';
import { TransferRunEntity } from '../modules/transfer/transfer-run.entity.js';
import { TransferScheduleEntity } from '../modules/transfer/transfer-schedule.entity.js';
import { InvoicingSettingsEntity } from '../modules/invoicing/invoicing-settings.entity.js';
import { FailureNotificationSettingsEntity } from '../modules/notification/failure-notification-settings.entity.js';
import { NotificationEntity } from '../modules/notification/notification.entity.js';
import { NightlyInvoicingEntity } from '../modules/invoicing/nightly-invoicing.entity.js';
import { Notifications1796200000000 } from './migrations/1796200000000-notifications.js';
import { ErpBaselineEntity } from '../modules/transfer/erp-baseline.entity.js';
import { Foundation1795400000000 } from './migrations/1795400000000-foundation.js';
import { ConnectionsTransfers1795500000000 } from './migrations/1795500000000-connections-transfers.js';
import { TransferSchedules1795600000000 } from './migrations/1795600000000-transfer-schedules.js';
import { InvoicingSettings1795700000000 } from './migrations/1795700000000-invoicing-settings.js';
import { FieldMappings1796300000000 } from './migrations/1796300000000-field-mappings.js';
import { RateBudget1796100000000 } from './migrations/1796100000000-rate-budget.js';
import { SupplierInvoices1795900000000 } from './migrations/1795900000000-supplier-invoices.js';
import { SupplierInvoiceEntity } from '../modules/supplier-invoice/supplier-invoice.entity.js';
import { SupplierInvoiceLineEntity } from '../modules/supplier-invoice/supplier-invoice-line.entity.js';
import { InventoryValuePostingEntity } from '../modules/inventory-value/inventory-value-posting.entity.js';
import { DebtorInventoryValue1796500000000 } from './migrations/1796500000000-debtor-inventory-value.js';
import { ProjectCostVatAttachments1796600000000 } from './migrations/1796600000000-project-cost-vat-attachments.js';
import { MergedSupplierInvoicePdf1797600000000 } from './migrations/1797600000000-merged-supplier-invoice-pdf.js';
import { InvoiceHeaderFields1797800000000 } from './migrations/1797800000000-invoice-header-fields.js';
import { InvoiceAttachments1797900000000 } from './migrations/1797900000000-invoice-attachments.js';
import { InvoiceSourceNumber1796700000000 } from './migrations/1796700000000-invoice-source-number.js';
import { ConnectionDisconnect1796900000000 } from './migrations/1796900000000-connection-disconnect.js';
import { InvoicePaymentReference1797000000000 } from './migrations/1797000000000-invoice-payment-reference.js';
import { OauthReauthorize1797100000000 } from './migrations/1797100000000-oauth-reauthorize.js';
import { PipelineVersionRestore1797200000000 } from './migrations/1797200000000-pipeline-version-restore.js';
import { RateBudgetPace1797500000000 } from './migrations/1797500000000-rate-budget-pace.js';
import { PipelineAutoInvoice1797700000000 } from './migrations/1797700000000-pipeline-auto-invoice.js';
import { Reconciliation1796000000000 } from './migrations/1796000000000-reconciliation.js';
import { RegisterDecisionEntity } from '../modules/reconciliation/register-decision.entity.js';
import { InitialSyncEntity } from '../modules/reconciliation/initial-sync.entity.js';
import { ErpBaseline1795800000000 } from './migrations/1795800000000-erp-baseline.js';
import { InvoiceStatusPipelineVersions1796800000000 } from './migrations/1796800000000-invoice-status-pipeline-versions.js';
import { LoginTenantChoices1796400000000 } from './migrations/1796400000000-login-tenant-choices.js';

/** Every entity TypeORM maps; one per line so parallel branches merge cleanly. */
export const entities = [
  ApiKeyEntity,
  SessionEntity,
  UserEntity,
  CustomerEntity,
  EventEntity,
  InvoiceLineEntity,
  InvoiceEntity,
  InvoiceStatusPipelineEntity,
  InvoiceStatusEntity,
  InvoiceStatusVersionEntity,
  PaymentEntity,
  ProductEntity,
  ProjectCostEntity,
  AttachmentEntity,
  ProjectCostAttachmentEntity,
  ProjectAttachmentEntity,
  InvoiceAttachmentEntity,
  ProjectEntity,
  SupplierEntity,
  TenantEntity,
  ConnectionEntity,
  OauthStateEntity,
  ExternalRefEntity,
  TransferIntentEntity,
  TransferItemEntity,
  TransferRunEntity,
  TransferScheduleEntity,
  InvoicingSettingsEntity,
  FailureNotificationSettingsEntity,
  NotificationEntity,
  NightlyInvoicingEntity,
  ErpBaselineEntity,
  SupplierInvoiceEntity,
  SupplierInvoiceLineEntity,
  InventoryValuePostingEntity,
  RegisterDecisionEntity,
  InitialSyncEntity,
];

/** Classes, not a glob: vitest cannot import .ts migrations through TypeORM's loader. */

export const migrations = [
  Foundation1795400000000,
  ConnectionsTransfers1795500000000,
  TransferSchedules1795600000000,
  InvoicingSettings1795700000000,
  ErpBaseline1795800000000,
  SupplierInvoices1795900000000,
  Reconciliation1796000000000,
  RateBudget1796100000000,
  Notifications1796200000000,
  FieldMappings1796300000000,
  LoginTenantChoices1796400000000,
  DebtorInventoryValue1796500000000,
  ProjectCostVatAttachments1796600000000,
  InvoiceSourceNumber1796700000000,
  InvoiceStatusPipelineVersions1796800000000,
  ConnectionDisconnect1796900000000,
  InvoicePaymentReference1797000000000,
  OauthReauthorize1797100000000,
  PipelineVersionRestore1797200000000,
  RateBudgetPace1797500000000,
  MergedSupplierInvoicePdf1797600000000,
  PipelineAutoInvoice1797700000000,
  InvoiceHeaderFields1797800000000,
  InvoiceAttachments1797900000000,
];
