import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_OPERATOR_TOKEN, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ LOG_LEVEL: 'error' });
});
afterAll(async () => {
  await app?.stop();
});

const CREATE_TENANT = `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id name } errors { code } } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token tenant { id name } tenantChoices { id name } errors { code field } } }`;

async function tenant(name: string, email: string, password: string): Promise<{ id: string; name: string }> {
  const res = await gql(app, CREATE_TENANT, { input: { name, admin: { email, password } } }, TEST_OPERATOR_TOKEN);
  expect(res.data.createTenant.errors).toEqual([]);
  return res.data.createTenant.tenant;
}

// Issue #6: the admin's sign-in offers a tenant switcher for users in several tenants.
describe('login tenant choice (admin sign-in, issue #6)', () => {
  it('should list the tenants whose user matches e-mail and password, and sign in to the chosen one', async () => {
    const north = await tenant('North ApS', 'eva@example.dk', 'correct horse battery');
    const south = await tenant('South AB', 'eva@example.dk', 'correct horse battery');
    await tenant('West AS', 'eva@example.dk', 'a different password');

    const ambiguous = await gql(app, LOGIN, { input: { email: 'eva@example.dk', password: 'correct horse battery' } });
    expect(ambiguous.errors).toBeUndefined();
    expect(ambiguous.data.login.token).toBeNull();
    expect(ambiguous.data.login.errors).toEqual([{ code: 'REQUIRED', field: ['tenantId'] }]);
    expect(ambiguous.data.login.tenantChoices).toHaveLength(2);
    expect(ambiguous.data.login.tenantChoices).toEqual(expect.arrayContaining([north, south]));

    const chosen = await gql(app, LOGIN, { input: { email: 'eva@example.dk', password: 'correct horse battery', tenantId: south.id } });
    expect(chosen.data.login.errors).toEqual([]);
    expect(chosen.data.login.tenant).toEqual(south);
    expect(chosen.data.login.tenantChoices).toEqual([]);
    const me = await gql(app, `{ viewer { tenant { name } } }`, {}, chosen.data.login.token);
    expect(me.data.viewer.tenant.name).toBe('South AB');
  });

  it('should reveal no tenants for a wrong password', async () => {
    await tenant('Lone ApS', 'finn@example.dk', 'correct horse battery');
    await tenant('Other ApS', 'finn@example.dk', 'correct horse battery');
    const wrong = await gql(app, LOGIN, { input: { email: 'finn@example.dk', password: 'not the password' } });
    expect(wrong.data.login.tenantChoices).toEqual([]);
    expect(wrong.data.login.errors).toEqual([{ code: 'INVALID_VALUE', field: ['password'] }]);
  });
});
