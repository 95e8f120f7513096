import { describe, expect, it } from 'vitest';
import { issuePaths, patchStatus, ruleViolations } from '../testing/pipeline.js';
import { examplePipelineA, examplePipelineB, examplePipelineC } from './example-pipelines.js';
import { validatePipeline, type Pipeline } from './pipeline.js';
import { pipelineChanges } from './pipeline-changes.js';
import {
  addApprovalStep,
  addAutoInvoiceSending,
  erpNumberChoices,
  pipelineSteps,
  removeApprovalStep,
  removeAutoInvoiceSending,
  setErpNumberFrom,
  startFromExample,
} from './pipeline-steps.js';

const A = examplePipelineA;
const B = examplePipelineB;
const C = examplePipelineC;

function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`Expected success, got: ${result.error}`);
  return result.value;
}

const keys = (p: Pipeline) => [...p.statuses].sort((a, b) => a.position - b.position).map((s) => s.key);
const expectValid = (p: Pipeline) => expect(validatePipeline(p)).toMatchObject({ ok: true });

// B with a numbered, not yet sent status before "In the ERP, send to customer" as its
// after-transfer status, to give the ERP number read-out a real choice.
const BWithCheck: Pipeline = {
  statuses: [
    ...B.statuses.filter((s) => s.position <= 2),
    { key: 'checked', name: 'Checked', position: 3, flags: { ...B.statuses[3]!.flags, isSent: false } },
    ...B.statuses.filter((s) => s.position > 2).map((s) => ({
      ...s, position: s.position + 1, flags: { ...s.flags, isAfterTransfer: false },
    })),
  ],
  transitions: [...B.transitions, { from: 'send-to-erp', to: 'checked' }, { from: 'checked', to: 'in-erp-send-to-customer' }],
};

// Every transformation the editor offers, applied where it applies.
const transformations: [string, (p: Pipeline) => Pipeline | null][] = [
  ['add approval', (p) => { const r = addApprovalStep(p); return r.ok ? r.value : null; }],
  ['remove approval', (p) => { const r = removeApprovalStep(p); return r.ok ? r.value : null; }],
  ['add AutoInvoice', (p) => { const r = addAutoInvoiceSending(p); return r.ok ? r.value : null; }],
  ['remove AutoInvoice', (p) => removeAutoInvoiceSending(p)],
  ...(['A', 'B', 'C'] as const).map((n): [string, (p: Pipeline) => Pipeline] => [`example ${n}`, (p) => startFromExample(p, n).pipeline]),
];

describe('pipelineSteps: reading the process steps (SE-VN-34, SE-VN-54)', () => {
  it('should read pipeline A as approval, ERP number from "In the ERP", no AutoInvoice binding (SE-VN-46)', () => {
    const steps = pipelineSteps(A);
    expect(steps.approval.map((s) => s.key)).toEqual(['awaiting-approval']);
    expect(steps.erpNumberFrom?.key).toBe('in-erp-send-to-customer');
    expect(steps.autoInvoice).toBeNull();
  });

  it('should read pipeline B as no approval and no AutoInvoice (SE-VN-47)', () => {
    expect(pipelineSteps(B).approval).toEqual([]);
    expect(pipelineSteps(B).autoInvoice).toBeNull();
  });

  it('should read pipeline C as AutoInvoice from "In the ERP, send to customer" to "Sent" (SE-VN-52, SE-VN-53)', () => {
    const auto = pipelineSteps(C).autoInvoice;
    expect([auto?.toTransfer?.key, auto?.afterTransfer?.key, auto?.onError]).toEqual(['in-erp-send-to-customer', 'sent', null]);
  });

  it('should accept examples A, B and C as valid pipelines (SE-VN-46, SE-VN-47, SE-VN-52)', () => {
    for (const p of [A, B, C]) expectValid(p);
  });
});

