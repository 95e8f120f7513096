import type { Pipeline } from '@ledgerbridge/domain';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describedByFor, FieldNotes, GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { PipelineQuery, SavePipelineMutation } from './invoice-status.graphql';
import { PipelineDryRun } from './pipeline-dry-run';
import { PipelineHistory } from './pipeline-history';
import { ProcessSteps } from './process-steps';
import {
  addStatus, checkPipeline, flagLabels, moveStatus, pickFlags, placeIssues, rekeyStatus, removeStatus, renameStatus, setFlag, toSaveInput,
  toggleTransition, type EditorIssues,
} from './pipeline-editor-state';

export function InvoiceStatusPage() {
  const [{ data, error }, reload] = useQuery({ query: PipelineQuery });
  // Kept here: saving refetches the pipeline, and the editor starts over from the new revision.
  const [savedNotice, setSavedNotice] = useState<string | null>(null);
  const saved = data?.invoiceStatusPipeline;
  if (error !== undefined) return <GeneralErrors messages={[transportMessage(error)]} />;
  if (saved === undefined) return <p role="status">Loading…</p>;
  const initial: Pipeline = {
    statuses: saved.statuses.map(({ key, name, position, flags }) => ({ key, name, position, flags: pickFlags(flags) })),
    transitions: saved.transitions.map(({ from, to }) => ({ from, to })),
    autoInvoice: saved.autoInvoice == null ? null : { toTransfer: saved.autoInvoice.toTransfer, afterTransfer: saved.autoInvoice.afterTransfer, onError: saved.autoInvoice.onError ?? null },
  };
  return (
    <>
      <PipelineEditor
        key={saved.revision}
        initial={initial}
        revision={saved.revision}
        updatedBy={saved.updatedBy ?? null}
        savedNotice={savedNotice}
        onSaved={setSavedNotice}
      />
      <PipelineHistory
        versions={saved.versions}
        currentRevision={saved.revision}
        onRestored={(notice) => {
          setSavedNotice(notice);
          // the new revision re-keys the editor, so it starts over from the restored pipeline
          reload({ requestPolicy: 'network-only' });
        }}
      />
    </>
  );
}

interface PipelineEditorProps {
  readonly initial: Pipeline;
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly savedNotice: string | null;
  readonly onSaved: (notice: string | null) => void;
}

