import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShortTenantDb } from '../../src/db/tenant-db.js';
import { fromGlobalId } from '../../src/graphql/relay.js';
import { PaymentService } from '../../src/modules/payment/payment.service.js';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { createTenant, gql, type TestTenant } from '../gql.js';
import { seedCustomer, seedInvoice, seedProject } from '../seed.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const ERRORS = 'errors { code message field }';
const SUPPLIER = 'id number name email isActive address { line1 line2 city countryCode } bankAccount { iban accountNumber bic }';
const PRODUCT = 'id number name unit salesPrice costPrice productGroup vatRate isActive';
const PROJECT = 'id number name isActive isInternal startDate endDate customer { id name }';
const COST = 'id description costDate quantity unitCost costAmount isBillable priceAmount project { id } supplier { id } product { id }';
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor }';

type Err = { code: string; field: string[] | null };
const codes = (errors: Err[]): string[] => errors.map((e) => `${e.code}@${(e.field ?? []).join('.')}`);

const upsertSupplier = (input: object, key: string) =>
  gql(app, `mutation ($input: UpsertSupplierInput!) { upsertSupplier(input: $input) { supplier { ${SUPPLIER} } created ${ERRORS} } }`, { input }, key);
const upsertProduct = (input: object, key: string) =>
  gql(app, `mutation ($input: UpsertProductInput!) { upsertProduct(input: $input) { product { ${PRODUCT} } created ${ERRORS} } }`, { input }, key);
const upsertProject = (input: object, key: string) =>
  gql(app, `mutation ($input: UpsertProjectInput!) { upsertProject(input: $input) { project { ${PROJECT} } created ${ERRORS} } }`, { input }, key);
const recordCost = (input: object, key: string) =>
  gql(app, `mutation ($input: RecordProjectCostInput!) { recordProjectCost(input: $input) { projectCost { ${COST} } ${ERRORS} } }`, { input }, key);

async function tenantWithProject(): Promise<{ t: TestTenant; customerId: string; projectId: string }> {
  const t = await createTenant(app);
  const customerId = await seedCustomer(app, t.apiKey, '1');
  return { t, customerId, projectId: await seedProject(app, t.apiKey, 'PR-1', customerId) };
}

/** Payments come from ERPs through the engine, which calls the service inside its own unit of work. */
async function seedPayment(tenantGlobalId: string, invoiceGlobalId: string, input: { amount: string; paidOn: string; reference?: string }) {
  const db = new ShortTenantDb(app.ds);
  const [tenantId, invoiceId] = [fromGlobalId(tenantGlobalId)!.id, fromGlobalId(invoiceGlobalId)!.id];
  return db.write(tenantId, (m) => new PaymentService(db).record(tenantId, m, { invoiceId, ...input }));
}

