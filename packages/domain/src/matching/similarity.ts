/**
 * One side of a register comparison: the properties that say two records are the same party,
 * product or project. Anything unknown is left out; only properties both sides carry count.
 */
export interface MatchCandidate {
  /** Customer / article / project number: the business key the integration links by. */
  readonly number?: string | null;
  readonly name: string;
  readonly vatNumber?: string | null;
  readonly organizationNumber?: string | null;
  readonly email?: string | null;
}

// Company forms that say nothing about which company it is. Written as they read after
// normalisation, where "A/S" has become "as" and "I/S" "is".
const LEGAL_FORMS = new Set([
  'as', 'aps', 'is', 'ks', 'ivs', 'amba', 'smba', 'fmba', // Denmark
  'ab', 'abp', 'hb', 'kb', 'aktiebolag', 'aktiebolaget', 'publ', // Sweden
  'asa', 'ans', 'da', 'sa', // Norway
  'oy', 'oyj', 'ky', 'tmi', 'osakeyhtio', // Finland
  'ehf', 'hf', 'ses', // Iceland
  'gmbh', 'ag', 'ltd', 'limited', 'plc', 'inc', 'llc', 'bv', 'nv', 'sarl', // elsewhere
]);

const LETTERS: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l' };

/** Lower case, letters without accents (å→a, ø→o, æ→ae), punctuation gone, whitespace single. */
export function normaliseText(value: string): string {
  return value
    .toLowerCase()
    .replace(/[øæßđðþł]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // "A/S", "I/S", "K/S" are one token, not two letters
    .replace(/([a-z])\/([a-z])\b/g, '$1$2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A name as a comparable string: {@link normaliseText} without legal forms ("Hansen ApS" → "hansen"). */
export function normaliseName(name: string): string {
  const tokens = normaliseText(name).split(' ').filter((t) => t !== '');
  const kept = tokens.filter((t) => !LEGAL_FORMS.has(t));
  // a name that is nothing but a legal form stays as it was rather than becoming empty
  return (kept.length > 0 ? kept : tokens).join(' ');
}

/**
 * The digits that identify a company across its VAT and registration numbers: "DK 31 24 56 78"
 * and "31245678" are one company, as are Swedish "SE556677889901" and "556677-8899".
 */
export function companyKey(value: string | null | undefined): string | null {
  if (!value) return null;
  const compact = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const country = /^[A-Z]{2}/.exec(compact)?.[0];
  let digits = compact.replace(/^[A-Z]{2}/, '').replace(/[^0-9]/g, '');
  // a Swedish VAT number is the organisation number followed by "01"
  if (country === 'SE' && digits.length === 12 && digits.endsWith('01')) digits = digits.slice(0, 10);
  return digits.length >= 6 ? digits : null;
}

function bigrams(value: string): Map<string, number> {
  const padded = ` ${value} `;
  const grams = new Map<string, number>();
  for (let i = 0; i < padded.length - 1; i++) {
    const g = padded.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice over character bigrams of normalised names: 1 for the same name, tolerant of typos and word order. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let shared = 0;
  let total = 0;
  for (const n of gx.values()) total += n;
  for (const n of gy.values()) total += n;
  for (const [g, n] of gx) shared += Math.min(n, gy.get(g) ?? 0);
  return (2 * shared) / total;
}

function normalisedNumber(value: string | null | undefined): string | null {
  const v = value?.trim().toUpperCase();
  return v ? v : null;
}

function companyKeys(c: MatchCandidate): Set<string> {
  return new Set([companyKey(c.vatNumber), companyKey(c.organizationNumber)].filter((k): k is string => k !== null));
}

/** Weights of each property in the score; only properties both records carry take part. */
const WEIGHTS = { name: 0.5, companyId: 0.3, number: 0.1, email: 0.1 } as const;

/**
 * How alike two records are, 0..1 (SE-FX-09, SE-FX-10): a weighted mean over the properties both
 * carry: normalised name, VAT / organisation number, number and e-mail. A shared company number
 * is near-proof, so the score is then at least 0.95 whatever the names say.
 */
export function similarity(a: MatchCandidate, b: MatchCandidate): number {
  let weighted = 0;
  let weights = 0;
  const add = (weight: number, score: number): void => {
    weighted += weight * score;
    weights += weight;
  };
  add(WEIGHTS.name, nameSimilarity(a.name, b.name));
  const keysA = companyKeys(a);
  const keysB = companyKeys(b);
  const sameCompany = [...keysA].some((k) => keysB.has(k));
  if (keysA.size > 0 && keysB.size > 0) add(WEIGHTS.companyId, sameCompany ? 1 : 0);
  const numberA = normalisedNumber(a.number);
  const numberB = normalisedNumber(b.number);
  if (numberA && numberB) add(WEIGHTS.number, numberA === numberB ? 1 : 0);
  const emailA = a.email?.trim().toLowerCase();
  const emailB = b.email?.trim().toLowerCase();
  if (emailA && emailB) add(WEIGHTS.email, emailA === emailB ? 1 : emailA.split('@')[1] === emailB.split('@')[1] ? 0.5 : 0);
  const score = weights === 0 ? 0 : weighted / weights;
  return round(sameCompany ? Math.max(score, 0.95) : score);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
