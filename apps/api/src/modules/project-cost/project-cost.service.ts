import { randomUUID } from 'node:crypto';
import {
  absAmount, billablePrice, compareAmounts, err, fieldError, multiplyAmount, ok, parseInput, projectCostInputSchema, projectCostVatRate, roundAmount,
  type FieldError, type ProjectCostInput, type Result,
} from '@ledgerbridge/domain';
import type { EntityManager } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { plainInput } from '../../graphql/plain-input.js';
import { decodeIds } from '../invoice/invoice-input.mapper.js';
import { ProductEntity } from '../product/product.entity.js';
import { ProjectEntity } from '../project/project.entity.js';
import { SupplierEntity } from '../supplier/supplier.entity.js';
import type { RecordProjectCostInput } from './dto/record-project-cost.input.js';
import { ProjectCostEntity } from './project-cost.entity.js';
import { ProjectCostRepository } from './project-cost.repository.js';

/**
 * The spec leaves the multiplier's default open (SE-VN-59); 100 % bills the cost as it is, which
 * is what the other ERPs do for billable costs (SE-EE-17, SE-FX-59).
 */
export const DEFAULT_MARKUP_PERCENT = '100';

/** numeric(17,2) holds 15 integer digits; a larger product would be a database error, not a field error. */
const AMOUNT_LIMIT = '1000000000000000';

/** The API names the date and multiplier after the column and the setting; the domain has its own names. */
const domainToInput: Record<string, string> = { date: 'costDate', markupMultiplierPercent: 'markupPercent' };

function toInputPaths(errors: readonly FieldError[]): FieldError[] {
  return errors.map((e) => ({ ...e, field: e.field.map((f, i) => (i === 0 ? (domainToInput[f] ?? f) : f)) }));
}

/** A field already reported (e.g. an undecodable id) should not also read "Required". */
function unlessReported(reported: readonly FieldError[], more: readonly FieldError[]): FieldError[] {
  const taken = new Set(reported.map((e) => e.field.join('.')));
  return [...reported, ...more.filter((e) => !taken.has(e.field.join('.')))];
}

/** Checks that referenced rows exist for this tenant; composite foreign keys back this up. */
async function checkReferences(m: EntityManager, tenantId: string, v: ProjectCostInput): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (!(await m.existsBy(ProjectEntity, { tenantId, id: v.projectId }))) errors.push(fieldError('NOT_FOUND', 'No project with this id', ['projectId']));
  if (v.supplierId && !(await m.existsBy(SupplierEntity, { tenantId, id: v.supplierId }))) {
    errors.push(fieldError('NOT_FOUND', 'No supplier with this id', ['supplierId']));
  }
  if (v.productId && !(await m.existsBy(ProductEntity, { tenantId, id: v.productId }))) {
    errors.push(fieldError('NOT_FOUND', 'No product with this id', ['productId']));
  }
  return errors;
}

function tooLarge(amount: string): boolean {
  return compareAmounts(absAmount(amount), AMOUNT_LIMIT) >= 0;
}

export class ProjectCostService {
  readonly repository: ProjectCostRepository;

  constructor(private readonly db: TenantDb) {
    this.repository = new ProjectCostRepository(db);
  }

  /** `defaults.vatRate` is the company default for a cost whose product has no VAT rate (SE-EE-50). */
  async record(tenantId: string, input: RecordProjectCostInput, defaults: { vatRate?: string | undefined } = {}): Promise<Result<ProjectCostEntity, FieldError[]>> {
    return this.db.write(tenantId, async (m) => {
      const errors: FieldError[] = [];
      const { costDate, markupPercent, ...rest } = (plainInput(input) ?? {}) as Record<string, unknown>;
      const decoded = decodeIds(rest, { projectId: 'Project', supplierId: 'Supplier', productId: 'Product' }, [], errors);
      const parsed = parseInput(projectCostInputSchema, plainInput({ ...decoded, date: costDate, markupMultiplierPercent: markupPercent }));
      if (!parsed.ok) return err(unlessReported(errors, toInputPaths(parsed.error)));
      if (errors.length) return err(errors);
      const v = parsed.value;
      const refErrors = await checkReferences(m, tenantId, v);
      if (refErrors.length) return err(refErrors);
      const costAmount = roundAmount(multiplyAmount(v.quantity, v.unitCost));
      if (tooLarge(costAmount)) return err([fieldError('TOO_LARGE', 'Quantity × unit cost must be below 10^15', ['unitCost'])]);
      // the column holds a total, not a unit price: price the rounded cost so price = shown cost × multiplier
      const priceAmount = billablePrice({ unitCost: costAmount, isBillable: v.isBillable }, v.markupMultiplierPercent ?? DEFAULT_MARKUP_PERCENT);
      if (tooLarge(priceAmount)) return err([fieldError('TOO_LARGE', 'The billable price must be below 10^15', ['markupPercent'])]);
      const row = Object.assign(new ProjectCostEntity(), {
        id: randomUUID(), tenantId, projectId: v.projectId, supplierId: v.supplierId ?? null, productId: v.productId ?? null,
        description: v.description, costDate: v.date, quantity: v.quantity, unitCost: v.unitCost, costAmount,
        isBillable: v.isBillable, priceAmount,
        vatRate: projectCostVatRate({ explicit: v.vatRate, product: v.productId ? (await m.findOneBy(ProductEntity, { tenantId, id: v.productId }))?.vatRate : null, companyDefault: defaults.vatRate }),
      });
      const saved = await this.repository.save(tenantId, m, row);
      // re-read so decimals come back as Postgres stores them ("2.0000"), as any later read does
      return ok(await m.findOneByOrFail(ProjectCostEntity, { tenantId, id: saved.id }));
    });
  }
}
