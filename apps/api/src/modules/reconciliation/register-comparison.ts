import { matchRegisters, similarity, type MatchAction, type MatchRecord } from '@ledgerbridge/domain';
import type { ExternalRefEntity } from '../transfer/external-ref.entity.js';
import type { TheirRecord } from './erp-register.reader.js';
import type { DecisionAction, RegisterDecisionEntity } from './register-decision.entity.js';

export type ComparisonBasis = 'LINKED' | 'NUMBER' | 'SIMILARITY';

/** One row of the register comparison report (SE-FX-09): our record beside the ERP's. */
export interface ComparisonRow {
  readonly ours: MatchRecord | null;
  readonly theirs: TheirRecord | null;
  readonly score: number;
  readonly basis: ComparisonBasis | null;
  readonly predictedAction: MatchAction;
  /** The link the transfer already holds (LINK decision, a transfer or the initial sync). */
  readonly isLinked: boolean;
  readonly oursDecision: DecisionAction | null;
  readonly theirsDecision: DecisionAction | null;
}

/**
 * Pairs already-linked records first (they are what the transfer will update), then predicts the
 * rest with the domain's matcher. Decisions are shown beside the prediction, not folded into it,
 * so the admin sees both what the integration would do and what they chose.
 */
export function compareRegisters(p: {
  ours: readonly MatchRecord[];
  theirs: readonly TheirRecord[];
  refs: ReadonlyMap<string, ExternalRefEntity>;
  decisions: readonly RegisterDecisionEntity[];
  threshold: number;
  numberLinkNeedsName: boolean;
}): ComparisonRow[] {
  const theirsById = new Map(p.theirs.map((t) => [t.id, t]));
  const oursDecision = new Map(p.decisions.filter((d) => d.side === 'OURS').map((d) => [d.recordId!, d.action]));
  const theirsDecision = new Map(p.decisions.filter((d) => d.side === 'THEIRS').map((d) => [d.externalId!, d.action]));
  const rows: ComparisonRow[] = [];
  const linkedTheirs = new Set<string>();
  const unlinkedOurs: MatchRecord[] = [];
  for (const o of p.ours) {
    const ref = p.refs.get(o.id);
    const twin = ref ? theirsById.get(ref.externalId) : undefined;
    if (!twin) {
      unlinkedOurs.push(o);
      continue;
    }
    linkedTheirs.add(twin.id);
    rows.push({
      ours: o, theirs: twin, score: similarity(o, twin), basis: 'LINKED', predictedAction: 'LINK', isLinked: true,
      oursDecision: oursDecision.get(o.id) ?? null, theirsDecision: null,
    });
  }
  const rest = p.theirs.filter((t) => !linkedTheirs.has(t.id));
  for (const pair of matchRegisters(unlinkedOurs, rest, { threshold: p.threshold, numberLinkNeedsName: p.numberLinkNeedsName })) {
    rows.push({
      ours: pair.ours, theirs: pair.theirs ? theirsById.get(pair.theirs.id)! : null, score: pair.score, basis: pair.basis, predictedAction: pair.suggestedAction, isLinked: false,
      oursDecision: pair.ours ? oursDecision.get(pair.ours.id) ?? null : null, theirsDecision: pair.theirs ? theirsDecision.get(pair.theirs.id) ?? null : null,
    });
  }
  return rows;
}
