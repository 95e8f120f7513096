import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import { startEconomicSandbox } from './index.js';
import type { EconomicStore } from './store.js';
import { testClient } from './testing/test-client.js';

let sandbox: StartedSandbox<EconomicStore>;
beforeEach(async () => {
  sandbox = await startEconomicSandbox({});
});
afterEach(async () => {
  await sandbox.stop();
});

const api = '/api/v20.0.0';

describe('e-conomic sandbox Projects API', () => {
  it('should create a project with 201 { number } and assign the next number', async () => {
    const reply = await testClient(sandbox).post(`${api}/projects`, { name: 'Badeværelse Skovvej 12', projectGroupNumber: 2, customerNumber: 101 });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({ number: 18 });
    const project = await testClient(sandbox).get(`${api}/projects/18`);
    expect(project.body).toMatchObject({ number: 18, name: 'Badeværelse Skovvej 12', customerNumber: 101, isBarred: false, isClosed: false });
    expect(typeof project.body.objectVersion).toBe('string');
  });

  it('should require a customer for a project that is not internal', async () => {
    const reply = await testClient(sandbox).post(`${api}/projects`, { name: 'Uden kunde', projectGroupNumber: 2 });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ errorCode: 'ProjectCannotBeCreatedUpdatedCustomerNumberRequired', property: 'customerNumber' });
    expect((await testClient(sandbox).post(`${api}/projects`, { name: 'Intern', projectGroupNumber: 1 })).status).toBe(201);
  });

  it('should refuse an unknown group, a missing name and a number in use', async () => {
    const client = testClient(sandbox);
    expect((await client.post(`${api}/projects`, { name: 'X', projectGroupNumber: 9, customerNumber: 101 })).body.errorCode).toBe('ProjectCannotBeCreatedUpdatedGroupDoesNotExist');
    expect((await client.post(`${api}/projects`, { name: ' ', projectGroupNumber: 1 })).body.property).toBe('name');
    expect((await client.post(`${api}/projects`, { number: 17, name: 'X', projectGroupNumber: 1 })).body.errorCode).toBe('ProjectCannotBeCreatedUpdatedNumberAlreadyExists');
  });

  it('should update with the id in the body and answer a stale objectVersion with 409', async () => {
    const client = testClient(sandbox);
    const current = (await client.get(`${api}/projects/17`)).body;
    expect((await client.put(`${api}/projects`, { ...current, name: 'Køkken og bad Vestergade 4' })).status).toBe(204);
    const stale = await client.put(`${api}/projects`, { ...current, name: 'Igen' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ property: 'version' });
    expect((await client.get(`${api}/projects/17`)).body.name).toBe('Køkken og bad Vestergade 4');
  });

  it('should list with a cursor, filter on lastUpdated, count, and page up to 100', async () => {
    for (let i = 0; i < 1005; i += 1) {
      sandbox.store.projects.set(100 + i, { number: 100 + i, name: `P${i}`, projectGroupNumber: 1, isMainProject: false, isBarred: false, isClosed: false, objectVersion: 'x', lastUpdated: '2030-01-01T00:00:00Z' });
    }
    const client = testClient(sandbox);
    const first = await client.get(`${api}/projects`);
    expect((first.body.items as unknown[]).length).toBe(1000);
    const second = await client.get(`${api}/projects?cursor=${String(first.body.cursor)}`);
    expect((second.body.items as unknown[]).length).toBe(7);
    expect(second.body).not.toHaveProperty('cursor');
    const recent = await client.get(`${api}/projects?filter=${encodeURIComponent('lastUpdated$gte:2030-01-01T00:00:00Z')}`);
    expect((recent.body.items as unknown[]).length).toBe(1000);
    expect((await client.get(`${api}/projects/count`)).body).toBe(1007);
    expect((await client.get(`${api}/projects/paged?skippages=0&pagesize=101`)).status).toBe(400);
  });

  it('should serve the same API under /projects at the REST root', async () => {
    const reply = await testClient(sandbox).get('/projects/17');
    expect(reply.body).toMatchObject({ number: 17, name: 'Køkken Vestergade 4' });
  });
});
