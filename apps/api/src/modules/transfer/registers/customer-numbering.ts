import { IsNull } from 'typeorm';
import { isUniqueViolation } from '../../common/pg-errors.js';
import { CustomerEntity } from '../../customer/customer.entity.js';
import type { RegisterContext } from '../register-context.js';

/**
 * Writes the number the ERP gave a customer back onto ours (X-21, SE-VN-25, PV-26), and makes the
 * link's hash the record as it now reads, so the next run does not send it again.
 */
export async function adoptErpNumber(ctx: RegisterContext, customerId: string, erpNumber: string, hashWithNumber: string): Promise<void> {
  const { tenantId } = ctx;
  const adopted = await ctx.db.write(tenantId, async (m, rollback) => {
    try {
      // only while it has none: an admin who numbered it meanwhile keeps theirs (and the key check reports it)
      const result = await m.update(CustomerEntity, { tenantId, id: customerId, number: IsNull() }, { number: erpNumber });
      return (result.affected ?? 0) > 0;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      rollback();
      return null;
    }
  });
  if (adopted === null) {
    await ctx.log.item({
      register: 'customers', recordId: customerId, direction: 'PULL', outcome: 'FAILED', errorCode: 'CONFLICT',
      message: `The ERP numbered this customer ${erpNumber}, but another customer here already has that number; renumber one of them (X-08)`,
    });
    return;
  }
  if (!adopted) return;
  const ref = (await ctx.refs.all('customer')).get(customerId);
  if (ref) await ctx.refs.save('customer', customerId, { externalId: ref.externalId, contentHash: hashWithNumber });
}
