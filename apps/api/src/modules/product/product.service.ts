import { randomUUID } from 'node:crypto';
import { err, fieldError, ok, parseInput, productInputSchema, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { mergeInput, plainInput } from '../../graphql/plain-input.js';
import { idOfType } from '../../graphql/relay.js';
import { isUniqueViolation } from '../common/pg-errors.js';
import type { UpsertProductInput } from './dto/upsert-product.input.js';
import { ProductEntity } from './product.entity.js';
import { ProductRepository } from './product.repository.js';

/** The stored record in the shape of the domain's input, so partial updates validate as a whole. */
function asInput(e: ProductEntity): Record<string, unknown> {
  return plainInput({
    number: e.number, name: e.name, unit: e.unit, salesPrice: e.salesPrice, costPrice: e.costPrice,
    productGroup: e.productGroup, vatRate: e.vatRate, isActive: e.isActive,
    stockOnHand: e.stockOnHand, suggestedPurchasePrice: e.suggestedPurchasePrice,
  }) as Record<string, unknown>;
}

export class ProductService {
  readonly repository: ProductRepository;

  constructor(private readonly db: TenantDb) {
    this.repository = new ProductRepository(db);
  }

  async upsert(tenantId: string, input: UpsertProductInput): Promise<Result<{ product: ProductEntity; created: boolean }, FieldError[]>> {
    const { id: globalId, ...fields } = input;
    return this.db.write(tenantId, async (m, rollback) => {
      let existing: ProductEntity | null = null;
      if (globalId) {
        const rowId = idOfType(globalId, 'Product');
        existing = rowId ? await m.findOneBy(ProductEntity, { tenantId, id: rowId }) : null;
        if (!existing) return err([fieldError('NOT_FOUND', 'No product with this id', ['id'])]);
      } else if (fields.number?.trim()) {
        existing = await m.findOneBy(ProductEntity, { tenantId, number: fields.number.trim() });
      }
      const candidate = existing ? mergeInput(asInput(existing), fields) : plainInput(fields);
      const parsed = parseInput(productInputSchema, candidate);
      if (!parsed.ok) return parsed;
      if (existing && parsed.value.number !== existing.number) {
        // the number is the link key to the ERP item (SE-VN-20); changing it would orphan the link
        return err([fieldError('INVALID_VALUE', 'A product number cannot be changed once set', ['number'])]);
      }
      const v = parsed.value;
      const row = Object.assign(existing ?? new ProductEntity(), {
        id: existing?.id ?? randomUUID(), tenantId, number: v.number, name: v.name, unit: v.unit, salesPrice: v.salesPrice,
        costPrice: v.costPrice ?? null, productGroup: v.productGroup ?? null, vatRate: v.vatRate ?? null, isActive: v.isActive,
        stockOnHand: v.stockOnHand ?? null, suggestedPurchasePrice: v.suggestedPurchasePrice ?? null,
      });
      try {
        const saved = await this.repository.save(tenantId, m, row);
        // re-read so prices come back as Postgres stores them ("950.5000"), as any later read does
        return ok({ product: await m.findOneByOrFail(ProductEntity, { tenantId, id: saved.id }), created: !existing });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        rollback();
        return err([fieldError('CONFLICT', `Product number ${v.number} is already used`, ['number'])]);
      }
    });
  }
}
