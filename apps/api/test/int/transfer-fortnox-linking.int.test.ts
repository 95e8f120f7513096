import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectFortnox, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { seedCustomer } from '../seed.js';
import { runAndWait, tenantWithAdmin } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

describe('Fortnox links records by their numbers', () => {
  it('should link a customer and a project that already exist in Fortnox by number, updating them instead of creating others (SE-FX-11, SE-FX-27)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t, {});
    const customersBefore = sandbox.store.customers.size;
    const projectsBefore = sandbox.store.projects.size;
    expect(sandbox.store.customers.get('2')?.fields['Name']).toBe('Nordvik Fastigheter AB');
    expect(sandbox.store.projects.has('P101')).toBe(true);

    const customerId = await seedCustomer(app, t.apiKey, '2', 'Nordvik Fastigheter Väst AB');
    const project = await gql(app, `mutation ($c: ID!) { upsertProject(input: { number: "P101", name: "Badrum Solna, etapp 2", customerId: $c }) { errors { message } } }`, { c: customerId }, t.apiKey);
    expect(project.data.upsertProject.errors).toEqual([]);

    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'projects']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const linked = run.items.filter((i) => i.direction === 'PUSH');
    expect(linked.map((i) => [i.register, i.externalId ?? i.externalNumber]).sort()).toEqual([['customers', '2'], ['projects', 'P101']]);
    // the same Fortnox records, now carrying our data: none created beside them
    expect(sandbox.store.customers.size).toBe(customersBefore);
    expect(sandbox.store.projects.size).toBe(projectsBefore);
    expect(sandbox.store.customers.get('2')?.fields['Name']).toBe('Nordvik Fastigheter Väst AB');
    expect(sandbox.store.projects.get('P101')?.fields['Description']).toBe('Badrum Solna, etapp 2');
    // and back: what only Fortnox knew about customer 2 reaches our customer 2, not a new one
    const ours = await gql(app, `{ customers { nodes { number organizationNumber } } }`, {}, t.apiKey);
    expect(ours.data.customers.nodes).toEqual([{ number: '2', organizationNumber: '556234-5678' }]);
  });
});
