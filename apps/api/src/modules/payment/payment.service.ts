import { randomUUID } from 'node:crypto';
import { err, fieldError, ok, parseInput, paymentInputSchema, type FieldError, type Result } from '@ledgerbridge/domain';
import type { EntityManager } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { plainInput } from '../../graphql/plain-input.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import type { RecordPaymentInput } from './dto/record-payment.input.js';
import { PaymentEntity } from './payment.entity.js';
import { PaymentRepository } from './payment.repository.js';

export class PaymentService {
  readonly repository: PaymentRepository;

  constructor(private readonly db: TenantDb) {
    this.repository = new PaymentRepository(db);
  }

  /**
   * Stores a payment inside the caller's unit of work, so the engine can record it together with
   * the invoice's status change. Deduplicating repeated syncs is the caller's job: the table has
   * no external reference to key on.
   */
  async record(tenantId: string, m: EntityManager, input: RecordPaymentInput): Promise<Result<PaymentEntity, FieldError[]>> {
    const parsed = parseInput(paymentInputSchema, plainInput(input));
    if (!parsed.ok) return parsed;
    const v = parsed.value;
    if (!(await m.existsBy(InvoiceEntity, { tenantId, id: v.invoiceId }))) {
      return err([fieldError('NOT_FOUND', 'No invoice with this id', ['invoiceId'])]);
    }
    const row = Object.assign(new PaymentEntity(), {
      id: randomUUID(), tenantId, invoiceId: v.invoiceId, amount: v.amount, paidOn: v.paidOn, reference: v.reference ?? null,
    });
    const saved = await this.repository.save(tenantId, m, row);
    // re-read so the amount comes back as Postgres stores it ("50.00"), as any later read does
    return ok(await m.findOneByOrFail(PaymentEntity, { tenantId, id: saved.id }));
  }
}
