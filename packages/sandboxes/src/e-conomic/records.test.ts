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

const customer = {
  name: 'Acme ApS',
  currency: 'DKK',
  customerGroup: { customerGroupNumber: 1 },
  paymentTerms: { paymentTermsNumber: 1 },
  vatZone: { vatZoneNumber: 1 },
  address: 'Vej 1',
  zip: '2100',
  city: 'København Ø',
  email: 'bogholderi@acme.dk',
};

type FieldErrors = Record<string, { errors: { propertyName: string; errorCode: string; errorMessage: string }[] }>;

describe('e-conomic sandbox customers', () => {
  it('should create a customer with 201, the full document and the next free number', async () => {
    const reply = await testClient(sandbox).post('/customers', customer);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ customerNumber: 106, name: 'Acme ApS', customerGroup: { customerGroupNumber: 1 }, balance: 0 });
    expect(reply.headers.get('location')).toBe(`${sandbox.baseUrl}/customers/106`);
    expect(reply.body).not.toHaveProperty('barred');
    expect(sandbox.store.customers.has(106)).toBe(true);
  });

  it('should keep a customer number chosen on create', async () => {
    const reply = await testClient(sandbox).post('/customers', { ...customer, customerNumber: 5000 });
    expect(reply.body.customerNumber).toBe(5000);
  });

  for (const field of ['name', 'currency', 'customerGroup', 'paymentTerms', 'vatZone'] as const) {
    it(`should refuse a customer without ${field} with E04300 naming the field`, async () => {
      const { [field]: _left, ...body } = customer;
      const reply = await testClient(sandbox).post('/customers', body);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ errorCode: 'E04300', httpStatusCode: 400, errorCount: 1, message: 'Validation failed. 1 error found.' });
      const errors = reply.body.errors as FieldErrors;
      expect(Object.keys(errors)).toEqual([field]);
      expect(errors[field]?.errors[0]?.propertyName).toBe(field);
    });
  }

  it('should answer an unknown customer group with the captured E07140 error', async () => {
    const reply = await testClient(sandbox).post('/customers', { ...customer, customerGroup: { customerGroupNumber: 99 } });
    const errors = reply.body.errors as FieldErrors;
    expect(errors.customerGroup?.errors[0]).toMatchObject({ errorCode: 'E07140', errorMessage: "CustomerGroup '99' not found.", inputValue: 99 });
  });

  it('should answer unknown references and currencies with E06000', async () => {
    const reply = await testClient(sandbox).post('/customers', { ...customer, currency: 'ZUL', paymentTerms: { paymentTermsNumber: 77 } });
    const errors = reply.body.errors as FieldErrors;
    expect(reply.body.errorCount).toBe(2);
    expect(errors.currency?.errors[0]?.errorCode).toBe('E06000');
    expect(errors.paymentTerms?.errors[0]?.errorCode).toBe('E06000');
  });

  it('should refuse null values and too long text', async () => {
    const reply = await testClient(sandbox).post('/customers', { ...customer, email: null, city: 'x'.repeat(51) });
    const errors = reply.body.errors as FieldErrors;
    expect(Object.keys(errors).sort()).toEqual(['city', 'email']);
  });

  it('should refuse a second customer with a number in use', async () => {
    const reply = await testClient(sandbox).post('/customers', { ...customer, customerNumber: 101 });
    expect(reply.status).toBe(400);
    expect(String((reply.body.errors as FieldErrors).customerNumber?.errors[0]?.errorMessage)).toContain('already in use');
  });

  it('should replace the whole document on PUT, so an omitted property is cleared', async () => {
    const client = testClient(sandbox);
    const before = await client.get('/customers/101');
    expect(before.body.email).toBe('bogholderi@hansen-toemrer.dk');
    const { email: _dropped, ...rest } = before.body;
    const reply = await client.put('/customers/101', { ...rest, name: 'Hansen Tømrer ApS' });
    expect(reply.status).toBe(200);
    expect(reply.body.name).toBe('Hansen Tømrer ApS');
    expect(reply.body).not.toHaveProperty('email');
  });

  it('should never change a customer number on PUT', async () => {
    const client = testClient(sandbox);
    const current = (await client.get('/customers/101')).body;
    const reply = await client.put('/customers/101', { ...current, customerNumber: 999 });
    expect(reply.status).toBe(400);
    expect((reply.body.errors as FieldErrors).customerNumber?.errors[0]?.errorMessage).toBe('The customer number cannot be changed.');
    expect(sandbox.store.customers.has(999)).toBe(false);
  });

  it('should answer 404 for an unknown customer and 204 on delete', async () => {
    const client = testClient(sandbox);
    expect((await client.get('/customers/4242')).status).toBe(404);
    expect((await client.del('/customers/105')).status).toBe(204);
    expect((await client.get('/customers/105')).status).toBe(404);
  });
});

describe('e-conomic sandbox products', () => {
  const product = { productNumber: 'PV-WC', name: 'Udført arbejde', productGroup: { productGroupNumber: 1 }, salesPrice: 0 };

  it('should create a product and refuse a duplicate number', async () => {
    const client = testClient(sandbox);
    expect((await client.post('/products', product)).status).toBe(201);
    const again = await client.post('/products', product);
    expect(again.status).toBe(400);
    expect(String((again.body.errors as FieldErrors).productNumber?.errors[0]?.errorMessage)).toContain('already in use');
  });

  for (const field of ['productNumber', 'name', 'productGroup'] as const) {
    it(`should refuse a product without ${field}`, async () => {
      const { [field]: _left, ...body } = product;
      const reply = await testClient(sandbox).post('/products', body);
      expect(reply.status).toBe(400);
      expect(Object.keys(reply.body.errors as FieldErrors)).toEqual([field]);
    });
  }

  it('should encode string keys in self links the e-conomic way and accept them back', async () => {
    const client = testClient(sandbox);
    const created = await client.post('/products', { ...product, productNumber: 'My Product_5%' });
    expect(created.body.self).toBe(`${sandbox.baseUrl}/products/My_9_Product_8_5_3_`);
    expect((await client.get('/products/My_9_Product_8_5_3_')).body.productNumber).toBe('My Product_5%');
    expect((await client.get(`/products/${encodeURIComponent('My Product_5%')}`)).body.productNumber).toBe('My Product_5%');
  });

  it('should keep the product number immutable on PUT', async () => {
    const client = testClient(sandbox);
    const current = (await client.get('/products/HOUR')).body;
    const reply = await client.put('/products/HOUR', { ...current, productNumber: 'HOURS' });
    expect(reply.status).toBe(400);
    expect(sandbox.store.products.has('HOURS')).toBe(false);
  });
});
