import { err, fieldError, validatePipeline, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { InvoiceStatusPipelineEntity } from './invoice-status-pipeline.entity.js';
import { InvoiceStatusVersionEntity } from './invoice-status-version.entity.js';
import { writePipeline, type LoadedPipeline } from './invoice-status.service.js';

const FIELD = ['versionId'];

/**
 * Makes an old pipeline version current again by saving it as a new version (ADR 0022), so the
 * history only grows and says who restored what. The old version is checked against today's
 * rules first: rules may have tightened since it was saved.
 */
export class PipelineRestoreService {
  constructor(private readonly db: TenantDb) {}

  /** `versionRowId` is null when the given id was not a version id at all. */
  async restore(tenantId: string, versionRowId: string | null, actor: string | null): Promise<Result<LoadedPipeline, FieldError[]>> {
    const notFound = err([fieldError('NOT_FOUND', 'No such pipeline version', FIELD)]);
    if (versionRowId === null) return notFound;
    return this.db.write(tenantId, async (m, rollback) => {
      const version = await m.findOneBy(InvoiceStatusVersionEntity, { tenantId, id: versionRowId });
      if (!version) return notFound;
      const current = await m.findOne(InvoiceStatusPipelineEntity, { where: { tenantId }, lock: { mode: 'pessimistic_write' } });
      if (current?.revision === version.number) return err([fieldError('ALREADY_DONE', `Version ${version.number} is the current pipeline`, FIELD)]);
      const valid = validatePipeline({ statuses: version.statuses, transitions: version.transitions, autoInvoice: version.autoInvoice });
      if (!valid.ok) {
        return err(valid.error.map((issue) => fieldError(issue.code, `Version ${version.number} no longer passes the pipeline rules: ${issue.message}${issue.field.length > 0 ? ` (at ${issue.field.join('.')})` : ''}`, FIELD)));
      }
      const written = await writePipeline(m, tenantId, valid.value, actor, version.number);
      if (written.ok) return written;
      rollback();
      // the input names only the version, so that is where every refusal points
      return err(written.error.map((e) => ({ ...e, field: [...FIELD] })));
    });
  }
}