describe('approval step (SE-VN-34 (2), SE-VN-46)', () => {
  it('should turn pipeline B into pipeline A\'s shape, keeping every key of B', () => {
    const withApproval = value(addApprovalStep(B));
    expect(keys(withApproval)).toEqual(['failed', 'draft', 'awaiting-approval', 'send-to-erp', ...keys(B).slice(3)]);
    expect(withApproval.statuses.map((s) => [s.name, s.flags])).toEqual(
      [...A.statuses].sort((a, b) => a.position - b.position).map((s) => [s.name, s.flags]),
    );
    expect(withApproval.transitions).not.toContainEqual({ from: 'draft', to: 'send-to-erp' });
    expect(withApproval.transitions).toEqual(expect.arrayContaining([
      { from: 'draft', to: 'awaiting-approval' }, { from: 'awaiting-approval', to: 'draft' }, { from: 'awaiting-approval', to: 'send-to-erp' },
    ]));
    expectValid(withApproval);
  });

  it('should refuse a second approval step', () => {
    expect(addApprovalStep(A)).toEqual({ ok: false, error: 'The pipeline already has an approval step' });
  });

  it('should remove pipeline A\'s approval step and move the default straight to the trigger (SE-VN-47)', () => {
    const without = value(removeApprovalStep(A));
    expect(keys(without)).toEqual(keys(A).filter((k) => k !== 'awaiting-approval'));
    expect(without.transitions).toContainEqual({ from: 'draft', to: 'approved-ready-for-erp' });
    expect(without.transitions.some((t) => t.from === 'awaiting-approval' || t.to === 'awaiting-approval')).toBe(false);
    expectValid(without);
  });

  it('should refuse to remove an approval step pipeline B does not have', () => {
    expect(removeApprovalStep(B).ok).toBe(false);
  });
});

describe('ERP numbering (SE-VN-43, SE-VN-48, SE-VN-55)', () => {
  it('should offer only the statuses after the trigger up to the first sent one', () => {
    expect(erpNumberChoices(B).map((s) => s.key)).toEqual(['in-erp-send-to-customer']);
    expect(erpNumberChoices(BWithCheck).map((s) => s.key)).toEqual(['checked', 'in-erp-send-to-customer']);
  });

  it('should move the after-transfer role and the number flags to the chosen status', () => {
    expectValid(BWithCheck);
    const later = value(setErpNumberFrom(BWithCheck, 'in-erp-send-to-customer'));
    expect(pipelineSteps(later).erpNumberFrom?.key).toBe('in-erp-send-to-customer');
    const byKey = new Map(later.statuses.map((s) => [s.key, s.flags]));
    expect(byKey.get('checked')).toMatchObject({ isAfterTransfer: false, requiresInvoiceNumber: false });
    expect(byKey.get('in-erp-send-to-customer')).toMatchObject({ isAfterTransfer: true, requiresInvoiceNumber: true });
    expect(later.transitions).toContainEqual({ from: 'send-to-erp', to: 'in-erp-send-to-customer' });
    expectValid(later);
  });

  it('should refuse a status where invoices must already carry the number (SE-VN-55)', () => {
    expect(setErpNumberFrom(B, 'sent').ok).toBe(false);
    expect(setErpNumberFrom(B, 'draft').ok).toBe(false);
  });
});

describe('AutoInvoice sending (SE-VN-52..54)', () => {
  it('should bind AutoInvoice on pipeline B exactly as pipeline C (SE-VN-52, SE-VN-53)', () => {
    expect(value(addAutoInvoiceSending(B))).toEqual(C);
  });

  it('should add a sent status when the pipeline has none after the ERP number (SE-VN-54 (6))', () => {
    const noSent: Pipeline = {
      statuses: B.statuses.filter((s) => s.key !== 'sent').map((s) => (s.position > 4 ? { ...s, position: s.position - 1 } : s)),
      transitions: B.transitions.filter((t) => t.from !== 'sent' && t.to !== 'sent'),
    };
    expectValid(noSent);
    const auto = value(addAutoInvoiceSending(noSent));
    expect(auto.autoInvoice).toEqual({ toTransfer: 'in-erp-send-to-customer', afterTransfer: 'sent', onError: null });
    expect(keys(auto)).toEqual(keys(B));
    expectValid(auto);
  });

  it('should stop AutoInvoice by dropping the binding and keeping the statuses (SE-VN-52, SE-VN-55)', () => {
    expect(removeAutoInvoiceSending(C)).toEqual({ ...B, autoInvoice: null });
  });
});

