import type { CustomerRecord, ListQuery, Page, ProductRecord, RemoteRecord, SupplierRecord, ConnectorResult } from '@ledgerbridge/connectors';
import { normaliseName, type FieldError, type Result } from '@ledgerbridge/domain';
import { CustomerEntity } from '../../customer/customer.entity.js';
import { ProductEntity } from '../../product/product.entity.js';
import { InitialSyncEntity } from '../../reconciliation/initial-sync.entity.js';
import { numberLinkNeedsName } from '../../reconciliation/link-keys.js';
import { RegisterDecisionEntity } from '../../reconciliation/register-decision.entity.js';
import { SupplierEntity } from '../../supplier/supplier.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { toCustomerRecord } from './customers.register.js';
import { activeMismatch, INACTIVE_IN_OTHER_SYSTEM, systemNameOf } from './inactive-elsewhere.js';
import { toProductRecord } from './products.register.js';

/** Reading stops here: a register this size is not reconciled by a start-up import. */
const MAX_PAGES = 500;

export const INACTIVE_CUSTOMER_REASON = 'Inactive in the ERP: not imported at go-live (SE-VN-24)';
export const NAME_DIFFERS_REASON = 'Same number as one of ours but another name: not linked; make the names agree in one system (SE-FX-21, SE-FX-10)';
export const PRE_EXISTING_ERP_PRODUCT_REASON = 'Existed in the ERP before go-live with no counterpart here: not transferred unless linked, decided CREATE or imported at start-up (SE-FX-22)';

interface Importer<R> {
  register: 'customers' | 'products' | 'suppliers';
  recordType: string;
  list: ((q: ListQuery) => ConnectorResult<Page<RemoteRecord<R>>>) | undefined;
  /** Our record with the ERP record's number, which the transfer would link by anyway. */
  ourByNumber: (number: string) => Promise<{ id: string; name: string; isActive?: boolean } | null>;
  /** Why ours must not be linked to the ERP record with its number (a FAILED item with the code), or null. */
  linkProblem?: (ours: { isActive?: boolean }, record: R) => { code: string; message: string } | null;
  create: (record: R) => Promise<Result<{ id: string; hash: string | null }, FieldError[]>>;
  /** Why this ERP record is not imported even though the start-up import is on. */
  excluded?: (record: R) => string | null;
  /** Without a start-up import or decision: a SKIPPED item says why (null: silently left alone). */
  notImportedReason?: string;
}

type Mode = { initial: false } | { initial: true; startupImport: boolean };

/**
 * ERP records into our graph. On a normal run only those a register decision says to import
 * (CREATE on the ERP's side). On the initial sync also: records of ours with the same
 * number are linked rather than duplicated, and with the start-up import (RB-05) every other
 * ERP record is imported except inactive customers (SE-VN-24) and IGNOREd ones.
 */
