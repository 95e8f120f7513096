import { randomUUID } from 'node:crypto';
import { err, fieldError, ok, parseInput, supplierInputSchema, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { mergeInput, plainInput } from '../../graphql/plain-input.js';
import { idOfType } from '../../graphql/relay.js';
import { isUniqueViolation } from '../common/pg-errors.js';
import { decodeBankAccount, encodeBankAccount } from './bank-account.mapper.js';
import type { UpsertSupplierInput } from './dto/upsert-supplier.input.js';
import { SupplierEntity } from './supplier.entity.js';
import { SupplierRepository } from './supplier.repository.js';

/** The stored record in the shape of the domain's input, so partial updates validate as a whole. */
function asInput(e: SupplierEntity): Record<string, unknown> {
  return plainInput({
    number: e.number, name: e.name, organizationNumber: e.organizationNumber, vatNumber: e.vatNumber, email: e.email,
    address: e.address, bankAccount: decodeBankAccount(e.bankAccount), isActive: e.isActive,
  }) as Record<string, unknown>;
}

export class SupplierService {
  readonly repository: SupplierRepository;

  constructor(private readonly db: TenantDb) {
    this.repository = new SupplierRepository(db);
  }

  async upsert(tenantId: string, input: UpsertSupplierInput): Promise<Result<{ supplier: SupplierEntity; created: boolean }, FieldError[]>> {
    const { id: globalId, ...fields } = input;
    return this.db.write(tenantId, async (m, rollback) => {
      let existing: SupplierEntity | null = null;
      if (globalId) {
        const rowId = idOfType(globalId, 'Supplier');
        existing = rowId ? await m.findOneBy(SupplierEntity, { tenantId, id: rowId }) : null;
        if (!existing) return err([fieldError('NOT_FOUND', 'No supplier with this id', ['id'])]);
      } else if (fields.number?.trim()) {
        existing = await m.findOneBy(SupplierEntity, { tenantId, number: fields.number.trim() });
      }
      const candidate = existing ? mergeInput(asInput(existing), fields) : plainInput(fields);
      const parsed = parseInput(supplierInputSchema, candidate);
      if (!parsed.ok) return parsed;
      if (existing?.number && parsed.value.number !== existing.number) {
        // numbers link records to the ERP; changing one would orphan the link
        return err([fieldError('INVALID_VALUE', 'A supplier number cannot be changed once set', ['number'])]);
      }
      const v = parsed.value;
      const row = Object.assign(existing ?? new SupplierEntity(), {
        id: existing?.id ?? randomUUID(), tenantId, number: v.number ?? null, name: v.name,
        organizationNumber: v.organizationNumber ?? null, vatNumber: v.vatNumber ?? null, email: v.email ?? null,
        address: v.address ?? null, bankAccount: encodeBankAccount(v.bankAccount), isActive: v.isActive,
      });
      try {
        const saved = await this.repository.save(tenantId, m, row);
        return ok({ supplier: saved, created: !existing });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        rollback();
        return err([fieldError('CONFLICT', `Supplier number ${v.number ?? ''} is already used`, ['number'])]);
      }
    });
  }
}
