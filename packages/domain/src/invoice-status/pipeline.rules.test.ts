import { describe, expect, it } from 'vitest';
import { issuePaths as paths, issuesOf, patchStatus, ruleViolations as invalid, withoutTransitions } from '../testing/pipeline.js';
import { examplePipelineA, examplePipelineB } from './example-pipelines.js';

const A = examplePipelineA;
const B = examplePipelineB;

describe('validatePipeline: default and failed statuses', () => {
  it('should require a default status', () => {
    expect(issuesOf(patchStatus(A, 'draft', { flags: { isDefault: false } }))).toEqual([
      { code: 'PIPELINE_INVALID', message: 'Exactly one status must be the default, the status a new invoice gets', field: ['statuses'] },
    ]);
  });

  it('should reject a second default status at its flag', () => {
    expect(paths(patchStatus(A, 'awaiting-approval', { flags: { isDefault: true } }))).toEqual(invalid('statuses.2.flags.isDefault'));
  });

  it('should require a failed status (SE-VN-42)', () => {
    expect(issuesOf(patchStatus(A, 'failed', { flags: { isFailed: false } }))).toEqual([
      {
        code: 'PIPELINE_INVALID',
        message: 'Exactly one status must be the failed status, for invoices the ERP refused (SE-VN-42)',
        field: ['statuses'],
      },
    ]);
  });

  it('should reject a second failed status (SE-VN-42)', () => {
    const twoFailed = patchStatus(A, 'awaiting-approval', { flags: { isFailed: true } });
    expect(paths(twoFailed)).toEqual(invalid('statuses.2.flags.isFailed', 'statuses.2.position'));
  });

  it('should reject a failed status that is not the first status (SE-VN-42)', () => {
    const swapped = patchStatus(patchStatus(A, 'failed', { position: 1 }), 'draft', { position: 0 });
    expect(paths(swapped)).toEqual(invalid('statuses.0.position'));
  });

  it('should reject a failed status that is the default (SE-VN-42)', () => {
    const failedDefault = patchStatus(patchStatus(A, 'failed', { flags: { isDefault: true } }), 'draft', { flags: { isDefault: false } });
    expect(issuesOf(failedDefault)).toContainEqual({
      code: 'PIPELINE_INVALID',
      message: 'The failed status must not be the default status (SE-VN-42)',
      field: ['statuses', '0', 'flags', 'isDefault'],
    });
  });

  it('should reject a failed status that is the credit-note default (SE-VN-42, SE-VN-45)', () => {
    expect(paths(patchStatus(A, 'failed', { flags: { isCreditNoteDefault: true } }))).toEqual(
      invalid('statuses.0.flags.isCreditNoteDefault', 'statuses.0.flags.isCreditNoteDefault'),
    );
  });

  it('should reject a failed status that is the after-transfer status (X-20)', () => {
    const failedAfter = patchStatus(patchStatus(B, 'failed', { flags: { isAfterTransfer: true } }), 'in-erp-send-to-customer', {
      flags: { isAfterTransfer: false },
    });
    expect(paths(failedAfter)).toEqual(invalid('statuses.0.flags.isAfterTransfer'));
  });

  it('should reject a failed status that triggers the transfer (X-20)', () => {
    const failedTrigger = patchStatus(patchStatus(A, 'failed', { flags: { isTransferTrigger: true } }), 'approved-ready-for-erp', {
      flags: { isTransferTrigger: false },
    });
    expect(paths(failedTrigger)).toEqual(invalid('statuses.0.flags.isTransferTrigger'));
  });
});

describe('validatePipeline: transfer trigger and after-transfer statuses', () => {
  it('should reject a second transfer trigger (X-20)', () => {
    expect(paths(patchStatus(A, 'awaiting-approval', { flags: { isTransferTrigger: true } }))).toEqual(
      invalid('statuses.3.flags.isTransferTrigger'),
    );
  });

  it('should reject a second after-transfer status (X-20)', () => {
    expect(paths(patchStatus(A, 'sent', { flags: { isAfterTransfer: true } }))).toEqual(invalid('statuses.5.flags.isAfterTransfer'));
  });

  it('should reject a status that is both trigger and after-transfer (X-20)', () => {
    const merged = patchStatus(patchStatus(B, 'send-to-erp', { flags: { isAfterTransfer: true } }), 'in-erp-send-to-customer', {
      flags: { isAfterTransfer: false },
    });
    expect(paths(merged)).toEqual(invalid('statuses.2.flags.isAfterTransfer'));
  });

  it('should reject a trigger without an after-transfer status (SE-FX-44, SE-EE-08)', () => {
    expect(paths(patchStatus(B, 'in-erp-send-to-customer', { flags: { isAfterTransfer: false } }))).toEqual(invalid('statuses'));
  });

  it('should reject an after-transfer status without a trigger (SE-FX-44, SE-EE-08)', () => {
    const noTrigger = patchStatus(B, 'send-to-erp', { flags: { isTransferTrigger: false } });
    expect(paths(noTrigger)).toEqual(invalid('statuses'));
  });

  it('should reject an after-transfer status placed before the trigger (SE-VN-54)', () => {
    const pipeline = patchStatus(patchStatus(B, 'send-to-erp', { position: 3 }), 'in-erp-send-to-customer', { position: 2 });
    // The trigger now sits after the after-transfer status, where the invoice-number flag is due.
    expect(paths(pipeline)).toEqual(invalid('statuses.3.position', 'statuses.2.flags.requiresInvoiceNumber'));
  });
});

