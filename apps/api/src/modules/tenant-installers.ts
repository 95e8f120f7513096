import { installDefaultPipeline } from './invoice-status/invoice-status.service.js';
import type { TenantInstaller } from './tenant/tenant.service.js';

/** What every new tenant gets in the transaction that creates it. */
export const tenantInstallers: readonly TenantInstaller[] = [installDefaultPipeline];