describe('AutoInvoice binding rules (SE-VN-53..55)', () => {
  const bind = (autoInvoice: Pipeline['autoInvoice']): Pipeline => ({ ...C, autoInvoice });

  it('should refuse a to-transfer status without the ERP number (SE-VN-55)', () => {
    expect(issuePaths(bind({ toTransfer: 'send-to-erp', afterTransfer: 'sent', onError: null }))).toEqual(
      ruleViolations('autoInvoice.toTransfer', 'autoInvoice.afterTransfer'),
    );
  });

  it('should refuse an after status that is not a sent status (SE-VN-53)', () => {
    const notSent = patchStatus(C, 'sent', { flags: { isSent: false } });
    expect(issuePaths(notSent)).toEqual(ruleViolations('autoInvoice.afterTransfer'));
  });

  it('should refuse the default, trigger or failed status as the error status (SE-VN-53)', () => {
    expect(issuePaths(bind({ toTransfer: 'in-erp-send-to-customer', afterTransfer: 'sent', onError: 'draft' }))).toEqual(
      ruleViolations('autoInvoice.onError', 'autoInvoice.onError', 'autoInvoice.onError'),
    );
    expect(issuePaths(bind({ toTransfer: 'in-erp-send-to-customer', afterTransfer: 'sent', onError: 'failed' }))).toEqual(
      ruleViolations('autoInvoice.onError', 'autoInvoice.onError'),
    );
  });

  it('should accept a numbered error status AutoInvoice can move to', () => {
    const withError: Pipeline = {
      ...bind({ toTransfer: 'in-erp-send-to-customer', afterTransfer: 'sent', onError: 'partially-paid' }),
    };
    expectValid(withError);
  });

  it('should refuse unknown keys at their slot', () => {
    expect(issuePaths(bind({ toTransfer: 'nope', afterTransfer: 'sent', onError: null }))).toEqual(ruleViolations('autoInvoice.toTransfer'));
  });

  it('should name AutoInvoice changes in the version history (SE-VN-53)', () => {
    expect(pipelineChanges(B, C)).toEqual([
      'Started sending invoices through AutoInvoice',
      "Set AutoInvoice's status of invoices to transfer to in-erp-send-to-customer",
      "Set AutoInvoice's status after transfer to sent",
    ]);
    expect(pipelineChanges(C, B)).toEqual(['Stopped sending invoices through AutoInvoice']);
  });
});

describe('start from example (SE-VN-46, SE-VN-47, SE-VN-52)', () => {
  it('should map roles onto the tenant\'s keys going from B to A, dropping nothing', () => {
    const { pipeline, dropped } = startFromExample(B, 'A');
    expect(dropped).toEqual([]);
    expect(keys(pipeline)).toEqual(['failed', 'draft', 'awaiting-approval', 'send-to-erp', ...keys(B).slice(3)]);
    expect(pipelineSteps(pipeline).approval.map((s) => s.name)).toEqual(['Awaiting approval']);
    expectValid(pipeline);
  });

  it('should list the statuses example B leaves out of pipeline A', () => {
    const { pipeline, dropped } = startFromExample(A, 'B');
    expect(dropped.map((s) => s.key)).toEqual(['awaiting-approval']);
    expect(keys(pipeline)).toEqual(keys(A).filter((k) => k !== 'awaiting-approval'));
  });

  it('should reproduce each example from itself', () => {
    for (const [name, p] of [['A', A], ['B', B], ['C', C]] as const) {
      expect(startFromExample(p, name)).toEqual({ pipeline: { autoInvoice: null, ...p }, dropped: [] });
    }
  });
});

describe('every transformation keeps a valid pipeline valid and keeps the keys it does not drop', () => {
  const starts: [string, Pipeline][] = [['A', A], ['B', B], ['C', C], ['B with check', BWithCheck]];
  for (const [startName, start] of starts) {
    for (const [name, apply] of transformations) {
      it(`${name} on ${startName}, and every step after it`, () => {
        const once = apply(start);
        if (once === null) return;
        expectValid(once);
        for (const [, next] of transformations) {
          const twice = next(once);
          if (twice !== null) expectValid(twice);
        }
        if (name.startsWith('add')) expect(keys(once)).toEqual(expect.arrayContaining(keys(start)));
        for (const choice of erpNumberChoices(once)) expectValid(value(setErpNumberFrom(once, choice.key)));
      });
    }
  }
});
