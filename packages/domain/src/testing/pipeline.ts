import type { FieldError } from '../errors.js';
import { validatePipeline, type InvoiceStatus, type Pipeline, type StatusFlags } from '../invoice-status/pipeline.js';
import { codesAndPaths } from './parse.js';

type StatusPatch = Partial<Omit<InvoiceStatus, 'flags'>> & { flags?: Partial<StatusFlags> };

/** A copy of `pipeline` with the status `key` changed; the original is left untouched. */
export function patchStatus(pipeline: Pipeline, key: string, patch: StatusPatch): Pipeline {
  return {
    ...pipeline,
    statuses: pipeline.statuses.map((status) =>
      status.key === key ? { ...status, ...patch, flags: { ...status.flags, ...patch.flags } } : status,
    ),
  };
}

/** A copy of `pipeline` with the listed transitions removed. */
export function withoutTransitions(pipeline: Pipeline, ...removed: [string, string][]): Pipeline {
  return {
    ...pipeline,
    transitions: pipeline.transitions.filter((t) => !removed.some(([from, to]) => t.from === from && t.to === to)),
  };
}

/** A copy of `pipeline` with a status key renamed everywhere, transitions included. */
export function renameKey(pipeline: Pipeline, from: string, to: string): Pipeline {
  const rename = (key: string) => (key === from ? to : key);
  return {
    statuses: pipeline.statuses.map((status) => ({ ...status, key: rename(status.key) })),
    transitions: pipeline.transitions.map((t) => ({ from: rename(t.from), to: rename(t.to) })),
  };
}

/** The issues of a pipeline the test expects to be refused. */
export function issuesOf(pipeline: unknown): FieldError[] {
  const result = validatePipeline(pipeline);
  if (result.ok) throw new Error('Expected the pipeline to be refused');
  return result.error;
}

/** `[code, path]` pairs of a refused pipeline's issues. */
export function issuePaths(pipeline: unknown): [string, string][] {
  return codesAndPaths(issuesOf(pipeline));
}

/** The expected `[code, path]` pairs of rule violations at the given paths. */
export function ruleViolations(...paths: string[]): [string, string][] {
  return paths.map((path) => ['PIPELINE_INVALID', path]);
}
