import { randomUUID } from 'node:crypto';
import { err, fieldError, ok, parseInput, projectInputSchema, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { plainInput } from '../../graphql/plain-input.js';
import { idOfType } from '../../graphql/relay.js';
import { isForeignKeyViolation, isUniqueViolation } from '../common/pg-errors.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import { decodeIds } from '../invoice/invoice-input.mapper.js';
import type { UpsertProjectInput } from './dto/upsert-project.input.js';
import { ProjectEntity } from './project.entity.js';
import { ProjectRepository } from './project.repository.js';

type Outcome = Result<{ project: ProjectEntity; created: boolean }, FieldError[]>;

/** The stored record in the shape of the domain's input, so partial updates validate as a whole. */
function asInput(e: ProjectEntity): Record<string, unknown> {
  return plainInput({
    number: e.number, name: e.name, customerId: e.customerId, isActive: e.isActive, isInternal: e.isInternal,
    startDate: e.startDate, endDate: e.endDate, description: e.description,
  }) as Record<string, unknown>;
}

/** A field already reported (e.g. an undecodable id) should not also read "Required". */
function unlessReported(reported: readonly FieldError[], more: readonly FieldError[]): FieldError[] {
  const taken = new Set(reported.map((e) => e.field.join('.')));
  return [...reported, ...more.filter((e) => !taken.has(e.field.join('.')))];
}

export class ProjectService {
  readonly repository: ProjectRepository;

  constructor(private readonly db: TenantDb) {
    this.repository = new ProjectRepository(db);
  }

  async upsert(tenantId: string, input: UpsertProjectInput): Promise<Outcome> {
    const { id: globalId, ...rest } = input;
    return this.db.write(tenantId, async (m, rollback) => {
      let existing: ProjectEntity | null = null;
      if (globalId) {
        const rowId = idOfType(globalId, 'Project');
        existing = rowId ? await m.findOneBy(ProjectEntity, { tenantId, id: rowId }) : null;
        if (!existing) return err([fieldError('NOT_FOUND', 'No project with this id', ['id'])]);
      } else if (rest.number?.trim()) {
        existing = await m.findOneBy(ProjectEntity, { tenantId, number: rest.number.trim() });
      }
      const errors: FieldError[] = [];
      const fields = decodeIds((plainInput(rest) ?? {}) as Record<string, unknown>, { customerId: 'Customer' }, [], errors);
      const parsed = parseInput(projectInputSchema, existing ? { ...asInput(existing), ...fields } : fields);
      if (!parsed.ok) return err(unlessReported(errors, parsed.error));
      const v = parsed.value;
      if (v.customerId && !errors.length && !(await m.existsBy(CustomerEntity, { tenantId, id: v.customerId }))) {
        errors.push(fieldError('NOT_FOUND', 'No customer with this id', ['customerId']));
      }
      if (existing && v.number !== existing.number) {
        // the source owns project numbers and they link to the ERP project (SE-VN-15)
        errors.push(fieldError('INVALID_VALUE', 'A project number cannot be changed once set', ['number']));
      }
      if (errors.length) return err(errors);
      const row = Object.assign(existing ?? new ProjectEntity(), {
        id: existing?.id ?? randomUUID(), tenantId, number: v.number, name: v.name, customerId: v.customerId ?? null,
        isActive: v.isActive, isInternal: v.isInternal, startDate: v.startDate ?? null, endDate: v.endDate ?? null, description: v.description ?? null,
      });
      try {
        const saved = await this.repository.save(tenantId, m, row);
        return ok({ project: saved, created: !existing });
      } catch (error) {
        if (isUniqueViolation(error)) {
          rollback();
          return err([fieldError('CONFLICT', `Project number ${v.number} is already used`, ['number'])]);
        }
        // the customer was deleted between the check and the insert
        if (isForeignKeyViolation(error)) {
          rollback();
          return err([fieldError('NOT_FOUND', 'No customer with this id', ['customerId'])]);
        }
        throw error;
      }
    });
  }
}
