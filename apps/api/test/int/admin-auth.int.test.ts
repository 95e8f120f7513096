import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_OPERATOR_TOKEN, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const CREATE_TENANT = `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id name } apiKey errors { code message field } } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token user { email role } tenant { name } errors { code field } } }`;

async function tenantWithAdmin(email: string): Promise<{ apiKey: string; token: string }> {
  const created = await gql(app, CREATE_TENANT, { input: { name: `T ${email}`, admin: { email, password: 'correct horse battery' } } }, TEST_OPERATOR_TOKEN);
  expect(created.data.createTenant.errors).toEqual([]);
  const login = await gql(app, LOGIN, { input: { email, password: 'correct horse battery' } });
  expect(login.data.login.errors).toEqual([]);
  return { apiKey: created.data.createTenant.apiKey, token: login.data.login.token };
}

describe('admin users and API keys', () => {
  it('should log an admin in and tell who they are', async () => {
    const { token } = await tenantWithAdmin('anna@example.dk');
    const me = await gql(app, `{ viewer { kind tenant { name } user { email role } } }`, {}, token);
    expect(me.data.viewer).toEqual({ kind: 'USER', tenant: { name: 'T anna@example.dk' }, user: { email: 'anna@example.dk', role: 'ADMIN' } });
  });

  it('should give the same answer for a wrong password and an unknown e-mail', async () => {
    await tenantWithAdmin('bo@example.dk');
    const wrong = await gql(app, LOGIN, { input: { email: 'bo@example.dk', password: 'not the password' } });
    const unknown = await gql(app, LOGIN, { input: { email: 'nobody@example.dk', password: 'not the password' } });
    expect(wrong.data.login).toEqual(unknown.data.login);
    expect(wrong.data.login.errors[0]).toMatchObject({ field: ['password'] });
  });

  it('should store passwords with a memory-hard hash, never in clear', async () => {
    await tenantWithAdmin('cai@example.dk');
    const owner = new URL(app.databaseUrl);
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: owner.toString() });
    await client.connect();
    const rows = await client.query(`SELECT password_hash FROM app_user WHERE email = 'cai@example.dk'`);
    await client.end();
    expect(rows.rows[0].password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(rows.rows[0].password_hash).not.toContain('correct horse');
  });

  it('should reject weak first-admin input with paths under admin', async () => {
    const res = await gql(app, CREATE_TENANT, { input: { name: 'Weak', admin: { email: 'not-an-email', password: 'short' } } }, TEST_OPERATOR_TOKEN);
    const fields = res.data.createTenant.errors.map((e: { field: string[] }) => e.field.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['admin.email', 'admin.password']));
    expect(res.data.createTenant.tenant).toBeNull();
  });

  it('should let an admin create a key (shown once), use it, list it and revoke it', async () => {
    const { token } = await tenantWithAdmin('dan@example.dk');
    const created = await gql(app, `mutation { createApiKey(input: { name: "Field app" }) { apiKey { id name prefix } secret errors { code } } }`, {}, token);
    const { apiKey, secret } = created.data.createApiKey;
    expect(secret).toMatch(/^lbk_/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect((await gql(app, `{ customers { totalCount } }`, {}, secret)).data.customers.totalCount).toBe(0);
    const list = await gql(app, `{ apiKeys { id name revokedAt } }`, {}, token);
    expect(list.data.apiKeys.map((k: { name: string }) => k.name)).toContain('Field app');
    expect(JSON.stringify(list.data)).not.toContain(secret);
    const revoked = await gql(app, `mutation ($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } errors { code } } }`, { id: apiKey.id }, token);
    expect(revoked.data.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    expect((await gql(app, `{ customers { totalCount } }`, {}, secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should let viewers read but not write, and keep partner keys out of key management', async () => {
    const { token, apiKey } = await tenantWithAdmin('eva@example.dk');
    const made = await gql(app, `mutation { createUser(input: { email: "viewer@example.dk", password: "viewer password 1", role: VIEWER }) { user { role } errors { code field } } }`, {}, token);
    expect(made.data.createUser.errors).toEqual([]);
    const login = await gql(app, LOGIN, { input: { email: 'viewer@example.dk', password: 'viewer password 1' } });
    const viewer = login.data.login.token;
    expect((await gql(app, `{ customers { totalCount } }`, {}, viewer)).errors).toBeUndefined();
    const write = await gql(app, `mutation { upsertCustomer(input: { number: "1", name: "x" }) { errors { code } } }`, {}, viewer);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const keyMgmt = await gql(app, `mutation { createApiKey(input: { name: "x" }) { secret } }`, {}, apiKey);
    expect(keyMgmt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('should end a session on logout', async () => {
    const { token } = await tenantWithAdmin('finn@example.dk');
    await gql(app, `mutation { logout { ok } }`, {}, token);
    expect((await gql(app, `{ customers { totalCount } }`, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