describe('records: access', () => {
  it.each([
    `{ suppliers { totalCount } }`, `{ products { totalCount } }`, `{ projects { totalCount } }`, `{ projectCosts { totalCount } }`,
    `{ payments { totalCount } }`, `mutation { upsertSupplier(input: { name: "X" }) { created } }`,
    `mutation { upsertProduct(input: { number: "X", name: "X", salesPrice: "1" }) { created } }`,
    `mutation { upsertProject(input: { number: "X", name: "X", isInternal: true }) { created } }`,
    `mutation { recordProjectCost(input: { description: "X" }) { errors { code } } }`,
  ])('should reject unauthenticated %s with UNAUTHENTICATED', async (query) => {
    const res = await gql(app, query);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['supplier', 'suppliers', 'Supplier', (key: string) => upsertSupplier({ number: 'S-1', name: 'Kontorland' }, key), upsertSupplier],
    ['product', 'products', 'Product', (key: string) => upsertProduct({ number: 'P-1', name: 'Hour', salesPrice: '650.00' }, key), upsertProduct],
    ['project', 'projects', 'Project', (key: string) => upsertProject({ number: 'PR-1', name: 'Relaunch', isInternal: true }, key), upsertProject],
  ] as const)('should not let another tenant see or change a %s', async (one, many, type, create, upsert) => {
    const a = await createTenant(app);
    const b = await createTenant(app);
    const created = (await create(a.apiKey)).data[`upsert${type}`][one];
    const id: string = created.id;
    expect((await gql(app, `query ($id: ID!) { ${one}(id: $id) { id } }`, { id }, b.apiKey)).data[one]).toBeNull();
    expect((await gql(app, `{ ${many} { totalCount nodes { id } } }`, {}, b.apiKey)).data[many]).toEqual({ totalCount: 0, nodes: [] });
    expect((await gql(app, `query ($id: ID!) { node(id: $id) { id } }`, { id }, b.apiKey)).data.node).toBeNull();
    const hijack = await upsert({ id, name: 'Hijacked' }, b.apiKey);
    expect(codes(hijack.data[`upsert${type}`].errors)).toEqual(['NOT_FOUND@id']);
    const after = await gql(app, `query ($id: ID!) { ${one}(id: $id) { name } node(id: $id) { id } }`, { id }, a.apiKey);
    expect(after.data[one].name).toBe(created.name);
    expect(after.data.node.id).toBe(id);
  });

  it('should not let another tenant see project costs or payments', async () => {
    const { t: a, customerId, projectId } = await tenantWithProject();
    const b = await createTenant(app);
    const cost = await recordCost({ projectId, description: 'Paper', costDate: '2026-01-05', unitCost: '10.00' }, a.apiKey);
    const invoice = await seedInvoice(app, a.apiKey, customerId);
    const payment = await seedPayment(a.id, invoice.id, { amount: '100.00', paidOn: '2026-01-10' });
    expect(payment.ok).toBe(true);
    const costId = cost.data.recordProjectCost.projectCost.id;
    const seen = await gql(app, `query ($id: ID!) { projectCosts { totalCount } payments { totalCount } node(id: $id) { id } }`, { id: costId }, b.apiKey);
    expect(seen.data).toEqual({ projectCosts: { totalCount: 0 }, payments: { totalCount: 0 }, node: null });
    const own = await gql(app, `query ($id: ID!) { projectCosts { totalCount } payments { totalCount } node(id: $id) { id } }`, { id: costId }, a.apiKey);
    expect(own.data).toEqual({ projectCosts: { totalCount: 1 }, payments: { totalCount: 1 }, node: { id: costId } });
    // a project of tenant A is unknown to tenant B
    const foreign = await recordCost({ projectId, description: 'Paper', costDate: '2026-01-05', unitCost: '10.00' }, b.apiKey);
    expect(codes(foreign.data.recordProjectCost.errors)).toEqual(['NOT_FOUND@projectId']);
    expect(await seedPayment(b.id, invoice.id, { amount: '1.00', paidOn: '2026-01-10' })).toMatchObject({ ok: false, error: [{ code: 'NOT_FOUND', field: ['invoiceId'] }] });
  });
});