describe('validatePipeline: credit-note default (SE-VN-45)', () => {
  it('should reject a credit-note default that is not the transfer trigger', () => {
    const pipeline = patchStatus(patchStatus(A, 'draft', { flags: { isCreditNoteDefault: true } }), 'approved-ready-for-erp', {
      flags: { isCreditNoteDefault: false },
    });
    expect(issuesOf(pipeline)).toEqual([
      {
        code: 'PIPELINE_INVALID',
        message: 'The credit-note default must be the transfer trigger status (SE-VN-45)',
        field: ['statuses', '1', 'flags', 'isCreditNoteDefault'],
      },
      {
        code: 'PIPELINE_INVALID',
        message: 'The transfer trigger status must also be the credit-note default, so a new credit note is transferred at once (SE-VN-45)',
        field: ['statuses', '3', 'flags', 'isCreditNoteDefault'],
      },
    ]);
  });

  it('should reject a trigger that is not the credit-note default even when no other status is', () => {
    expect(paths(patchStatus(B, 'send-to-erp', { flags: { isCreditNoteDefault: false } }))).toEqual(invalid('statuses.2.flags.isCreditNoteDefault'));
  });

  it('should allow at most one credit-note default when there is no transfer', () => {
    const base = patchStatus(
      patchStatus(withoutTransitions(B), 'send-to-erp', { flags: { isTransferTrigger: false } }),
      'in-erp-send-to-customer',
      { flags: { isAfterTransfer: false } },
    );
    const twoDefaults = patchStatus(base, 'draft', { flags: { isCreditNoteDefault: true } });
    expect(paths(twoDefaults)).toContainEqual(['PIPELINE_INVALID', 'statuses.2.flags.isCreditNoteDefault']);
    expect(paths(twoDefaults)).not.toContainEqual(['PIPELINE_INVALID', 'statuses.1.flags.isCreditNoteDefault']);
  });
});

describe('validatePipeline: invoice-number flag (SE-VN-43, X-19)', () => {
  it('should reject a status after the transfer without the invoice-number flag', () => {
    expect(paths(patchStatus(A, 'paid', { flags: { requiresInvoiceNumber: false } }))).toEqual(invalid('statuses.7.flags.requiresInvoiceNumber'));
  });

  it('should reject an after-transfer status without the invoice-number flag', () => {
    expect(paths(patchStatus(B, 'in-erp-send-to-customer', { flags: { requiresInvoiceNumber: false } }))).toEqual(
      invalid('statuses.3.flags.requiresInvoiceNumber'),
    );
  });

  it('should reject a status before the transfer that requires an invoice number (SE-VN-34)', () => {
    expect(paths(patchStatus(A, 'awaiting-approval', { flags: { requiresInvoiceNumber: true } }))).toEqual(
      invalid('statuses.2.flags.requiresInvoiceNumber'),
    );
  });

  it('should reject a sent or paid status before the transfer (SE-VN-55, SE-VN-54)', () => {
    expect(paths(patchStatus(B, 'draft', { flags: { isSent: true, isPaid: true } }))).toEqual(
      invalid('statuses.1.flags.isSent', 'statuses.1.flags.isPaid'),
    );
  });
});

describe('validatePipeline: transitions', () => {
  it('should require the move from the trigger to the after-transfer status (X-20)', () => {
    expect(paths(withoutTransitions(B, ['send-to-erp', 'in-erp-send-to-customer']))).toEqual(invalid('transitions'));
  });

  it('should require the move from the trigger to the failed status (SE-VN-36, X-20)', () => {
    expect(paths(withoutTransitions(B, ['send-to-erp', 'failed']))).toEqual(invalid('transitions'));
  });

  it('should require the retry move from the failed status back to the trigger (SE-VN-37, X-20)', () => {
    expect(issuesOf(withoutTransitions(B, ['failed', 'send-to-erp']))).toEqual([
      {
        code: 'PIPELINE_INVALID',
        message: 'Add a transition from "failed" to "send-to-erp": setting a failed invoice back to the trigger retries it (SE-VN-37, X-20)',
        field: ['transitions'],
      },
    ]);
  });

  it('should reject a status that cannot be reached from the default status', () => {
    expect(paths(withoutTransitions(A, ['draft', 'awaiting-approval']))).toEqual(invalid('statuses.2'));
  });
});
