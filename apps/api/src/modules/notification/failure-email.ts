import type { FailureGroup } from '@ledgerbridge/domain';
import { escapeHtml } from './html.js';

export interface FailureEmailInput {
  readonly tenantName: string;
  readonly connectionName: string;
  readonly connectorId: string;
  readonly runId: string;
  readonly failedCount: number;
  readonly groups: readonly FailureGroup[];
  readonly logUrl: string;
}

/** One e-mail per run: how many failed, grouped by reason, and where to look (SE-FX-52, X-30 row 30). */
export function failureEmail(input: FailureEmailInput): { subject: string; text: string; html: string } {
  const subject = `${input.failedCount} record${input.failedCount === 1 ? '' : 's'} not transferred to ${input.connectionName} (${input.tenantName})`;
  const text = [
    `The transfer to ${input.connectionName} (${input.connectorId}) finished with ${input.failedCount} failed record${input.failedCount === 1 ? '' : 's'}.`,
    '',
    ...input.groups.flatMap((g) => [
      `${g.reason}: ${g.count}`,
      ...g.examples.map((e) => `  - ${e.register}${e.recordId ? ` ${e.recordId}` : ''}: ${e.message}`),
      ...(g.count > g.examples.length ? [`  … and ${g.count - g.examples.length} more`] : []),
    ]),
    '',
    `Transfer log: ${input.logUrl}`,
    'Fix the data or the settings named above, then retry the failed items from the transfer log.',
  ].join('\n');
  const html = [
    `<p>The transfer to <b>${escapeHtml(input.connectionName)}</b> (${escapeHtml(input.connectorId)}) finished with <b>${input.failedCount}</b> failed record${input.failedCount === 1 ? '' : 's'}.</p>`,
    '<table cellpadding="4" style="border-collapse:collapse"><tr><th align="left">Reason</th><th align="right">Records</th><th align="left">Examples</th></tr>',
    ...input.groups.map((g) => `<tr><td>${escapeHtml(g.reason)}</td><td align="right">${g.count}</td><td>${g.examples.map((e) => `${escapeHtml(e.register)}: ${escapeHtml(e.message)}`).join('<br>')}</td></tr>`),
    '</table>',
    `<p><a href="${escapeHtml(input.logUrl)}">Open the transfer log</a> to see every item and retry the failed ones.</p>`,
  ].join('\n');
  return { subject, text, html };
}
