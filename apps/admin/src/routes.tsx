import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export const adminBase = '/admin';

export interface Screen {
  readonly path: string;
  readonly title: string;
  readonly component: LazyExoticComponent<ComponentType>;
}

// One chunk per screen: the initial bundle holds only the shell and sign-in.
export const screens: readonly Screen[] = [
  {
    path: `${adminBase}/connections`,
    title: 'Connections',
    component: lazy(() => import('./features/connection/connections-page').then((m) => ({ default: m.ConnectionsPage }))),
  },
  { path: `${adminBase}/connection-settings`, title: 'Connection settings', component: lazy(() => import('./features/connection-settings/connection-settings-page').then((m) => ({ default: m.ConnectionSettingsPage }))) },
  {
    path: `${adminBase}/transfers`,
    title: 'Transfers',
    component: lazy(() => import('./features/transfer/transfers-page').then((m) => ({ default: m.TransfersPage }))),
  },
  { path: `${adminBase}/reconciliation`, title: 'Comparison', component: lazy(() => import('./features/reconciliation/comparison-page').then((m) => ({ default: m.ComparisonPage }))) },
  { path: `${adminBase}/field-mapping`, title: 'Field mapping', component: lazy(() => import('./features/field-mapping/field-mapping-page').then((m) => ({ default: m.FieldMappingPage }))) },
  {
    path: `${adminBase}/invoicing`,
    title: 'Invoicing',
    component: lazy(() => import('./features/invoicing/invoicing-settings-page').then((m) => ({ default: m.InvoicingSettingsPage }))),
  },
  {
    path: `${adminBase}/invoice-statuses`,
    title: 'Invoice statuses',
    component: lazy(() => import('./features/invoice-status/invoice-status-page').then((m) => ({ default: m.InvoiceStatusPage }))),
  },
  {
    path: `${adminBase}/api-keys`,
    title: 'API keys',
    component: lazy(() => import('./features/api-key/api-keys-page').then((m) => ({ default: m.ApiKeysPage }))),
  },
];

export function screenFor(pathname: string): Screen | undefined {
  const normalized = pathname.replace(/\/+$/, '');
  return screens.find((screen) => screen.path === normalized);
}
