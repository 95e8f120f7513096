import { normaliseName, similarity, type MatchCandidate } from './similarity.js';

/** What to do with a record before go-live: link it to its twin, create it on the other side, or leave it out. */
export type MatchAction = 'LINK' | 'CREATE' | 'IGNORE';

/** Why two records were paired: by equal number (score 1) or by the best similarity above the threshold. */
export type MatchBasis = 'NUMBER' | 'SIMILARITY';

export interface MatchRecord extends MatchCandidate {
  /** Our record id, or the ERP's external id. */
  readonly id: string;
  /** Inactive records without a twin are suggested IGNORE rather than CREATE (SE-VN-24). @default true */
  readonly isActive?: boolean;
}

export interface MatchOptions {
  /**
   * Lowest similarity for a predicted link when the numbers differ.
   * @default 0.8
   */
  readonly threshold?: number;
  /**
   * Whether an equal number alone links the records, or the names must agree as well (Fortnox
   * links products by article number and name, SE-FX-21, SE-FX-10).
   * @default false
   */
  readonly numberLinkNeedsName?: boolean;
}

/** One row of the prediction: a pair, or a record with no twin on the other side. */
export interface MatchPair {
  readonly ours: MatchRecord | null;
  readonly theirs: MatchRecord | null;
  /** 0..1; 1 for a number match; for an unpaired record the best score it had against anything. */
  readonly score: number;
  readonly basis: MatchBasis | null;
  readonly suggestedAction: MatchAction;
}

/** The default {@link MatchOptions.threshold}. */
export const DEFAULT_MATCH_THRESHOLD = 0.8;

function key(n: string | null | undefined): string | null {
  const v = n?.trim().toUpperCase();
  return v ? v : null;
}

/**
 * Predicts how two registers pair up (SE-FX-09, SE-FX-10, X-10). Equal numbers link first, with
 * score 1, since that is the key the transfer links by. The rest pair greedily by
 * descending similarity, each record at most once, when the score reaches the threshold.
 * Unpaired records are suggested CREATE (or IGNORE when inactive).
 */
export function matchRegisters(ours: readonly MatchRecord[], theirs: readonly MatchRecord[], options: MatchOptions = {}): MatchPair[] {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const pairs: MatchPair[] = [];
  const takenOurs = new Set<string>();
  const takenTheirs = new Set<string>();
  const theirsByNumber = new Map<string, MatchRecord>();
  for (const t of theirs) {
    const k = key(t.number);
    if (k && !theirsByNumber.has(k)) theirsByNumber.set(k, t);
  }
  for (const o of ours) {
    const k = key(o.number);
    const twin = k ? theirsByNumber.get(k) : undefined;
    if (!twin || takenTheirs.has(twin.id)) continue;
    if (options.numberLinkNeedsName && normaliseName(o.name) !== normaliseName(twin.name)) continue;
    pairs.push({ ours: o, theirs: twin, score: 1, basis: 'NUMBER', suggestedAction: 'LINK' });
    takenOurs.add(o.id);
    takenTheirs.add(twin.id);
  }
  const restOurs = ours.filter((o) => !takenOurs.has(o.id));
  const restTheirs = theirs.filter((t) => !takenTheirs.has(t.id));
  const scored: { o: MatchRecord; t: MatchRecord; score: number }[] = [];
  const best = new Map<MatchRecord, number>();
  for (const o of restOurs) {
    for (const t of restTheirs) {
      const score = similarity(o, t);
      best.set(o, Math.max(best.get(o) ?? 0, score));
      best.set(t, Math.max(best.get(t) ?? 0, score));
      if (score >= threshold) scored.push({ o, t, score });
    }
  }
  // ties keep input order, so the same registers always predict the same pairs
  scored.sort((a, b) => b.score - a.score);
  for (const { o, t, score } of scored) {
    if (takenOurs.has(o.id) || takenTheirs.has(t.id)) continue;
    pairs.push({ ours: o, theirs: t, score, basis: 'SIMILARITY', suggestedAction: 'LINK' });
    takenOurs.add(o.id);
    takenTheirs.add(t.id);
  }
  const alone = (r: MatchRecord): MatchAction => (r.isActive === false ? 'IGNORE' : 'CREATE');
  for (const o of ours) if (!takenOurs.has(o.id)) pairs.push({ ours: o, theirs: null, score: best.get(o) ?? 0, basis: null, suggestedAction: alone(o) });
  for (const t of theirs) if (!takenTheirs.has(t.id)) pairs.push({ ours: null, theirs: t, score: best.get(t) ?? 0, basis: null, suggestedAction: alone(t) });
  return pairs;
}
