import type { CustomerRecord } from '@ledgerbridge/connectors';
import { CustomerEntity } from '../../customer/customer.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { toCustomerRecord } from './customers.register.js';

const PULLED_FIELDS = ['name', 'email', 'phone', 'vatNumber', 'organizationNumber'] as const;

/**
 * Edits made in the ERP to linked customers come back into the graph (PV-03). Only linked
 * customers: matching unlinked ERP customers to ours is the initial-sync's job.
 */
export async function pullCustomers(ctx: RegisterContext): Promise<void> {
  if (!ctx.connector.listCustomers || ctx.plan) return;
  const { tenantId } = ctx;
  const refs = await ctx.refs.all('customer');
  const byExternal = new Map([...refs.values()].map((r) => [r.externalId, r]));
  const currency = String(ctx.settings['defaultCurrency'] ?? 'DKK');
  let cursor: string | undefined;
  do {
    const page = await ctx.connector.listCustomers({ ...(cursor ? { cursor } : {}) });
    if (!page.ok) {
      await ctx.log.item({ register: 'customers', recordId: null, direction: 'PULL', outcome: 'FAILED', errorCode: page.error.code, message: page.error.message });
      return;
    }
    for (const remote of page.value.items) {
      const ref = byExternal.get(remote.ref.externalId);
      if (!ref) continue;
      await applyRemote(ctx, ref.recordId, remote.record, currency);
    }
    cursor = page.value.nextCursor ?? undefined;
  } while (cursor);
}

async function applyRemote(ctx: RegisterContext, customerId: string, remote: CustomerRecord, currency: string): Promise<void> {
  const { tenantId } = ctx;
  const changed = await ctx.db.write(tenantId, async (m) => {
    const ours = await m.findOneBy(CustomerEntity, { tenantId, id: customerId });
    if (!ours) return null;
    const diff: string[] = [];
    for (const field of PULLED_FIELDS) {
      const theirs = remote[field] ?? null;
      if (theirs !== null && theirs !== ours[field]) {
        diff.push(field);
        (ours as unknown as Record<string, unknown>)[field] = theirs;
      }
    }
    if (diff.length === 0) return null;
    return { saved: await m.save(CustomerEntity, ours), diff };
  });
  if (!changed) return;
  // what we hold now equals what the ERP holds: the next push must not send it back
  const ref = (await ctx.refs.all('customer')).get(customerId)!;
  await ctx.refs.save('customer', customerId, { externalId: ref.externalId, contentHash: contentHash(toCustomerRecord(changed.saved, currency)) });
  await ctx.log.item({
    register: 'customers', recordId: customerId, direction: 'PULL', outcome: 'UPDATED', externalId: ref.externalId, externalNumber: ref.externalNumber,
    message: `Updated from ${ctx.connection.connectorId}: ${changed.diff.join(', ')}`,
  });
}