describe('suppliers', () => {
  it('should create a supplier, read it back and keep omitted fields on update', async () => {
    const t = await createTenant(app);
    const input = {
      number: 'S-100', name: 'Kontorland A/S', email: 'ap@kontorland.dk', address: { line1: 'Vej 1', postalCode: '1000', city: 'København', countryCode: 'DK' },
      bankAccount: { iban: 'dk50 0040 0440 1162 43', bic: 'dabadkkk' },
    };
    const created = (await upsertSupplier(input, t.apiKey)).data.upsertSupplier;
    expect(created).toMatchObject({ created: true, errors: [], supplier: { number: 'S-100', isActive: true, address: { line2: null, city: 'København' } } });
    expect(created.supplier.bankAccount).toEqual({ iban: 'DK5000400440116243', accountNumber: null, bic: 'DABADKKK' });
    const updated = (await upsertSupplier({ number: 'S-100', isActive: false }, t.apiKey)).data.upsertSupplier;
    expect(updated).toMatchObject({ created: false, errors: [], supplier: { id: created.supplier.id, name: 'Kontorland A/S', email: 'ap@kontorland.dk', isActive: false } });
    expect(updated.supplier.bankAccount).toEqual(created.supplier.bankAccount);
    const read = await gql(app, `query ($id: ID!) { supplier(id: $id) { ${SUPPLIER} } }`, { id: created.supplier.id }, t.apiKey);
    expect(read.data.supplier).toEqual(updated.supplier);
  });

  it('should refuse to change a number and report a taken number as CONFLICT', async () => {
    const t = await createTenant(app);
    const first = (await upsertSupplier({ number: 'S-1', name: 'One' }, t.apiKey)).data.upsertSupplier.supplier;
    const noNumber = (await upsertSupplier({ name: 'Two' }, t.apiKey)).data.upsertSupplier.supplier;
    expect(codes((await upsertSupplier({ id: first.id, number: 'S-9' }, t.apiKey)).data.upsertSupplier.errors)).toEqual(['INVALID_VALUE@number']);
    expect(codes((await upsertSupplier({ id: noNumber.id, number: 'S-1' }, t.apiKey)).data.upsertSupplier.errors)).toEqual(['CONFLICT@number']);
  });

  it('should return typed field errors for bad input, never INTERNAL_SERVER_ERROR', async () => {
    const t = await createTenant(app);
    const res = await upsertSupplier({ name: 'x'.repeat(300), email: 'nope', bankAccount: { iban: 'DK5000400440116234' } }, t.apiKey);
    expect(res.errors).toBeUndefined();
    expect(codes(res.data.upsertSupplier.errors)).toEqual(['TOO_LONG@name', 'INVALID_FORMAT@email', 'INVALID_VALUE@bankAccount.iban']);
    expect(res.data.upsertSupplier.supplier).toBeNull();
  });

  it('should page by name with a stable cursor and filter by search, isActive and numbers', async () => {
    const t = await createTenant(app);
    for (const [n, name] of [['S-1', 'Delta'], ['S-2', 'alpha'], ['S-3', 'Charlie'], ['S-4', 'Bravo'], ['S-5', 'Echo']]) {
      await upsertSupplier({ number: n, name, isActive: n !== 'S-5' }, t.apiKey);
    }
    const q = `query ($after: String, $filter: SupplierFilter) { suppliers(first: 2, after: $after, filter: $filter, sort: { field: NAME }) { ${PAGE} nodes { name } } }`;
    const p1 = (await gql(app, q, {}, t.apiKey)).data.suppliers;
    expect(p1).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: false }, nodes: [{ name: 'alpha' }, { name: 'Bravo' }] });
    const p2 = (await gql(app, q, { after: p1.pageInfo.endCursor }, t.apiKey)).data.suppliers;
    expect(p2).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: true }, nodes: [{ name: 'Charlie' }, { name: 'Delta' }] });
    const p3 = (await gql(app, q, { after: p2.pageInfo.endCursor }, t.apiKey)).data.suppliers;
    expect(p3).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ name: 'Echo' }] });
    const names = async (filter: object) => (await gql(app, q, { filter }, t.apiKey)).data.suppliers.nodes.map((n: { name: string }) => n.name);
    expect(await names({ search: 'ALP' })).toEqual(['alpha']);
    expect(await names({ isActive: false })).toEqual(['Echo']);
    expect(await names({ numbers: ['S-1', 'S-3'] })).toEqual(['Charlie', 'Delta']);
  });

  it('should page by updatedAt without repeating or skipping a row', async () => {
    const t = await createTenant(app);
    for (let i = 0; i < 7; i++) await upsertSupplier({ number: `S-${i}`, name: `Supplier ${i}` }, t.apiKey);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await gql(app, `query ($after: String) { suppliers(first: 3, after: $after, sort: { field: UPDATED_AT, direction: DESC }) { pageInfo { hasNextPage endCursor } nodes { number } } }`, { after }, t.apiKey);
      seen.push(...res.data.suppliers.nodes.map((n: { number: string }) => n.number));
      after = res.data.suppliers.pageInfo.hasNextPage ? res.data.suppliers.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['S-6', 'S-5', 'S-4', 'S-3', 'S-2', 'S-1', 'S-0']);
  });
});

