import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectFortnox, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { seedCustomer } from '../seed.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code field message } } }`;
const PRODUCT = `mutation ($input: UpsertProductInput!) { upsertProduct(input: $input) { errors { message } } }`;

/** A tenant connected to a seeded Fortnox sandbox whose supplier invoice 1 books a ROR15 row on project P100. */
async function fortnoxTenant(): Promise<{ t: AdminTenant; connectionId: string }> {
  const t = await tenantWithAdmin(app);
  const { connectionId } = await connectFortnox(app, t, {});
  const customerId = await seedCustomer(app, t.apiKey, '8601');
  const project = await gql(app, `mutation ($c: ID!) { upsertProject(input: { number: "P100", name: "Kontorsbygge", customerId: $c }) { errors { message } } }`, { c: customerId }, t.apiKey);
  expect(project.data.upsertProject.errors).toEqual([]);
  return { t, connectionId };
}

async function pulledCost(t: AdminTenant, connectionId: string): Promise<{ vatRate: string | null; product: { number: string } | null }> {
  const run = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
  expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
  const costs = await gql(app, `{ projectCosts { nodes { vatRate product { number } } } }`, {}, t.apiKey);
  expect(costs.data.projectCosts.nodes).toHaveLength(1);
  return costs.data.projectCosts.nodes[0];
}

describe('Project-cost VAT (X-24)', () => {
  it('should set a pulled cost\'s VAT rate from its product, not the company default (SE-FX-49)', async () => {
    const { t, connectionId } = await fortnoxTenant();
    const set = await gql(app, RULES, { input: { connectionId, rules: { companyVatRate: '25' } } }, t.token);
    expect(set.data.updateTransferRules.errors).toEqual([]);
    const product = await gql(app, PRODUCT, { input: { number: 'ROR15', name: 'Kopparrör 15 mm', unit: 'st', salesPrice: '0.00', vatRate: '12' } }, t.apiKey);
    expect(product.data.upsertProduct.errors).toEqual([]);
    expect(await pulledCost(t, connectionId)).toEqual({ vatRate: '12.00', product: { number: 'ROR15' } });
  });

  it('should use the company default VAT when the product has none, and leave it unknown without one (SE-EE-50)', async () => {
    const withDefault = await fortnoxTenant();
    const set = await gql(app, RULES, { input: { connectionId: withDefault.connectionId, rules: { companyVatRate: '25' } } }, withDefault.t.token);
    expect(set.data.updateTransferRules.errors).toEqual([]);
    expect(set.data.updateTransferRules.connection.rules.companyVatRate).toBe('25');
    await gql(app, PRODUCT, { input: { number: 'ROR15', name: 'Kopparrör 15 mm', unit: 'st', salesPrice: '0.00' } }, withDefault.t.apiKey);
    expect(await pulledCost(withDefault.t, withDefault.connectionId)).toEqual({ vatRate: '25.00', product: { number: 'ROR15' } });

    const without = await fortnoxTenant();
    expect(await pulledCost(without.t, without.connectionId)).toEqual({ vatRate: null, product: null });
  });

  it('should refuse a malformed company VAT rate with a typed error naming the field (SE-EE-50)', async () => {
    const { t, connectionId } = await fortnoxTenant();
    const bad = await gql(app, RULES, { input: { connectionId, rules: { companyVatRate: '125' } } }, t.token);
    expect(bad.data.updateTransferRules.errors).toEqual([expect.objectContaining({ field: ['rules', 'companyVatRate'] })]);
    const read = await gql(app, `{ connections { id rules } }`, {}, t.token);
    expect(read.data.connections.find((c: { id: string }) => c.id === connectionId).rules.companyVatRate).toBeUndefined();
  });

  it('should record a manual cost with the product\'s VAT rate unless one is given (SE-FX-49)', async () => {
    const { t } = await fortnoxTenant();
    await gql(app, PRODUCT, { input: { number: 'KOST', name: 'Projektkostnad', unit: 'st', salesPrice: '0.00', vatRate: '6' } }, t.apiKey);
    const ids = await gql(app, `{ products(filter: { search: "KOST" }) { nodes { id } } projects { nodes { id } } }`, {}, t.apiKey);
    const base = { projectId: ids.data.projects.nodes[0].id, productId: ids.data.products.nodes[0].id, description: 'Hyra av lift', costDate: '2024-05-02', unitCost: '400.00' };
    const RECORD = `mutation ($input: RecordProjectCostInput!) { recordProjectCost(input: $input) { projectCost { vatRate } errors { field } } }`;
    const fromProduct = await gql(app, RECORD, { input: base }, t.apiKey);
    expect(fromProduct.data.recordProjectCost).toEqual({ projectCost: { vatRate: '6.00' }, errors: [] });
    const given = await gql(app, RECORD, { input: { ...base, vatRate: '25' } }, t.apiKey);
    expect(given.data.recordProjectCost).toEqual({ projectCost: { vatRate: '25.00' }, errors: [] });
    const bad = await gql(app, RECORD, { input: { ...base, vatRate: '250' } }, t.apiKey);
    expect(bad.data.recordProjectCost.errors).toEqual([{ field: ['vatRate'] }]);
  });
});
