import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import type { FortnoxStore } from './index.js';
import { type Api, at, startTestSandbox } from './testing/api.js';

let sandbox: StartedSandbox<FortnoxStore>;
let api: Api;

beforeEach(async () => {
  ({ sandbox, api } = await startTestSandbox());
});
afterEach(async () => {
  await sandbox.stop();
});

describe('Fortnox sandbox registers', () => {
  it('should wrap lists in MetaInformation and return subsets with @url', async () => {
    const res = await api('GET', '/3/customers');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ MetaInformation: { '@TotalResources': 5, '@TotalPages': 1, '@CurrentPage': 1 } });
    const first = at(res.body, 'Customers', 0);
    expect(first).toMatchObject({ '@url': `${sandbox.baseUrl}/3/customers/1`, CustomerNumber: '1', Name: 'Byggmästarn i Solna AB', Phone: '08-555 123 40' });
    expect(first).not.toHaveProperty('TermsOfPayment'); // a subset: full data needs GET by number
  });

  it('should page with page and limit', async () => {
    const page2 = await api('GET', '/3/customers?page=2&limit=2');
    expect(page2.body).toMatchObject({ MetaInformation: { '@TotalResources': 5, '@TotalPages': 3, '@CurrentPage': 2 } });
    expect((at(page2.body, 'Customers') as unknown[]).map((c) => at(c, 'CustomerNumber'))).toEqual(['3', '4']);
  });

  it('should refuse a limit above 500', async () => {
    const res = await api('GET', '/3/customers?limit=501');
    expect(res.status).toBe(400);
    expect(at(res.body, 'ErrorInformation', 'code')).toBe(2000588);
  });

  it('should return only records modified at or after lastmodified (Stockholm time)', async () => {
    for (const record of sandbox.store.customers.values()) record.modifiedAt = Date.parse('2024-01-01T00:00:00Z');
    sandbox.store.now = () => Date.parse('2024-06-01T10:00:00Z');
    await api('PUT', '/3/customers/2', { Customer: { Email: 'ny@nordvik.se' } });
    // 12:00 in Stockholm (CEST, UTC+2) is 10:00 UTC
    expect(at((await api('GET', '/3/customers?lastmodified=2024-06-01%2012:00')).body, 'MetaInformation', '@TotalResources')).toBe(1);
    expect(at((await api('GET', '/3/customers?lastmodified=2024-06-01%2012:01')).body, 'MetaInformation', '@TotalResources')).toBe(0);
    expect((await api('GET', '/3/customers?lastmodified=yesterday')).status).toBe(400);
  });

  it('should assign a string CustomerNumber when it is omitted and wrap the created customer', async () => {
    const res = await api('POST', '/3/customers', { Customer: { Name: 'Acme AB', OrganisationNumber: '556677-8899', City: 'Stockholm' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ Customer: { CustomerNumber: '6', Name: 'Acme AB', Active: true, Currency: 'SEK', '@url': `${sandbox.baseUrl}/3/customers/6` } });
  });

  it('should refuse a customer number already in use with code 2000013', async () => {
    const res = await api('POST', '/3/customers', { Customer: { CustomerNumber: '1', Name: 'Dubblett AB' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ ErrorInformation: { error: 1, message: 'Kundnummer 1 används redan.', code: 2000013 } });
  });

  it('should require Name and refuse an unknown terms-of-payment code', async () => {
    expect(at((await api('POST', '/3/customers', { Customer: { City: 'Lund' } })).body, 'ErrorInformation', 'message')).toContain('Name');
    expect((await api('POST', '/3/customers', { Customer: { Name: 'X', TermsOfPayment: '7' } })).status).toBe(400);
  });

  it('should update partially and keep the customer number immutable', async () => {
    const res = await api('PUT', '/3/customers/3', { Customer: { Phone1: '040-12 34 56' } });
    expect(res.body).toMatchObject({ Customer: { CustomerNumber: '3', Name: 'Malmö Energiteknik AB', Phone1: '040-12 34 56' } });
    expect((await api('PUT', '/3/customers/3', { Customer: { CustomerNumber: '99' } })).status).toBe(400);
  });

  it('should answer 404 with ErrorInformation for an unknown record', async () => {
    const res = await api('GET', '/3/customers/999');
    expect(res.status).toBe(404);
    expect(at(res.body, 'ErrorInformation', 'error')).toBe(1);
  });

  it('should refuse an unwrapped body', async () => {
    const res = await api('POST', '/3/customers', { Name: 'No envelope AB' });
    expect(res.status).toBe(400);
  });

  it('should refuse a project Description longer than 50 characters and accept exactly 50', async () => {
    const fifty = 'Renovering av kök och badrum, Vestergatan 4, Malmö'.padEnd(50, '.');
    expect(fifty).toHaveLength(50);
    const ok = await api('POST', '/3/projects', { Project: { ProjectNumber: 'P200', Description: fifty } });
    expect(ok.status).toBe(201);
    const tooLong = await api('POST', '/3/projects', { Project: { ProjectNumber: 'P201', Description: `${fifty}X` } });
    expect(tooLong.status).toBe(400);
    expect(at(tooLong.body, 'ErrorInformation', 'message')).toContain('50');
    expect(sandbox.store.projects.has('P201')).toBe(false);
    expect((await api('PUT', '/3/projects/P200', { Project: { Description: `${fifty}X` } })).status).toBe(400);
  });

  it('should refuse an article whose Unit is not in /3/units, and accept it once the unit exists', async () => {
    const article = { Article: { ArticleNumber: 'LIFT', Description: 'Saxlift per dag', Unit: 'dygn' } };
    const res = await api('POST', '/3/articles', article);
    expect(res.status).toBe(400);
    expect(at(res.body, 'ErrorInformation', 'message')).toContain('dygn');
    expect((await api('POST', '/3/units', { Unit: { Code: 'dygn', Description: 'Dygn' } })).status).toBe(201);
    expect((await api('POST', '/3/articles', article)).status).toBe(201);
  });

  it('should list units and treat SalesPrice as read-only', async () => {
    expect(at((await api('GET', '/3/units')).body, 'Units')).toEqual(expect.arrayContaining([expect.objectContaining({ Code: 'st' }), expect.objectContaining({ Code: 'tim' })]));
    const res = await api('PUT', '/3/articles/MONT', { Article: { SalesPrice: 1, Description: 'Montör' } });
    expect(res.body).toMatchObject({ Article: { SalesPrice: 650, Description: 'Montör' } });
  });

  it('should set an article SalesPrice through price list A', async () => {
    await api('POST', '/3/articles', { Article: { ArticleNumber: 'SERV', Description: 'Service', Unit: 'tim' } });
    expect((await api('PUT', '/3/prices/A/SERV/0', { Price: { Price: 700 } })).status).toBe(404);
    const created = await api('POST', '/3/prices', { Price: { ArticleNumber: 'SERV', PriceList: 'A', FromQuantity: 0, Price: 700 } });
    expect(created.status).toBe(201);
    expect((await api('POST', '/3/prices', { Price: { ArticleNumber: 'SERV', PriceList: 'A', FromQuantity: 0, Price: 1 } })).status).toBe(400);
    await api('PUT', '/3/prices/A/SERV/0', { Price: { Price: 725.5 } });
    expect((await api('GET', '/3/articles/SERV')).body).toMatchObject({ Article: { SalesPrice: 725.5 } });
    expect((await api('GET', '/3/prices/A/SERV/0')).body).toMatchObject({ Price: { ArticleNumber: 'SERV', PriceList: 'A', FromQuantity: 0, Price: 725.5 } });
  });

  it('should refuse an article VAT rate that Sweden does not have', async () => {
    expect((await api('POST', '/3/articles', { Article: { Description: 'Fel moms', VAT: 20 } })).status).toBe(400);
  });

  it('should not delete a customer that invoices point at', async () => {
    expect((await api('DELETE', '/3/customers/1')).status).toBe(400);
    expect((await api('DELETE', '/3/customers/3')).status).toBe(204);
  });
});
