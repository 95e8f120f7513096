import { dryRunPipeline, err, fieldError, ok, type DryRunInvoice, type DryRunReport, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { idOfType } from '../../graphql/relay.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import type { PipelineDryRunInput } from './dto/pipeline-dry-run.input.js';
import { InvoiceStatusEntity } from './invoice-status.entity.js';
import { pipelineCandidate } from './invoice-status.service.js';

/** The invoice a dry run walked: one of the tenant's, or a synthetic new invoice. */
export interface DryRunSample {
  invoiceRowId: string | null;
  number: string | null;
  invoice: DryRunInvoice;
}

export interface DryRunResult {
  sample: DryRunSample;
  report: DryRunReport;
}

const synthetic: DryRunSample = { invoiceRowId: null, number: null, invoice: { kind: 'INVOICE', hasInvoiceNumber: false } };

/** Runs the domain's dry run on an unsaved pipeline; nothing is written (issue #6). */
export class PipelineDryRunService {
  constructor(private readonly db: TenantDb) {}

  async dryRun(tenantId: string, input: PipelineDryRunInput): Promise<Result<DryRunResult, FieldError[]>> {
    const sample = input.sampleInvoiceId ? await this.sampleOf(tenantId, input.sampleInvoiceId) : ok(synthetic);
    if (!sample.ok) return sample;
    return ok({ sample: sample.value, report: dryRunPipeline(pipelineCandidate(input), sample.value.invoice) });
  }

  private async sampleOf(tenantId: string, globalId: string): Promise<Result<DryRunSample, FieldError[]>> {
    const notFound = err([fieldError('NOT_FOUND', 'No invoice has this id', ['sampleInvoiceId'])]);
    const id = idOfType(globalId, 'Invoice');
    if (id === null) return notFound;
    const found = await this.db.read(tenantId, async (m) => {
      const invoice = await m.findOneBy(InvoiceEntity, { tenantId, id });
      const status = invoice ? await m.findOneBy(InvoiceStatusEntity, { tenantId, id: invoice.statusId }) : null;
      return invoice ? { invoice, statusKey: status?.key } : null;
    });
    if (found === null) return notFound;
    const { invoice, statusKey } = found;
    return ok({
      invoiceRowId: invoice.id,
      number: invoice.number,
      invoice: { kind: invoice.kind, statusKey, hasInvoiceNumber: invoice.number !== null },
    });
  }
}
