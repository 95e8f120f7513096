import { describe, expect, it } from 'vitest';
import { patchStatus, withoutTransitions } from '../testing/pipeline.js';
import { dryRunPipeline, type DryRunStep } from './dry-run.js';
import { examplePipelineA, examplePipelineB } from './example-pipelines.js';
import { pipelineChanges } from './pipeline-changes.js';

const fresh = { kind: 'INVOICE', hasInvoiceNumber: false } as const;
const route = (steps: DryRunStep[]) => steps.map((s) => `${s.stage}:${s.landsIn}${s.blockedBy ? '!' : ''}`);

describe('dryRunPipeline', () => {
  it('should walk a new invoice of pipeline A through approval, transfer, sent and paid, then the failed branch (SE-VN-46, X-19, X-20)', () => {
    const report = dryRunPipeline(examplePipelineA, fresh);
    expect(report.issues).toEqual([]);
    expect(route(report.steps)).toEqual([
      'START:draft',
      'TO_TRIGGER:awaiting-approval',
      'TO_TRIGGER:approved-ready-for-erp',
      'TRANSFER_SUCCEEDED:in-erp-send-to-customer',
      'SEND:sent',
      'PAY:paid',
      'TRANSFER_FAILED:failed',
      'RETRY:approved-ready-for-erp',
    ]);
  });

  it('should give the invoice its number only on a successful transfer (SE-VN-43, SE-VN-48)', () => {
    const steps = dryRunPipeline(examplePipelineB, fresh).steps;
    expect(steps.find((s) => s.stage === 'TO_TRIGGER')?.hasInvoiceNumber).toBe(false);
    expect(steps.find((s) => s.stage === 'TRANSFER_SUCCEEDED')?.hasInvoiceNumber).toBe(true);
    expect(steps.find((s) => s.stage === 'TRANSFER_FAILED')).toMatchObject({ landsIn: 'failed', hasInvoiceNumber: false, blockedBy: null });
  });

  it('should block the move into a status that requires an invoice number before the ERP assigned one (SE-VN-43, SE-VN-34)', () => {
    const draft = patchStatus(examplePipelineA, 'awaiting-approval', { flags: { requiresInvoiceNumber: true } });
    const report = dryRunPipeline(draft, fresh);
    expect(report.issues.map((i) => i.field.join('.'))).toContain('statuses.2.flags.requiresInvoiceNumber');
    const stop = report.steps.find((s) => s.blockedBy !== null)!;
    expect(stop).toMatchObject({ stage: 'TO_TRIGGER', from: 'draft', to: 'awaiting-approval', landsIn: 'draft' });
    expect(stop.blockedBy?.code).toBe('INVALID_TRANSITION');
    expect(stop.blockedBy?.message).toContain('requires an invoice number');
    // the happy path stops there; the failure branch is still shown
    expect(route(report.steps)).toEqual(['START:draft', 'TO_TRIGGER:draft!', 'TRANSFER_FAILED:failed', 'RETRY:approved-ready-for-erp']);
  });

  it('should name a missing transition on the way to the trigger (SE-VN-40)', () => {
    const draft = withoutTransitions(examplePipelineB, ['draft', 'send-to-erp']);
    const stop = dryRunPipeline(draft, fresh).steps.find((s) => s.blockedBy !== null)!;
    expect(stop).toMatchObject({ stage: 'TO_TRIGGER', landsIn: 'draft', blockedBy: { code: 'BLOCKED', message: 'No transitions lead from "draft" to the transfer trigger status "send-to-erp"' } });
  });

  it('should report a pipeline without a failed status as invalid and the failed branch as blocked (SE-VN-42)', () => {
    const draft = patchStatus(examplePipelineB, 'failed', { flags: { isFailed: false } });
    const report = dryRunPipeline(draft, fresh);
    expect(report.issues.map((i) => i.message)).toContain('Exactly one status must be the failed status, for invoices the ERP refused (SE-VN-42)');
    expect(report.steps.at(-1)).toMatchObject({ stage: 'TRANSFER_FAILED', blockedBy: { code: 'BLOCKED', message: 'No status is the failed status (X-19)' } });
  });

  it('should start a credit note in the credit-note default, the trigger, so it transfers at once (SE-VN-45, SE-VN-44)', () => {
    const steps = dryRunPipeline(examplePipelineA, { kind: 'CREDIT_NOTE', hasInvoiceNumber: false }).steps;
    expect(route(steps).slice(0, 2)).toEqual(['START:approved-ready-for-erp', 'TRANSFER_SUCCEEDED:in-erp-send-to-customer']);
  });

  it('should continue a sample invoice from its own status and skip stages it is past (SE-VN-41)', () => {
    const steps = dryRunPipeline(examplePipelineB, { kind: 'INVOICE', statusKey: 'sent', hasInvoiceNumber: true }).steps;
    expect(route(steps)).toEqual(['START:sent', 'PAY:paid', 'TRANSFER_FAILED:failed', 'RETRY:send-to-erp']);
  });

  it('should retry a sample invoice in the failed status through the trigger (SE-VN-37, SE-VN-36)', () => {
    const steps = dryRunPipeline(examplePipelineB, { kind: 'INVOICE', statusKey: 'failed', hasInvoiceNumber: false }).steps;
    expect(route(steps).slice(0, 3)).toEqual(['START:failed', 'RETRY:send-to-erp', 'TRANSFER_SUCCEEDED:in-erp-send-to-customer']);
  });

  it('should start at the default when the sample invoice\'s status is not in the draft (SE-VN-40, SE-VN-47)', () => {
    const steps = dryRunPipeline(examplePipelineB, { kind: 'INVOICE', statusKey: 'awaiting-approval', hasInvoiceNumber: false }).steps;
    expect(steps[0]).toMatchObject({ stage: 'START', landsIn: 'draft' });
  });

  it('should give issues and no steps for a draft not shaped like a pipeline (SE-VN-40)', () => {
    const report = dryRunPipeline(patchStatus(examplePipelineB, 'draft', { key: 'Not A Key' }), fresh);
    expect(report.steps).toEqual([]);
    expect(report.issues.map((i) => i.field.join('.'))).toContain('statuses.1.key');
  });
});

describe('pipelineChanges', () => {
  it('should describe the first version (SE-VN-40)', () => {
    expect(pipelineChanges(null, examplePipelineB)).toEqual(['Pipeline created with 7 statuses']);
  });

  it('should list renames, flags turned on and off, added and removed statuses and transitions (SE-VN-40, SE-VN-41)', () => {
    const renamed = patchStatus(examplePipelineB, 'draft', { name: 'Kladde', flags: { isEditable: false } });
    const changed = {
      statuses: [...renamed.statuses, { key: 'archived', name: 'Archived', position: 7, flags: { ...renamed.statuses[6]!.flags } }],
      transitions: [...renamed.transitions.filter((t) => t.to !== 'partially-paid'), { from: 'paid', to: 'archived' }],
    };
    expect(pipelineChanges(examplePipelineB, changed)).toEqual([
      'Renamed "Draft" to "Kladde" (draft)',
      'Turned off "editable" for "Kladde"',
      'Added status "Archived" (archived)',
      'Added transition paid → archived',
      'Removed transition in-erp-send-to-customer → partially-paid',
      'Removed transition sent → partially-paid',
    ]);
    expect(pipelineChanges(changed, examplePipelineB)).toContain('Removed status "Archived" (archived)');
    expect(pipelineChanges(examplePipelineB, examplePipelineB)).toEqual(['No changes']);
  });
});
