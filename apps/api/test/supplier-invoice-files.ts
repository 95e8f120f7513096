import type { FortnoxStore, StartedSandbox } from '@ledgerbridge/sandboxes';
import { expect } from 'vitest';
import type { TestApp } from './create-test-app.js';
import { connectFortnox, fortnoxCall } from './erp-connections.js';
import { gql } from './gql.js';
import { seedCustomer, seedProject } from './seed.js';
import { tenantWithAdmin, type AdminTenant } from './transfer-helpers.js';

export interface FortnoxProjectsTenant {
  t: AdminTenant;
  connectionId: string;
  sandbox: StartedSandbox<FortnoxStore>;
}

/**
 * A tenant on a seeded Fortnox (supplier invoice 1: a cost on P100 with F-88123.pdf) with the
 * given transfer rules, and projects P100 and P101 in the graph under customer `customerNumber`.
 */
export async function fortnoxTenantWithProjects(app: TestApp, rules: Record<string, unknown>, customerNumber: string): Promise<FortnoxProjectsTenant> {
  const t = await tenantWithAdmin(app);
  const { sandbox, connectionId } = await connectFortnox(app, t, {});
  const set = await gql(app, `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { errors { code field message } } }`, {
    input: { connectionId, rules },
  }, t.token);
  expect(set.data.updateTransferRules.errors).toEqual([]);
  const customerId = await seedCustomer(app, t.apiKey, customerNumber);
  for (const number of ['P100', 'P101']) await seedProject(app, t.apiKey, number, customerId);
  return { t, connectionId, sandbox };
}

/** A supplier invoice a Fortnox user registers, one cost row of `debit` per project; returns its given number. */
export async function fortnoxSupplierInvoice(
  sandbox: StartedSandbox<FortnoxStore>,
  invoice: { number: string; date: string; debit: number },
  projects: readonly string[],
): Promise<number> {
  const res = await fortnoxCall(sandbox, 'POST', '/3/supplierinvoices', {
    SupplierInvoice: {
      SupplierNumber: '11', InvoiceNumber: invoice.number, InvoiceDate: invoice.date, VAT: 0,
      SupplierInvoiceRows: projects.map((p) => ({ Account: 4010, Debit: invoice.debit, Project: p })),
    },
  });
  expect(res.status).toBe(201);
  return Number(((await res.json()) as { SupplierInvoice: { GivenNumber: string } }).SupplierInvoice.GivenNumber);
}
