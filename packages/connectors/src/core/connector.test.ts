import { describe, expect, it } from 'vitest';
import { checkCapabilities, type Connector } from './connector.js';
import { ok } from './result.js';

const verifyCredentials = () => Promise.resolve(ok({ accountName: 'Acme ApS' }));
const listCustomers = () => Promise.resolve(ok({ items: [], nextCursor: null }));

describe('checkCapabilities', () => {
  it('should pass a connector whose methods match its declared capabilities', () => {
    const connector: Connector = {
      id: 'billy',
      verifyCredentials,
      listCustomers,
      upsertCustomer: () => Promise.resolve(ok({ ref: { externalId: 'c-1' }, operation: 'created' })),
    };
    expect(checkCapabilities({ capabilities: { customers: ['read', 'write'] } }, connector)).toEqual({
      missing: [],
      undeclared: [],
    });
  });

  it('should report declared capabilities without a method', () => {
    const connector: Connector = { id: 'fortnox', verifyCredentials, listCustomers };
    const result = checkCapabilities({ capabilities: { customers: ['read', 'write'], invoices: ['read'] } }, connector);
    expect(result.missing).toEqual(['upsertCustomer', 'findInvoice', 'getInvoiceStatus']);
  });

  it('should report methods that no declared capability calls for', () => {
    const connector: Connector = { id: 'dinero', verifyCredentials, listCustomers };
    expect(checkCapabilities({ capabilities: {} }, connector).undeclared).toEqual(['listCustomers']);
  });

  it('should report write access to reference data as unsupported', () => {
    const connector: Connector = { id: 'visma-net', verifyCredentials, listReferenceData: () => Promise.resolve(ok([])) };
    const result = checkCapabilities({ capabilities: { referenceData: ['read', 'write'] } }, connector);
    expect(result.missing).toEqual(['referenceData:write']);
  });
});
