import { randomUUID } from 'node:crypto';
import { customerInputSchema, err, fieldError, ok, parseInput, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { mergeInput, plainInput } from '../../graphql/plain-input.js';
import { idOfType } from '../../graphql/relay.js';
import { isUniqueViolation } from '../common/pg-errors.js';
import { CustomerEntity } from './customer.entity.js';
import { CustomerRepository } from './customer.repository.js';
import type { UpsertCustomerInput } from './dto/upsert-customer.input.js';

/** The stored record in the shape of the domain's input, so partial updates validate as a whole. */
function asInput(e: CustomerEntity): Record<string, unknown> {
  return plainInput({
    number: e.number, name: e.name, organizationNumber: e.organizationNumber, vatNumber: e.vatNumber, ean: e.ean,
    email: e.email, phone: e.phone, billingAddress: e.billingAddress, postalAddress: e.postalAddress,
    visitingAddress: e.visitingAddress, paymentTermsDays: e.paymentTermsDays, currency: e.currency?.trim(),
    isActive: e.isActive, isProspect: e.isProspect, isInternal: e.isInternal,
    invoiceCreationMode: e.invoiceCreationMode, invoicingTime: e.invoicingTime, invoiceDelivery: e.invoiceDelivery, layout: e.layout,
  }) as Record<string, unknown>;
}

export class CustomerService {
  readonly repository: CustomerRepository;

  constructor(private readonly db: TenantDb) {
    this.repository = new CustomerRepository(db);
  }

  async upsert(tenantId: string, input: UpsertCustomerInput): Promise<Result<{ customer: CustomerEntity; created: boolean }, FieldError[]>> {
    const { id: globalId, ...fields } = input;
    return this.db.write(tenantId, async (m, rollback) => {
      let existing: CustomerEntity | null = null;
      if (globalId) {
        const rowId = idOfType(globalId, 'Customer');
        existing = rowId ? await m.findOneBy(CustomerEntity, { tenantId, id: rowId }) : null;
        if (!existing) return err([fieldError('NOT_FOUND', 'No customer with this id', ['id'])]);
      } else if (fields.number) {
        existing = await m.findOneBy(CustomerEntity, { tenantId, number: fields.number });
      }
      const candidate = existing ? mergeInput(asInput(existing), fields) : plainInput(fields);
      const parsed = parseInput(customerInputSchema, candidate);
      if (!parsed.ok) return parsed;
      if (existing?.number && parsed.value.number !== existing.number) {
        // numbers link records to the ERP; changing one would orphan the link
        return err([fieldError('INVALID_VALUE', 'A customer number cannot be changed once set', ['number'])]);
      }
      const v = parsed.value;
      const row = Object.assign(existing ?? new CustomerEntity(), {
        id: existing?.id ?? randomUUID(), tenantId, number: v.number ?? null, name: v.name,
        organizationNumber: v.organizationNumber ?? null, vatNumber: v.vatNumber ?? null, ean: v.ean ?? null,
        email: v.email ?? null, phone: v.phone ?? null, billingAddress: v.billingAddress ?? null,
        postalAddress: v.postalAddress ?? null, visitingAddress: v.visitingAddress ?? null,
        paymentTermsDays: v.paymentTermsDays, currency: v.currency ?? null, isActive: v.isActive, isProspect: v.isProspect, isInternal: v.isInternal,
        invoiceCreationMode: v.invoiceCreationMode ?? null, invoicingTime: v.invoicingTime ?? null, invoiceDelivery: v.invoiceDelivery ?? null,
        layout: v.layout ?? null,
      });
      try {
        const saved = await this.repository.save(tenantId, m, row);
        return ok({ customer: saved, created: !existing });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        rollback();
        return err([fieldError('CONFLICT', `Customer number ${v.number ?? ''} is already used`, ['number'])]);
      }
    });
  }
}