async function importRegister<R extends { number?: string; name: string; isActive?: boolean }>(ctx: RegisterContext, mode: Mode, p: Importer<R>): Promise<void> {
  if (ctx.plan) return;
  const { tenantId } = ctx;
  const decisions = p.register === 'suppliers' ? [] : await ctx.db.read(tenantId, (m) => m.findBy(RegisterDecisionEntity, { tenantId, connectionId: ctx.connection.id, register: p.register, side: 'THEIRS' }));
  const decided = new Map(decisions.map((d) => [d.externalId!, d.action]));
  const refs = await ctx.refs.all(p.recordType);
  const linkedExternal = new Set([...refs.values()].map((r) => r.externalId));
  // a normal run reads the ERP register only while a record decided CREATE is still to come in
  if (!mode.initial && ![...decided].some(([id, action]) => action === 'CREATE' && !linkedExternal.has(id))) return;
  if (!p.list) {
    if (mode.initial && mode.startupImport) await ctx.log.item({ register: p.register, recordId: null, direction: 'PULL', outcome: 'SKIPPED', message: `${ctx.connection.connectorId} does not offer ${p.register} for reading` });
    return;
  }
  const linkedOurs = new Set(refs.keys());
  const needsName = numberLinkNeedsName(ctx.connection.connectorId, p.register);
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await p.list(cursor ? { cursor } : {});
    if (!page.ok) {
      await ctx.log.item({ register: p.register, recordId: null, direction: 'PULL', outcome: 'FAILED', errorCode: page.error.code, message: page.error.message, vendorError: page.error });
      return;
    }
    for (const remote of page.value.items) {
      const { externalId } = remote.ref;
      if (linkedExternal.has(externalId)) continue;
      const decision = decided.get(externalId);
      if (decision === 'IGNORE' || (!mode.initial && decision !== 'CREATE')) continue;
      const item = { register: p.register, direction: 'PULL' as const, externalId, externalNumber: remote.ref.externalNumber ?? null };
      const number = remote.record.number;
      const twin = number ? await p.ourByNumber(number) : null;
      if (twin && needsName && normaliseName(twin.name) !== normaliseName(remote.record.name)) {
        // importing it would overwrite ours through the same number, so it stays out until fixed
        await ctx.log.item({ ...item, recordId: twin.id, outcome: 'SKIPPED', message: NAME_DIFFERS_REASON });
        continue;
      }
      const refused = twin && !linkedOurs.has(twin.id) ? p.linkProblem?.(twin, remote.record) ?? null : null;
      if (twin && refused) {
        await ctx.log.item({ ...item, recordId: twin.id, outcome: 'FAILED', errorCode: refused.code, message: refused.message });
        continue;
      }
      if (twin && !linkedOurs.has(twin.id)) {
        await ctx.refs.save(p.recordType, twin.id, { externalId, externalNumber: remote.ref.externalNumber ?? null });
        linkedOurs.add(twin.id);
        linkedExternal.add(externalId);
        await ctx.log.item({ ...item, recordId: twin.id, outcome: 'UPDATED', message: `Linked by number ${number} to the existing record` });
        continue;
      }
      const wanted = decision === 'CREATE' || (mode.initial && mode.startupImport);
      if (!wanted) {
        if (mode.initial && p.notImportedReason) await ctx.log.item({ ...item, recordId: null, outcome: 'SKIPPED', message: p.notImportedReason });
        continue;
      }
      const excluded = decision === 'CREATE' ? null : p.excluded?.(remote.record) ?? null;
      if (excluded) {
        await ctx.log.item({ ...item, recordId: null, outcome: 'SKIPPED', message: excluded });
        continue;
      }
      const created = await p.create(remote.record);
      if (!created.ok) {
        const reasons = created.error.map((e) => `${e.field.join('.') || 'record'}: ${e.message}`).join('; ');
        await ctx.log.item({ ...item, recordId: null, outcome: 'FAILED', errorCode: 'REJECTED', message: `Not imported from ${ctx.connection.connectorId}: ${reasons}`, response: remote.record as Record<string, unknown> });
        continue;
      }
      await ctx.refs.save(p.recordType, created.value.id, { externalId, externalNumber: remote.ref.externalNumber ?? null, contentHash: created.value.hash });
      linkedExternal.add(externalId);
      linkedOurs.add(created.value.id);
      await ctx.log.item({ ...item, recordId: created.value.id, outcome: 'TRANSFERRED', message: `Imported from ${ctx.connection.connectorId}` });
    }
    cursor = page.value.nextCursor ?? undefined;
  } while (cursor && ++pages < MAX_PAGES);
}