describe('products', () => {
  it('should create a product with exact decimal prices and keep omitted fields on update', async () => {
    const t = await createTenant(app);
    const created = (await upsertProduct({ number: 'CONSULT', name: 'Consulting', unit: 'hours', salesPrice: '950.50', costPrice: '0.1234', vatRate: '25', productGroup: 'Services' }, t.apiKey)).data.upsertProduct;
    expect(created).toMatchObject({ created: true, errors: [], product: { salesPrice: '950.5000', costPrice: '0.1234', vatRate: '25.00', unit: 'hours', isActive: true } });
    const updated = (await upsertProduct({ id: created.product.id, salesPrice: '1000' }, t.apiKey)).data.upsertProduct;
    expect(updated).toMatchObject({ created: false, errors: [], product: { ...created.product, salesPrice: '1000.0000' } });
    const read = await gql(app, `query ($id: ID!) { product(id: $id) { ${PRODUCT} } }`, { id: created.product.id }, t.apiKey);
    expect(read.data.product).toEqual(updated.product);
    expect(codes((await upsertProduct({ id: created.product.id, number: 'OTHER' }, t.apiKey)).data.upsertProduct.errors)).toEqual(['INVALID_VALUE@number']);
  });

  it('should return typed field errors for bad input, never INTERNAL_SERVER_ERROR', async () => {
    const t = await createTenant(app);
    const res = await upsertProduct({ name: 'x'.repeat(300), salesPrice: 'abc', costPrice: '-1.23456', vatRate: '125' }, t.apiKey);
    expect(res.errors).toBeUndefined();
    expect(codes(res.data.upsertProduct.errors)).toEqual(['REQUIRED@number', 'TOO_LONG@name', 'INVALID_FORMAT@salesPrice', 'INVALID_FORMAT@costPrice', 'TOO_LARGE@vatRate']);
    const float = await upsertProduct({ number: 'P', name: 'P', salesPrice: 9.5 }, t.apiKey);
    expect(float.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('should page by sales price and filter by group, search and isActive', async () => {
    const t = await createTenant(app);
    for (const [n, price, group] of [['P-1', '30.00', 'A'], ['P-2', '10.00', 'B'], ['P-3', '20.00', 'A'], ['P-4', '5.5', 'A']]) {
      await upsertProduct({ number: n, name: `Item ${n}`, salesPrice: price, productGroup: group, isActive: n !== 'P-4' }, t.apiKey);
    }
    const q = `query ($after: String, $filter: ProductFilter) { products(first: 2, after: $after, filter: $filter, sort: { field: SALES_PRICE, direction: DESC }) { ${PAGE} nodes { number } } }`;
    const p1 = (await gql(app, q, {}, t.apiKey)).data.products;
    expect(p1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true }, nodes: [{ number: 'P-1' }, { number: 'P-3' }] });
    const p2 = (await gql(app, q, { after: p1.pageInfo.endCursor }, t.apiKey)).data.products;
    expect(p2).toMatchObject({ pageInfo: { hasNextPage: false, hasPreviousPage: true }, nodes: [{ number: 'P-2' }, { number: 'P-4' }] });
    const numbers = async (filter: object) => (await gql(app, q, { filter }, t.apiKey)).data.products.nodes.map((n: { number: string }) => n.number);
    expect(await numbers({ productGroup: 'B' })).toEqual(['P-2']);
    expect(await numbers({ productGroup: 'A', isActive: true })).toEqual(['P-1', 'P-3']);
    expect(await numbers({ search: 'item p-4' })).toEqual(['P-4']);
    const byNumber = (await gql(app, `{ products { nodes { number } } }`, {}, t.apiKey)).data.products.nodes;
    expect(byNumber.map((n: { number: string }) => n.number)).toEqual(['P-1', 'P-2', 'P-3', 'P-4']);
  });
});

describe('projects', () => {
  it('should create a project for a customer, resolve the customer and keep omitted fields on update', async () => {
    const t = await createTenant(app);
    const customerId = await seedCustomer(app, t.apiKey, 'C-1', 'Acme');
    const created = (await upsertProject({ number: 'PR-7', name: 'Relaunch', customerId, startDate: '2026-01-01' }, t.apiKey)).data.upsertProject;
    expect(created).toMatchObject({ created: true, errors: [], project: { isActive: true, isInternal: false, startDate: '2026-01-01', endDate: null, customer: { id: customerId, name: 'Acme' } } });
    const updated = (await upsertProject({ number: 'PR-7', endDate: '2026-06-30' }, t.apiKey)).data.upsertProject;
    expect(updated).toMatchObject({ created: false, errors: [], project: { ...created.project, endDate: '2026-06-30' } });
    expect((await gql(app, `query ($id: ID!) { project(id: $id) { ${PROJECT} } }`, { id: created.project.id }, t.apiKey)).data.project).toEqual(updated.project);
    expect(codes((await upsertProject({ id: created.project.id, number: 'PR-8' }, t.apiKey)).data.upsertProject.errors)).toEqual(['INVALID_VALUE@number']);
    expect(codes((await upsertProject({ id: created.project.id, endDate: '2025-12-31' }, t.apiKey)).data.upsertProject.errors)).toEqual(['INVALID_VALUE@endDate']);
  });

  it('should report an unknown, foreign or wrongly typed customerId as NOT_FOUND at customerId', async () => {
    const a = await tenantWithProject();
    const b = await createTenant(app);
    const supplierId = (await upsertSupplier({ name: 'Not a customer' }, b.apiKey)).data.upsertSupplier.supplier.id;
    for (const customerId of [a.customerId, supplierId, 'garbage', Buffer.from('Customer:00000000-0000-4000-8000-000000000000').toString('base64url')]) {
      const res = await upsertProject({ number: 'PR-1', name: 'X', customerId }, b.apiKey);
      expect(res.errors).toBeUndefined();
      expect(codes(res.data.upsertProject.errors)).toEqual(['NOT_FOUND@customerId']);
    }
    expect(codes((await upsertProject({ number: 'PR-1', name: 'x'.repeat(300) }, b.apiKey)).data.upsertProject.errors)).toEqual(['TOO_LONG@name', 'REQUIRED@customerId']);
  });

  it('should page by number and filter by customer, isInternal, isActive and search', async () => {
    const t = await createTenant(app);
    const c1 = await seedCustomer(app, t.apiKey, 'C-1');
    const c2 = await seedCustomer(app, t.apiKey, 'C-2');
    await upsertProject({ number: 'PR-3', name: 'Website', customerId: c1 }, t.apiKey);
    await upsertProject({ number: 'PR-1', name: 'Admin', isInternal: true }, t.apiKey);
    await upsertProject({ number: 'PR-2', name: 'Shop', customerId: c2, isActive: false }, t.apiKey);
    const q = `query ($after: String, $filter: ProjectFilter) { projects(first: 2, after: $after, filter: $filter, sort: { field: NUMBER }) { ${PAGE} nodes { number } } }`;
    const p1 = (await gql(app, q, {}, t.apiKey)).data.projects;
    expect(p1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ number: 'PR-1' }, { number: 'PR-2' }] });
    expect((await gql(app, q, { after: p1.pageInfo.endCursor }, t.apiKey)).data.projects).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ number: 'PR-3' }] });
    const numbers = async (filter: object) => (await gql(app, q, { filter }, t.apiKey)).data.projects.nodes.map((n: { number: string }) => n.number);
    expect(await numbers({ customerId: c1 })).toEqual(['PR-3']);
    expect(await numbers({ customerId: 'garbage' })).toEqual([]);
    expect(await numbers({ isInternal: true })).toEqual(['PR-1']);
    expect(await numbers({ isActive: false })).toEqual(['PR-2']);
    expect(await numbers({ search: 'shop' })).toEqual(['PR-2']);
  });
});

