import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_OPERATOR_TOKEN, type TestApp } from '../create-test-app.js';
import { createTenant, gql } from '../gql.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

describe('operations endpoints', () => {
  it('should answer /healthz and /readyz', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('should serve a bundled GraphiQL that loads nothing from a CDN', async () => {
    const res = await fetch(`${app.url}/graphiql`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('YogaGraphiQL');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
  });

  it('should refuse a body over the size limit with 413 and a JSON error', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { kind } }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('authentication', () => {
  it('should reject unauthenticated calls with UNAUTHENTICATED', async () => {
    const res = await gql(app, `{ customers { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('should reject a wrong or revoked-looking key like no key at all', async () => {
    const res = await gql(app, `{ customers { totalCount } }`, {}, 'lbk_not-a-real-key');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should let only the operator create tenants', async () => {
    const tenant = await createTenant(app);
    const asTenant = await gql(app, `mutation { createTenant(input: { name: "Sneaky" }) { tenant { id } } }`, {}, tenant.apiKey);
    expect(asTenant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(app, `mutation { createTenant(input: { name: "Sneaky" }) { tenant { id } } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should return a typed field error for a blank tenant name', async () => {
    const res = await gql(app, `mutation { createTenant(input: { name: "  " }) { tenant { id } apiKey errors { code message field } } }`, {}, TEST_OPERATOR_TOKEN);
    expect(res.errors).toBeUndefined();
    expect(res.data.createTenant.tenant).toBeNull();
    expect(res.data.createTenant.errors[0]).toMatchObject({ field: ['name'] });
  });

  it('should hide the schema from unauthenticated callers: no introspection, no suggestions', async () => {
    const intro = await gql(app, `{ __schema { types { name } } }`);
    expect(intro.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const typo = await gql(app, `{ custmers { totalCount } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('query limits', () => {
  it('should reject a query 20 levels deep', async () => {
    const tenant = await createTenant(app);
    // a valid selection: Invoice.creditedInvoice is recursive
    const deep = `{ invoices(first: 1) { nodes { ${'creditedInvoice { '.repeat(18)} id ${'} '.repeat(18)} } } }`;
    const res = await gql(app, deep, {}, tenant.apiKey);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.map((e) => e.message).join(' ')).toMatch(/depth/i);
  });

  it('should accept the same shape at a sensible depth', async () => {
    const tenant = await createTenant(app);
    const ok = await gql(app, `{ invoices(first: 1) { nodes { creditedInvoice { creditedInvoice { id } } } } }`, {}, tenant.apiKey);
    expect(ok.errors).toBeUndefined();
  });

  it('should reject a query with 100 aliases', async () => {
    const tenant = await createTenant(app);
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: viewer { kind }`).join(' ');
    const res = await gql(app, `{ ${aliases} }`, {}, tenant.apiKey);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.map((e) => e.message).join(' ')).toMatch(/alias/i);
  });
});

describe('database role', () => {
  it('should connect as a role that is neither superuser nor the owner of any table', async () => {
    const rows: { rolname: string; rolsuper: boolean; rolbypassrls: boolean }[] = await app.ds.query(
      'SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    expect(rows[0]).toMatchObject({ rolname: 'ledgerbridge_app', rolsuper: false, rolbypassrls: false });
    const owned: { tablename: string }[] = await app.ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`);
    expect(owned).toEqual([]);
  });

  it('should enforce row-level security on every tenant table even without the app filter', async () => {
    const rlsOff: { relname: string }[] = await app.ds.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity
         AND c.relname NOT IN ('migrations', 'agenda_jobs')`,
    );
    expect(rlsOff).toEqual([]);
    const tenant = await createTenant(app);
    await gql(app, `mutation { upsertCustomer(input: { number: "77", name: "Hidden" }) { errors { code } } }`, {}, tenant.apiKey);
    // the app role without app.tenant_id set sees nothing at all
    const client = new pg.Client({ connectionString: appUrl(app) });
    await client.connect();
    const seen = await client.query('SELECT count(*)::int AS n FROM customer');
    await client.end();
    expect(seen.rows[0].n).toBe(0);
  });
});

function appUrl(a: TestApp): string {
  const u = new URL(a.databaseUrl);
  u.username = 'ledgerbridge_app';
  u.password = 'test-app-role-password';
  return u.toString();
}