export function PipelineEditor({ initial, revision, updatedBy, savedNotice, onSaved }: PipelineEditorProps) {
  const [draft, setDraft] = useState<Pipeline>(initial);
  const [serverIssues, setServerIssues] = useState<EditorIssues | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(SavePipelineMutation);
  const live = useMemo(() => checkPipeline(draft), [draft]);
  const issues = serverIssues ?? live;

  const change = (next: Pipeline) => {
    setDraft(next);
    setServerIssues(null);
    onSaved(null);
  };

  async function handleSave() {
    setProblem(null);
    const result = await save({ input: toSaveInput(draft) }, { additionalTypenames: ['InvoiceStatusPipeline'] });
    const payload = result.data?.saveInvoiceStatusPipeline;
    if (payload === undefined) setProblem(transportMessage(result.error));
    else if (payload.errors.length > 0) setServerIssues(placeIssues(draft, payload.errors));
    else if (payload.pipeline !== null) onSaved(`Saved as revision ${payload.pipeline.revision}.`);
  }

  return (
    <section aria-labelledby="pipeline-title">
      <h1 id="pipeline-title">Invoice statuses</h1>
      <p className="muted">
        Revision {revision}
        {updatedBy === null ? '' : `, last changed by ${updatedBy}`}. Checked as you edit with the same rules the API applies.
      </p>
      {savedNotice !== null && (
        <div className="notice" role="status">
          {savedNotice}
        </div>
      )}
      {problem !== null && <GeneralErrors messages={[problem]} />}
      <div className={issues.count === 0 ? 'notice' : 'alert'} role="status" data-testid="pipeline-check">
        {issues.count === 0 ? <p>The pipeline follows every rule.</p> : <p>{issues.count} problem{issues.count === 1 ? '' : 's'} to fix before saving.</p>}
        {issues.general.map((message, index) => (
          // general messages never reorder within one render
          <p key={index}>{message}</p>
        ))}
      </div>
      <ProcessSteps draft={draft} issues={issues} onChange={change} />
      <ol className="status-list">
        {draft.statuses.map((status, index) => {
          const here = issues.byStatus.get(index);
          const messages = (where: string) => here?.get(where) ?? [];
          const id = `status-${index}`;
          return (
            <li key={index} className="panel status-card" aria-label={`Status ${index + 1}: ${status.name}`}>
              <div className="row">
                <div className="field">
                  <label htmlFor={`${id}-name`}>Name</label>
                  <input id={`${id}-name`} value={status.name} onChange={(e) => change(renameStatus(draft, index, e.target.value))} />
                  <FieldNotes id={`${id}-name`} error={joined(messages('name'))} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-key`}>Key</label>
                  <input
                    id={`${id}-key`}
                    value={status.key}
                    aria-invalid={messages('key').length > 0}
                    aria-describedby={describedByFor(`${id}-key`, undefined, joined(messages('key')))}
                    onChange={(e) => change(rekeyStatus(draft, index, e.target.value))}
                  />
                  <FieldNotes id={`${id}-key`} error={joined(messages('key'))} />
                </div>
                <div className="row">
                  <button className="button button-secondary button-small" type="button" disabled={index === 0} onClick={() => change(moveStatus(draft, index, -1))} aria-label={`Move ${status.name} up`}>
                    ↑
                  </button>
                  <button
                    className="button button-secondary button-small"
                    type="button"
                    disabled={index === draft.statuses.length - 1}
                    onClick={() => change(moveStatus(draft, index, 1))}
                    aria-label={`Move ${status.name} down`}
                  >
                    ↓
                  </button>
                  <button className="button button-danger button-small" type="button" onClick={() => change(removeStatus(draft, index))} aria-label={`Remove ${status.name}`}>
                    Remove
                  </button>
                </div>
              </div>
              <FieldNotes id={id} error={joined([...messages('status'), ...messages('position')])} />
              <fieldset className="choices flag-grid">
                <legend>Flags</legend>
                {flagLabels.map(({ name, label }) => {
                  const flagMessages = messages(`flags.${name}`);
                  return (
                    <div key={name}>
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={status.flags[name]}
                          aria-invalid={flagMessages.length > 0}
                          aria-describedby={describedByFor(`${id}-${name}`, undefined, joined(flagMessages))}
                          onChange={(e) => change(setFlag(draft, index, name, e.target.checked))}
                        />
                        {label}
                      </label>
                      <FieldNotes id={`${id}-${name}`} error={joined(flagMessages)} />
                    </div>
                  );
                })}
              </fieldset>
              <fieldset className="choices flag-grid">
                <legend>Can move to</legend>
                {draft.statuses.map((target, targetIndex) =>
                  targetIndex === index ? null : (
                    <label key={targetIndex} className="choice">
                      <input
                        type="checkbox"
                        checked={draft.transitions.some((t) => t.from === status.key && t.to === target.key)}
                        onChange={() => change(toggleTransition(draft, status.key, target.key))}
                      />
                      {target.name}
                    </label>
                  ),
                )}
              </fieldset>
              <FieldNotes id={`${id}-transitions`} error={joined(messages('transitions'))} />
            </li>
          );
        })}
      </ol>
      <PipelineDryRun draft={draft} />
      <div className="row">
        <button className="button button-secondary" type="button" onClick={() => change(addStatus(draft))}>
          Add status
        </button>
        <button className="button" type="button" disabled={fetching || live.count > 0} onClick={() => void handleSave()}>
          Save pipeline
        </button>
      </div>
    </section>
  );
}

/** All of a field's messages as one error, or none when it has none. */
function joined(messages: readonly string[]): string | undefined {
  return messages.length === 0 ? undefined : messages.join(' ');
}

