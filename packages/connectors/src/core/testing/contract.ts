import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { randomUUID } from 'node:crypto';
import { checkCapabilities, type Connector, type ConnectorMethodName } from '../connector.js';
import { hasCapability, type CapabilityAccess, type ConnectorManifest, type ConnectorRegister } from '../manifest.js';
import type { CanonicalRecords } from '../records.js';
import {
  createContractRecords,
  expectOk,
  findInPages,
  isSameAmount,
  once,
  type ContractFixtureOptions,
  type ContractRecords,
} from './contract-fixtures.js';

export { createContractRecords, type ContractFixtureOptions } from './contract-fixtures.js';

/** What each connector's contract test hands the suite: a connector wired to its sandbox. */
export interface ContractSetup {
  readonly connector: Connector<CanonicalRecords>;
  readonly manifest: ConnectorManifest;
  /** Stops the sandbox and anything else `setup` started. */
  readonly teardown: () => Promise<void>;
  /** Sandbox defaults the records need (currency, VAT rate, …). @default see ContractFixtureOptions */
  readonly fixtures?: ContractFixtureOptions;
}

/**
 * The one behaviour suite every connector runs against its vendor sandbox over real HTTP.
 * It knows nothing about vendors: it drives the connector through the canonical records and
 * checks what the transfer engine relies on, for each capability the manifest declares
 * (undeclared ones are reported as skipped). Records it needs (a customer for an invoice) are
 * created through the connector itself, and every test may run alone or in any order.
 *
 * @example runConnectorContract('fortnox', async () => ({ connector, manifest, teardown }))
 */