function importCustomers(ctx: RegisterContext, mode: Mode): Promise<void> {
  const { tenantId } = ctx;
  const currency = String(ctx.settings['defaultCurrency'] ?? 'DKK');
  return importRegister<CustomerRecord>(ctx, mode, {
    register: 'customers', recordType: 'customer', list: ctx.connector.listCustomers?.bind(ctx.connector),
    ourByNumber: (number) => ctx.db.read(tenantId, (m) => m.findOneBy(CustomerEntity, { tenantId, number })),
    excluded: (r) => (r.isActive ? null : INACTIVE_CUSTOMER_REASON),
    linkProblem: (ours, r) => {
      const message = activeMismatch(systemNameOf(ctx), r.number ?? '', { isActive: ours.isActive ?? true }, r);
      return message ? { code: INACTIVE_IN_OTHER_SYSTEM, message } : null;
    },
    create: async (r) => {
      const saved = await ctx.services.customers.upsert(tenantId, {
        number: r.number ?? null, name: r.name, organizationNumber: r.organizationNumber ?? null, vatNumber: r.vatNumber ?? null, ean: r.ean ?? null,
        email: r.email ?? null, phone: r.phone ?? null, billingAddress: r.address ? { ...r.address } : null, paymentTermsDays: r.paymentTermsDays,
        currency: r.currency, isActive: r.isActive,
      });
      return saved.ok ? { ok: true, value: { id: saved.value.customer.id, hash: contentHash(toCustomerRecord(saved.value.customer, currency)) } } : saved;
    },
  });
}

function importProducts(ctx: RegisterContext, mode: Mode): Promise<void> {
  const { tenantId } = ctx;
  return importRegister<ProductRecord>(ctx, mode, {
    register: 'products', recordType: 'product', list: ctx.connector.listProducts?.bind(ctx.connector),
    ourByNumber: (number) => ctx.db.read(tenantId, (m) => m.findOneBy(ProductEntity, { tenantId, number })),
    notImportedReason: PRE_EXISTING_ERP_PRODUCT_REASON,
    create: async (r) => {
      const saved = await ctx.services.products.upsert(tenantId, {
        number: r.number, name: r.name, unit: r.unit.trim() || null, salesPrice: r.salesPrice, costPrice: r.costPrice ?? null,
        productGroup: r.productGroup ?? null, vatRate: r.vatRate ?? null, isActive: r.isActive,
      });
      if (!saved.ok) return saved;
      // re-read: the hash must be of what the next push reads (numeric scale as stored)
      const stored = await ctx.db.read(tenantId, (m) => m.findOneByOrFail(ProductEntity, { tenantId, id: saved.value.product.id }));
      return { ok: true, value: { id: stored.id, hash: contentHash(toProductRecord(stored)) } };
    },
  });
}

function importSuppliers(ctx: RegisterContext, mode: Mode): Promise<void> {
  const { tenantId } = ctx;
  return importRegister<SupplierRecord & { isActive?: boolean }>(ctx, mode, {
    register: 'suppliers', recordType: 'supplier', list: ctx.connector.listSuppliers?.bind(ctx.connector),
    ourByNumber: (number) => ctx.db.read(tenantId, (m) => m.findOneBy(SupplierEntity, { tenantId, number })),
    create: async (r) => {
      const saved = await ctx.services.suppliers.upsert(tenantId, {
        number: r.number ?? null, name: r.name, organizationNumber: r.organizationNumber ?? null, vatNumber: r.vatNumber ?? null,
        email: r.email ?? null, address: r.address ? { ...r.address } : null,
      });
      return saved.ok ? { ok: true, value: { id: saved.value.supplier.id, hash: null } } : saved;
    },
  });
}

/** Imports run before the pushes, so what they link is updated rather than created by the push. */
export function importSteps(initialSync: boolean): { register: string; run: (ctx: RegisterContext) => Promise<void> }[] {
  const modeOf = async (ctx: RegisterContext): Promise<Mode> => {
    if (!initialSync) return { initial: false };
    const row = await ctx.db.read(ctx.tenantId, (m) => m.findOneBy(InitialSyncEntity, { tenantId: ctx.tenantId, connectionId: ctx.connection.id }));
    return { initial: true, startupImport: row?.startupImport ?? false };
  };
  return [
    { register: 'customers', run: async (ctx) => importCustomers(ctx, await modeOf(ctx)) },
    { register: 'products', run: async (ctx) => importProducts(ctx, await modeOf(ctx)) },
    ...(initialSync ? [{ register: 'suppliers', run: async (ctx: RegisterContext) => { const mode = await modeOf(ctx); if (mode.initial && mode.startupImport) await importSuppliers(ctx, mode); } }] : []),
  ];
}