describe('project costs', () => {
  it('should bill a cost at 150 % as cost × 1.5 (SE-VN-59) and resolve project, supplier and product', async () => {
    const { t, projectId } = await tenantWithProject();
    const supplierId = (await upsertSupplier({ number: 'S-1', name: 'Kontorland' }, t.apiKey)).data.upsertSupplier.supplier.id;
    const productId = (await upsertProduct({ number: 'MAT', name: 'Material', salesPrice: '0' }, t.apiKey)).data.upsertProduct.product.id;
    const res = await recordCost({ projectId, supplierId, productId, description: 'V-1043 Kontorland', costDate: '2026-02-03', quantity: '2', unitCost: '600.005', isBillable: true, markupPercent: '150' }, t.apiKey);
    expect(res.data.recordProjectCost.errors).toEqual([]);
    expect(res.data.recordProjectCost.projectCost).toMatchObject({
      costDate: '2026-02-03', quantity: '2.0000', unitCost: '600.0050', costAmount: '1200.01', isBillable: true, priceAmount: '1800.02',
      project: { id: projectId }, supplier: { id: supplierId }, product: { id: productId },
    });
  });

  it('should price a non-billable cost at 0.00 and a billable one without multiplier at cost (SE-VN-59, SE-EE-17)', async () => {
    const { t, projectId } = await tenantWithProject();
    const base = { projectId, description: 'Travel', costDate: '2026-02-03', unitCost: '99.99' };
    expect((await recordCost({ ...base, isBillable: false, markupPercent: '150' }, t.apiKey)).data.recordProjectCost.projectCost)
      .toMatchObject({ quantity: '1.0000', costAmount: '99.99', isBillable: false, priceAmount: '0.00', supplier: null, product: null });
    expect((await recordCost(base, t.apiKey)).data.recordProjectCost.projectCost).toMatchObject({ isBillable: true, priceAmount: '99.99' });
  });

  it('should return typed field errors at input paths, never INTERNAL_SERVER_ERROR', async () => {
    const { t, projectId } = await tenantWithProject();
    const bad = await recordCost({ projectId, description: 'x'.repeat(600), costDate: '2026-13-01', quantity: 'abc', unitCost: '1.23456', markupPercent: '-5' }, t.apiKey);
    expect(bad.errors).toBeUndefined();
    expect(codes(bad.data.recordProjectCost.errors)).toEqual(['TOO_LONG@description', 'INVALID_FORMAT@costDate', 'INVALID_FORMAT@quantity', 'INVALID_FORMAT@unitCost', 'INVALID_FORMAT@markupPercent']);
    expect(codes((await recordCost({}, t.apiKey)).data.recordProjectCost.errors)).toEqual(['REQUIRED@projectId', 'REQUIRED@description', 'REQUIRED@costDate', 'REQUIRED@unitCost']);
    const refs = await recordCost({ projectId: 'garbage', supplierId: projectId, productId: projectId, description: 'X', costDate: '2026-01-01', unitCost: '1' }, t.apiKey);
    expect(codes(refs.data.recordProjectCost.errors)).toEqual(['NOT_FOUND@projectId', 'NOT_FOUND@supplierId', 'NOT_FOUND@productId']);
    const huge = await recordCost({ projectId, description: 'X', costDate: '2026-01-01', quantity: '999999999999999', unitCost: '999999999999999' }, t.apiKey);
    expect(codes(huge.data.recordProjectCost.errors)).toEqual(['TOO_LARGE@unitCost']);
  });

  it('should page by cost date and filter by project, supplier, billability and date range', async () => {
    const { t, customerId, projectId } = await tenantWithProject();
    const other = await seedProject(app, t.apiKey, 'PR-2', customerId);
    const supplierId = (await upsertSupplier({ name: 'S' }, t.apiKey)).data.upsertSupplier.supplier.id;
    for (const [day, p, billable] of [['03', projectId, true], ['01', projectId, false], ['02', other, true], ['04', projectId, true]] as const) {
      await recordCost({ projectId: p, supplierId: day === '02' ? supplierId : null, description: `Cost ${day}`, costDate: `2026-03-${day}`, unitCost: '1', isBillable: billable }, t.apiKey);
    }
    const q = `query ($after: String, $filter: ProjectCostFilter) { projectCosts(first: 3, after: $after, filter: $filter, sort: { field: COST_DATE, direction: ASC }) { ${PAGE} nodes { costDate } } }`;
    const p1 = (await gql(app, q, {}, t.apiKey)).data.projectCosts;
    expect(p1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true }, nodes: [{ costDate: '2026-03-01' }, { costDate: '2026-03-02' }, { costDate: '2026-03-03' }] });
    expect((await gql(app, q, { after: p1.pageInfo.endCursor }, t.apiKey)).data.projectCosts).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ costDate: '2026-03-04' }] });
    const days = async (filter: object) => (await gql(app, q, { filter }, t.apiKey)).data.projectCosts.nodes.map((n: { costDate: string }) => n.costDate.slice(8));
    expect(await days({ projectId: other })).toEqual(['02']);
    expect(await days({ supplierId })).toEqual(['02']);
    expect(await days({ projectId, isBillable: true })).toEqual(['03', '04']);
    expect(await days({ from: '2026-03-02', to: '2026-03-03' })).toEqual(['02', '03']);
    const badDate = await gql(app, q, { filter: { from: 'yesterday' } }, t.apiKey);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('payments', () => {
  it('should list payments with the global invoice id, page by date and filter by invoice and date range', async () => {
    const t = await createTenant(app);
    const customerId = await seedCustomer(app, t.apiKey, '1');
    const inv1 = await seedInvoice(app, t.apiKey, customerId);
    const inv2 = await seedInvoice(app, t.apiKey, customerId);
    for (const [inv, paidOn, amount] of [[inv1, '2026-04-02', '100.00'], [inv1, '2026-04-05', '0.10'], [inv2, '2026-04-03', '50']] as const) {
      expect((await seedPayment(t.id, inv.id, { amount, paidOn, reference: 'OCR 123' })).ok).toBe(true);
    }
    const q = `query ($after: String, $filter: PaymentFilter) { payments(first: 2, after: $after, filter: $filter) { ${PAGE} nodes { id invoiceId amount paidOn reference } } }`;
    const p1 = (await gql(app, q, {}, t.apiKey)).data.payments;
    expect(p1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ paidOn: '2026-04-05', amount: '0.10', invoiceId: inv1.id, reference: 'OCR 123' }, { paidOn: '2026-04-03', amount: '50.00', invoiceId: inv2.id }] });
    expect((await gql(app, q, { after: p1.pageInfo.endCursor }, t.apiKey)).data.payments).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ paidOn: '2026-04-02' }] });
    const dates = async (filter: object) => (await gql(app, q, { filter }, t.apiKey)).data.payments.nodes.map((n: { paidOn: string }) => n.paidOn);
    expect(await dates({ invoiceId: inv1.id })).toEqual(['2026-04-05', '2026-04-02']);
    expect(await dates({ invoiceId: customerId })).toEqual([]);
    expect(await dates({ from: '2026-04-03', to: '2026-04-04' })).toEqual(['2026-04-03']);
    expect((await gql(app, `query ($id: ID!) { node(id: $id) { id ... on Payment { amount } } }`, { id: p1.nodes[0].id }, t.apiKey)).data.node).toEqual({ id: p1.nodes[0].id, amount: '0.10' });
  });

  it('should validate a recorded payment with the domain schema', async () => {
    const t = await createTenant(app);
    const invoice = await seedInvoice(app, t.apiKey, await seedCustomer(app, t.apiKey, '1'));
    const res = await seedPayment(t.id, invoice.id, { amount: '0', paidOn: '15/06/2026', reference: 'x'.repeat(61) });
    expect(res.ok ? [] : codes(res.error)).toEqual(['TOO_SMALL@amount', 'INVALID_FORMAT@paidOn', 'TOO_LONG@reference']);
  });
});