export function runConnectorContract(name: string, setup: () => Promise<ContractSetup>): void {
  describe(`${name} connector contract`, { timeout: 60_000 }, () => {
    let context: ContractSetup | undefined;
    let records: ContractRecords;

    beforeAll(async () => {
      context = await setup();
      records = createContractRecords(context.fixtures);
    }, 120_000);
    afterAll(async () => {
      await context?.teardown();
    });

    const current = (): ContractSetup => {
      if (context === undefined) throw new Error('contract setup did not complete');
      return context;
    };
    const connector = () => current().connector;
    /** Skips the test unless the manifest declares every listed capability. */
    const requires = (test: TestContext, ...needs: readonly [ConnectorRegister, CapabilityAccess][]) => {
      for (const [register, access] of needs) {
        if (!hasCapability(current().manifest, register, access)) test.skip(`${register}:${access} is not declared`);
      }
    };
    /** The bound method, so class-based connectors keep their `this`. */
    const method = <K extends ConnectorMethodName>(key: K): NonNullable<Connector<CanonicalRecords>[K]> => {
      const target = connector();
      const found: unknown = target[key];
      if (typeof found !== 'function') throw new Error(`connector has no ${key}() although its manifest declares it`);
      return found.bind(target) as NonNullable<Connector<CanonicalRecords>[K]>;
    };

    const documentCustomer = once(async () => {
      const customer = records.customer(records.nextNumber());
      expectOk('upsertCustomer', await method('upsertCustomer')(customer, { idempotencyKey: `contract:customer:${customer.number ?? ''}` }));
      return customer.number ?? '';
    });
    const documentProduct = once(async () => {
      if (!hasCapability(current().manifest, 'products', 'write')) return undefined;
      const product = records.product(records.nextNumber());
      expectOk('upsertProduct', await method('upsertProduct')(product, { idempotencyKey: `contract:product:${product.number}` }));
      return product.number;
    });
    const draftInvoice = once(async () => {
      const invoice = records.invoice(await documentCustomer(), await documentProduct());
      const outcome = expectOk('createInvoice', await method('createInvoice')(invoice, { idempotencyKey: `contract:invoice:${invoice.reference}` }));
      return { invoice, outcome };
    });
    const bookedInvoice = once(async () => {
      const { invoice, outcome } = await draftInvoice();
      return { invoice, status: expectOk('bookInvoice', await method('bookInvoice')(outcome.ref.externalId)) };
    });

    it('should verify its credentials', async () => {
      const account = expectOk('verifyCredentials', await connector().verifyCredentials());
      expect(account.accountName.trim()).not.toBe('');
    });

    it('should implement exactly the methods its manifest declares', () => {
      expect(connector().id).toBe(current().manifest.id);
      expect(checkCapabilities(current().manifest, connector())).toEqual({ missing: [], undeclared: [] });
    });

    it('should create a customer, update it by number, and list it back', async (test) => {
      requires(test, ['customers', 'write']);
      const createdAt = new Date();
      const number = records.nextNumber();
      const upsert = method('upsertCustomer');
      const created = expectOk('create', await upsert(records.customer(number), { idempotencyKey: `contract:customer:${number}` }));
      expect(created.operation).toBe('created');
      const renamed = records.customer(number, `Nordlys Consulting ${number} A/S`);
      const updated = expectOk('update', await upsert(renamed, { idempotencyKey: `contract:customer:${number}:rename` }));
      expect(updated).toMatchObject({ operation: 'updated', ref: { externalId: created.ref.externalId } });

      if (!hasCapability(current().manifest, 'customers', 'read')) return;
      const list = method('listCustomers');
      const found = await findInPages('listCustomers', list, (item) => item.ref.externalId === created.ref.externalId);
      expect(found?.record).toMatchObject({ number, name: renamed.name, currency: renamed.currency });
      const since = new Date(createdAt.getTime() - 86_400_000);
      const recent = await findInPages('listCustomers(updatedSince)', list, (item) => item.ref.externalId === created.ref.externalId, { updatedSince: since });
      expect(recent, 'a customer changed just now must pass an updatedSince filter of yesterday').toBeDefined();
    });

    it('should create a product, update it by number, and list it back', async (test) => {
      requires(test, ['products', 'write']);
      const number = records.nextNumber();
      const upsert = method('upsertProduct');
      const created = expectOk('create', await upsert(records.product(number), { idempotencyKey: `contract:product:${number}` }));
      expect(created.operation).toBe('created');
      const updated = expectOk('update', await upsert(records.product(number, '1395.50'), { idempotencyKey: `contract:product:${number}:price` }));
      expect(updated).toMatchObject({ operation: 'updated', ref: { externalId: created.ref.externalId } });

      if (!hasCapability(current().manifest, 'products', 'read')) return;
      const found = await findInPages('listProducts', method('listProducts'), (item) => item.ref.externalId === created.ref.externalId);
      expect(found?.record.number).toBe(number);
      expect(isSameAmount(found?.record.salesPrice ?? 'NaN', '1395.50'), `salesPrice ${found?.record.salesPrice}`).toBe(true);
    });

    it('should create a project for a customer, update it, and list it back', async (test) => {
      requires(test, ['projects', 'write'], ['customers', 'write']);
      const customerNumber = await documentCustomer();
      const number = records.nextNumber();
      const upsert = method('upsertProject');
      const created = expectOk('create', await upsert(records.project(number, customerNumber), { idempotencyKey: `contract:project:${number}` }));
      expect(created.operation).toBe('created');
      const renamed = records.project(number, customerNumber, `Website relaunch ${number} phase 2`);
      const updated = expectOk('update', await upsert(renamed, { idempotencyKey: `contract:project:${number}:rename` }));
      expect(updated).toMatchObject({ operation: 'updated', ref: { externalId: created.ref.externalId } });

      if (!hasCapability(current().manifest, 'projects', 'read')) return;
      const found = await findInPages('listProjects', method('listProjects'), (item) => item.ref.externalId === created.ref.externalId);
      expect(found?.record).toMatchObject({ number, name: renamed.name });
    });

    describe('invoice lifecycle', { shuffle: false }, () => {
      it('should create a draft that findInvoice resolves by our reference', async (test) => {
        requires(test, ['invoices', 'write'], ['invoices', 'read'], ['customers', 'write']);
        const { invoice, outcome } = await draftInvoice();
        expect(outcome.operation).toBe('created');
        expect(outcome.ref.externalId).not.toBe('');
        const found = expectOk('findInvoice', await method('findInvoice')({ reference: invoice.reference }));
        expect(found?.externalId).toBe(outcome.ref.externalId);
        const missing = expectOk('findInvoice(unknown)', await method('findInvoice')({ reference: randomUUID() }));
        expect(missing).toBeNull();
      });

      it('should book the draft, getting the ERP number and our gross total back', async (test) => {
        requires(test, ['invoices', 'write'], ['customers', 'write']);
        const { invoice, status } = await bookedInvoice();
        expect(status.state).toBe('booked');
        expect(status.ref.externalNumber ?? '', 'the ERP must assign an invoice number').not.toBe('');
        expect(status.grossAmount, 'bookInvoice must report the ERP gross total').toBeDefined();
        expect(isSameAmount(status.grossAmount ?? 'NaN', invoice.grossAmount), `ERP ${status.grossAmount} vs ours ${invoice.grossAmount}`).toBe(true);
      });

      it('should report the status of the booked invoice', async (test) => {
        requires(test, ['invoices', 'write'], ['invoices', 'read'], ['customers', 'write']);
        const { status: booked } = await bookedInvoice();
        const status = expectOk('getInvoiceStatus', await method('getInvoiceStatus')(booked.ref.externalId));
        expect(status.ref.externalId).toBe(booked.ref.externalId);
        expect(['booked', 'sent', 'paid']).toContain(status.state);
      });

      it('should create a credit note for the booked invoice', async (test) => {
        requires(test, ['creditNotes', 'write'], ['invoices', 'write'], ['customers', 'write']);
        const { invoice, status: booked } = await bookedInvoice();
        const creditNote = records.creditNote(invoice, booked.ref.externalId);
        const outcome = expectOk('createCreditNote', await method('createCreditNote')(creditNote, { idempotencyKey: `contract:credit:${creditNote.reference}` }));
        expect(outcome.operation).toBe('created');
        expect(outcome.ref.externalId).not.toBe('');
        if (!hasCapability(current().manifest, 'creditNotes', 'read')) return;
        expectOk('getInvoiceStatus(credit note)', await method('getInvoiceStatus')(outcome.ref.externalId));
      });
    });

    it('should return a readable REJECTED error, not throw, for a write the vendor refuses', async (test) => {
      const manifest = current().manifest;
      const canInvoice = hasCapability(manifest, 'invoices', 'write');
      if (!canInvoice) requires(test, ['customers', 'write']);
      // An invoice for a customer that does not exist, or a customer without a name.
      const result = canInvoice
        ? await method('createInvoice')(records.invoice(records.nextNumber(), undefined), { idempotencyKey: 'contract:reject' })
        : await method('upsertCustomer')(records.customer(records.nextNumber(), ''), { idempotencyKey: 'contract:reject' });
      expect(result.ok, 'the vendor should have refused this write').toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({ code: 'REJECTED', retryable: false, connectorId: manifest.id });
      expect(result.error.message.trim().length).toBeGreaterThan(3);
      expect(result.error.message).not.toMatch(/\[object Object\]|^undefined$|^null$/);
    });
  });
}
