import { ApiKeyEntity } from '../modules/auth/api-key.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { CustomerEntity } from '../modules/customer/customer.entity.js';
import { EventEntity } from '../modules/event/event.entity.js';
import { InvoiceLineEntity } from '../modules/invoice/invoice-line.entity.js';
import { InvoiceEntity } from '../modules/invoice/invoice.entity.js';
import { InvoiceStatusPipelineEntity } from '../modules/invoice-status/invoice-status-pipeline.entity.js';
import { InvoiceStatusEntity } from '../modules/invoice-status/invoice-status.entity.js';
import { PaymentEntity } from '../modules/payment/payment.entity.js';
import { ProductEntity } from '../modules/product/product.entity.js';
import { ProjectCostEntity } from '../modules/project-cost/project-cost.entity.js';
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
import { Foundation1795400000000 } from './migrations/1795400000000-foundation.js';
import { ConnectionsTransfers1795500000000 } from './migrations/1795500000000-connections-transfers.js';
import { TransferSchedules1795600000000 } from './migrations/1795600000000-transfer-schedules.js';
import { InvoicingSettings1795700000000 } from './migrations/1795700000000-invoicing-settings.js';
import { LoginTenantChoices1796400000000 } from './migrations/1796400000000-login-tenant-choices.js';

export const entities = [
  TenantEntity, UserEntity, SessionEntity, ApiKeyEntity, CustomerEntity, SupplierEntity, ProductEntity, ProjectEntity,
  InvoiceStatusEntity, InvoiceStatusPipelineEntity, InvoiceEntity, InvoiceLineEntity, ProjectCostEntity, PaymentEntity, EventEntity,
  ConnectionEntity, OauthStateEntity, ExternalRefEntity, TransferRunEntity, TransferItemEntity, TransferIntentEntity, TransferScheduleEntity, InvoicingSettingsEntity,
];

/** Classes, not a glob: vitest cannot import .ts migrations through TypeORM's loader. */
export const migrations = [Foundation1795400000000, ConnectionsTransfers1795500000000, TransferSchedules1795600000000, InvoicingSettings1795700000000, LoginTenantChoices1796400000000];
