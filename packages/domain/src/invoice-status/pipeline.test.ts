import { describe, expect, it } from 'vitest';
import { codesAndPaths } from '../testing/parse.js';
import { issuePaths as paths, issuesOf, patchStatus, renameKey, ruleViolations as invalid } from '../testing/pipeline.js';
import { examplePipelineA, examplePipelineB } from './example-pipelines.js';
import { validatePipeline, type Pipeline } from './pipeline.js';

const A = examplePipelineA;
const B = examplePipelineB;

describe('validatePipeline: the spec examples', () => {
  it('should accept example pipeline A, with approval and AutoInvoice (SE-VN-46)', () => {
    expect(validatePipeline(A)).toEqual({ ok: true, value: A });
  });

  it('should accept example pipeline B, without approval, which pipeline C repeats for AutoInvoice (SE-VN-47, SE-VN-52)', () => {
    expect(validatePipeline(B)).toEqual({ ok: true, value: B });
  });

  it('should accept a pipeline without an ERP transfer (no trigger or after-transfer status)', () => {
    const flags = { ...A.statuses[1]!.flags, isDefault: false };
    const manual: Pipeline = {
      statuses: [
        { key: 'failed', name: 'Failed', position: 0, flags: { ...flags, isFailed: true } },
        { key: 'draft', name: 'Draft', position: 1, flags: { ...flags, isDefault: true } },
        { key: 'done', name: 'Done', position: 2, flags: { ...flags, isEditable: false, isPaid: true } },
      ],
      transitions: [{ from: 'draft', to: 'done' }],
    };
    expect(validatePipeline(manual).ok).toBe(true);
  });
});

describe('validatePipeline: shape', () => {
  it('should require statuses and transitions', () => {
    expect(codesAndPaths(issuesOf({}))).toEqual([
      ['REQUIRED', 'statuses'],
      ['REQUIRED', 'transitions'],
    ]);
  });

  it('should report a malformed status at its path', () => {
    const { isPaid: _omitted, ...flags } = A.statuses[1]!.flags;
    const broken = { ...A, statuses: A.statuses.map((s, i) => (i === 1 ? { ...s, key: 'Draft!', name: '', position: -1, flags } : s)) };
    expect(codesAndPaths(issuesOf(broken))).toEqual([
      ['INVALID_FORMAT', 'statuses.1.key'],
      ['REQUIRED', 'statuses.1.name'],
      ['TOO_SMALL', 'statuses.1.position'],
      ['REQUIRED', 'statuses.1.flags.isPaid'],
    ]);
  });

  it('should reject a key over 40 characters', () => {
    expect(codesAndPaths(issuesOf(renameKey(A, 'draft', 'd'.repeat(41))))).toEqual([
      ['TOO_LONG', 'statuses.1.key'],
      ['TOO_LONG', 'transitions.0.from'],
      ['TOO_LONG', 'transitions.1.to'],
    ]);
  });
});

describe('validatePipeline: structure', () => {
  it('should reject a key used twice', () => {
    expect(paths(patchStatus(A, 'sent', { key: 'paid' }))).toEqual(
      // The transitions that named the old key now point nowhere, and say so.
      invalid('statuses.7.key', 'transitions.6.to', 'transitions.9.from', 'transitions.10.from'),
    );
  });

  it('should reject positions with a gap, because they must run 0..n-1', () => {
    expect(paths(patchStatus(A, 'paid', { position: 8 }))).toEqual(invalid('statuses.7.position'));
  });

  it('should reject a position used twice', () => {
    expect(paths(patchStatus(A, 'paid', { position: 6 }))).toEqual(invalid('statuses.7.position'));
  });

  it('should reject transitions between unknown keys, to the same status, or listed twice', () => {
    const pipeline = {
      ...B,
      transitions: [...B.transitions, { from: 'nowhere', to: 'draft' }, { from: 'draft', to: 'gone' }, { from: 'sent', to: 'sent' }, { from: 'draft', to: 'send-to-erp' }],
    };
    const base = B.transitions.length;
    expect(paths(pipeline)).toEqual(invalid(`transitions.${base}.from`, `transitions.${base + 1}.to`, `transitions.${base + 2}.to`, `transitions.${base + 3}`));
  });
});
