// Conflict-of-interest name matching: compares a new client's names with a stored client's, across
// scripts, spellings, word orders and typos, and explains every match in plain words.
// Measured with a quick tsx script (Node 20, one core of this dev machine, 2026-11-29):
// prepareNames for 10,000 synthetic clients (2–3 names each, 1,000 with a Han and 1,000 with a
// Devanagari name) ≈ 280–380 ms, once, to be cached; then 10,000 matchNames calls of one prepared
// query against them ≈ 13–25 ms warm (≈ 45–110 ms on the first, cold run, JIT included).
import { foldName, normalizeName } from './normalize';
import { nameScript, toLatin, type NameScript } from './transliterate';
import { sharedVariantGroup, variantGroupsOf, VARIANT_WEIGHT } from './variants';

/** Scores below this are not reported: common unrelated names would flood the results. */
export const MATCH_THRESHOLD = 0.75;
/** A name score this high is never hidden by a different date of birth. */
const STRONG_NAME = 0.9;
const MAX_TOKENS = 12;
/** Titles are not part of who someone is ("Dr. Priya Sharma" is Priya Sharma). */
const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame', 'shri', 'smt']);

/** One Latin rendering of a name, split and indexed for fast comparison. */
export type PreparedForm = {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly groups: readonly (readonly number[] | undefined)[];
  readonly masks: readonly number[];
  /** Tokens sorted and joined: equal keys mean the same words in any order. */
  readonly key: string;
  readonly transliterated: boolean;
  /** Accented letters written out the passport way (Müller → mueller). */
  readonly icao: boolean;
};

/** A name with all its Latin renderings precomputed; cache these per stored client. */
export type PreparedName = {
  readonly original: string;
  readonly normalized: string;
  readonly script: NameScript;
  /** Case-folded words with accents kept, aligned with forms[0].tokens (Latin names only). */
  readonly folded: readonly string[] | null;
  readonly forms: readonly PreparedForm[];
};

/** A person to compare: names as typed (any script) or prepared, and an optional ISO date of birth. */
export type NameSubject = { names: readonly (string | PreparedName)[]; dateOfBirth?: string | null | undefined };

/** The best match between two people, with the names that matched and why. */
export type NameMatch = {
  score: number;
  confidence: 'high' | 'medium' | 'low';
  reasons: string[];
  matchedName: string;
  queryName: string;
};

// ---------------------------------------------------------------- Jaro-Winkler
const jwFlagsA = new Uint8Array(64);
const jwFlagsB = new Uint8Array(64);

/** Jaro-Winkler similarity (0..1) of two strings; prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  // Reused buffers keep the hot loop allocation-free for ordinary name lengths.
  const fa = la <= 64 ? jwFlagsA.fill(0, 0, la) : new Uint8Array(la);
  const fb = lb <= 64 ? jwFlagsB.fill(0, 0, lb) : new Uint8Array(lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const ch = a.charCodeAt(i);
    const hi = Math.min(lb - 1, i + window);
    for (let j = Math.max(0, i - window); j <= hi; j++) {
      if (fb[j] === 0 && b.charCodeAt(j) === ch) {
        fa[i] = 1;
        fb[j] = 1;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let half = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (fa[i] === 0) continue;
    while (fb[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) half++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - half / 2) / m) / 3;
  if (jaro <= 0.7) return jaro;
  let p = 0;
  while (p < 4 && p < la && p < lb && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

// ---------------------------------------------------------------- token and form comparison
const EXACT = 1;
const VARIANT = 2;
const INITIAL = 3;
const TYPO = 4;
const SPACING = 5;
const SPACING_TYPO = 6;
let lastKind = 0;
let lastJw = 0;

/** Similarity of two normalised tokens; sets lastKind/lastJw instead of allocating a result. */
function tokenSim(q: PreparedForm, i: number, c: PreparedForm, j: number): number {
  lastKind = 0;
  const a = q.tokens[i] ?? '';
  const b = c.tokens[j] ?? '';
  if (a === b) return ((lastKind = EXACT), 1);
  const group = sharedVariantGroup(q.groups[i], c.groups[j]);
  if (group !== null) return ((lastKind = VARIANT), VARIANT_WEIGHT[group.kind]);
  const short = Math.min(a.length, b.length);
  if (short === 1) return a.charCodeAt(0) === b.charCodeAt(0) ? ((lastKind = INITIAL), 0.85) : 0;
  if (short <= 2 || !mayBeTypo(a, c.masks[j] ?? 0, b.length)) return 0;
  lastJw = jaroWinkler(a, b);
  // Short tokens need near-identity: Ming/Mina score 0.88 but are different names.
  if (lastJw < (short <= 4 ? 0.92 : 0.88)) return 0;
  lastKind = TYPO;
  // A typo is weaker evidence than a known variant: one typo in a two-word name lands in 'medium'.
  return lastJw - 0.1;
}

/** One bit per letter a–z (anything else shares bit 26), for a cheap bound before Jaro-Winkler. */
function letterMask(t: string): number {
  let mask = 0;
  for (let k = 0; k < t.length; k++) {
    const code = t.charCodeAt(k) - 97;
    mask |= 1 << (code >= 0 && code < 26 ? code : 26);
  }
  return mask;
}

/**
 * False when a and b cannot reach Jaro-Winkler 0.88: that needs Jaro ≥ 0.8, so m/|a| + m/|b| ≥ 1.4,
 * and m is at most the letters of a that occur in b. Skips most unrelated pairs at a fraction of the cost.
 */
function mayBeTypo(a: string, maskB: number, lenB: number): boolean {
  let shared = 0;
  for (let k = 0; k < a.length; k++) {
    const code = a.charCodeAt(k) - 97;
    if ((maskB & (1 << (code >= 0 && code < 26 ? code : 26))) !== 0) shared++;
  }
  return shared / a.length + shared / lenB >= 1.4;
}

/**
 * A single word as a one-word form, so a stored word can be compared alone (the conflict index
 * keeps every word of every stored name, and two words run together, as such forms' text).
 */
export function wordForm(word: string): PreparedForm {
  return { text: word, tokens: [word], groups: [variantGroupsOf(word)], masks: [letterMask(word)], key: word, transliterated: false, icao: false };
}

/** Whether `whole` may be `pair` (two words run together) in pairJoined, exactly or with a typo. */
const mayBeJoined = (whole: string, pair: string): boolean =>
  whole === pair || (whole.length >= 5 && Math.abs(whole.length - pair.length) <= 2 && jaroWinkler(whole, pair) >= 0.88);

/**
 * False only when compareForms can never pair these words (one-word forms): not the same, no
 * shared variant, no initial, no typo, and neither is the other's two words run together. Every
 * name match pairs at least one word, so a stored name none of whose words (or joined pairs) may
 * pair with the query's cannot match it: the conflict index relies on this to skip it unscored.
 */
export function wordsMayPair(a: PreparedForm, b: PreparedForm): boolean {
  const x = a.text;
  const y = b.text;
  return tokenSim(a, 0, b, 0) > 0 || mayBeJoined(x, y) || mayBeJoined(y, x);
}

type TracePair = { q: number[]; c: number[]; kind: number; jw: number };
type Trace = { pairs: TracePair[]; uq: number[]; uc: number[] };

const simBuf = new Float64Array(MAX_TOKENS * MAX_TOKENS);
const kindBuf = new Uint8Array(MAX_TOKENS * MAX_TOKENS);
const jwBuf = new Float64Array(MAX_TOKENS * MAX_TOKENS);
const qUsed = new Uint8Array(MAX_TOKENS);
const cUsed = new Uint8Array(MAX_TOKENS);

const isConcat = (whole: string, a: string, b: string): boolean =>
  whole.length === a.length + b.length && whole.startsWith(a) && whole.endsWith(b);

// Running totals of the current comparison; module state keeps the hot path allocation-free.
let sum = 0;
let units = 0;
let covQ = 0;
let covC = 0;

/** Greedy best-first pairing of unused tokens; strongOnly takes just exact words and variants. */
function pairTokens(q: PreparedForm, c: PreparedForm, trace: Trace | null, strongOnly: boolean): void {
  const nq = q.tokens.length;
  const nc = c.tokens.length;
  for (;;) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < nq; i++) {
      if (qUsed[i] === 1) continue;
      for (let j = 0; j < nc; j++) {
        const kind = kindBuf[i * nc + j] ?? 0;
        const s = simBuf[i * nc + j] ?? 0;
        if (cUsed[j] === 1 || kind === 0 || (strongOnly && kind !== EXACT && kind !== VARIANT) || s <= best) continue;
        best = s;
        bi = i;
        bj = j;
      }
    }
    if (bi < 0) return;
    qUsed[bi] = 1;
    cUsed[bj] = 1;
    sum += best;
    units++;
    covQ++;
    covC++;
    trace?.pairs.push({ q: [bi], c: [bj], kind: kindBuf[bi * nc + bj] ?? 0, jw: jwBuf[bi * nc + bj] ?? 0 });
  }
}

/**
 * Pairs an unused token with two adjacent unused tokens of the other side run together: exactly
 * (Xiaoming / Xiao Ming) or, when fuzzy, with a typo too (Kyung Soo / Gyungsoo).
 */
function pairJoined(q: PreparedForm, c: PreparedForm, trace: Trace | null, fuzzy: boolean): void {
  for (let side = 0; side < 2 && covQ < q.tokens.length && covC < c.tokens.length; side++) {
    const a = side === 0 ? q : c;
    const b = side === 0 ? c : q;
    const aUsed = side === 0 ? qUsed : cUsed;
    const bUsed = side === 0 ? cUsed : qUsed;
    for (let i = 0; i < a.tokens.length; i++) {
      for (let j = 0; aUsed[i] === 0 && j + 1 < b.tokens.length; j++) {
        if (bUsed[j] === 1 || bUsed[j + 1] === 1) continue;
        const t = a.tokens[i] ?? '';
        const x = b.tokens[j] ?? '';
        const y = b.tokens[j + 1] ?? '';
        let sim = 0;
        let jw = 1;
        if (isConcat(t, x, y)) sim = 0.98;
        else if (fuzzy && t.length >= 5 && Math.abs(t.length - x.length - y.length) <= 2) {
          // Rare, so the concatenation may allocate, behind the cheap letter bound.
          if (!mayBeTypo(t, (b.masks[j] ?? 0) | (b.masks[j + 1] ?? 0), x.length + y.length)) continue;
          jw = jaroWinkler(t, x + y);
          if (jw >= 0.88) sim = jw - 0.1;
        }
        if (sim === 0) continue;
        const kind = sim === 0.98 ? SPACING : SPACING_TYPO;
        aUsed[i] = 1;
        bUsed[j] = 1;
        bUsed[j + 1] = 1;
        sum += sim;
        units++;
        covQ += side === 0 ? 1 : 2;
        covC += side === 0 ? 2 : 1;
        trace?.pairs.push(side === 0 ? { q: [i], c: [j, j + 1], kind, jw } : { q: [j, j + 1], c: [i], kind, jw });
      }
    }
  }
}

/**
 * Scores two renderings as token sets, strongest evidence first: exact words and variants, then
 * words run together, then initials and typos, then words run together with a typo. Conflicting
 * words (Wei vs Na) count fully against the score; extra words (a middle name) count a quarter.
 */
function compareForms(q: PreparedForm, c: PreparedForm, trace: Trace | null, company = false): number {
  const nq = q.tokens.length;
  const nc = c.tokens.length;
  if (nq === 0 || nc === 0) return 0;
  if (trace === null && q.key === c.key) return 1;
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j < nc; j++) {
      simBuf[i * nc + j] = tokenSim(q, i, c, j);
      kindBuf[i * nc + j] = company && lastKind === INITIAL ? 0 : lastKind;
      jwBuf[i * nc + j] = lastJw;
    }
  }
  qUsed.fill(0, 0, nq);
  cUsed.fill(0, 0, nc);
  sum = 0;
  units = 0;
  covQ = 0;
  covC = 0;
  pairTokens(q, c, trace, true);
  pairJoined(q, c, trace, false);
  pairTokens(q, c, trace, false);
  pairJoined(q, c, trace, true);
  const uq = nq - covQ;
  const uc = nc - covC;
  if (trace !== null) {
    for (let i = 0; i < nq; i++) if (qUsed[i] === 0) trace.uq.push(i);
    for (let j = 0; j < nc; j++) if (cUsed[j] === 0) trace.uc.push(j);
  }
  if (units === 0) return 0;
  const score = sum / (units + Math.min(uq, uc) + 0.25 * Math.abs(uq - uc));
  // One shared word (a surname) is not a match between multi-word names.
  if (!company && Math.min(covQ, covC) < 2 && Math.max(nq, nc) >= 2) return Math.min(score, 0.6);
  return score;
}

// ---------------------------------------------------------------- preparation
function makeForm(latin: string, transliterated: boolean, company: boolean, icao = false): PreparedForm | null {
  let tokens = nameTokensOf(company ? latin.replaceAll('&', ' and ') : latin);
  if (company) tokens = companyParts(tokens).core;
  else {
    const untitled = tokens.filter((t) => !TITLES.has(t));
    if (untitled.length > 0) tokens = untitled;
  }
  tokens = tokens.slice(0, MAX_TOKENS);
  if (tokens.length === 0) return null;
  const groups = company ? tokens.map(() => undefined) : tokens.map(variantGroupsOf);
  return { text: tokens.join(' '), tokens, groups, masks: tokens.map(letterMask), key: [...tokens].sort().join(' '), transliterated, icao };
}

/**
 * ICAO 9303 writes these letters out in a passport's machine-readable zone, so Müller is often
 * MUELLER on the documents a paralegal copies from; stripping the accent alone gives muller.
 */
const ICAO_LETTERS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', å: 'aa', ø: 'oe' };
const ICAO_RE = /[äöüåø]/gu;

const cache = new Map<string, PreparedName>();

/** Prepares one name: its script, normalised form and every Latin rendering. Cached. */
export function prepareName(name: string): PreparedName {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const script = nameScript(name);
  const forms: PreparedForm[] = [];
  for (const latin of toLatin(name)) {
    const f = makeForm(latin, script !== 'latin' && script !== 'other', false);
    if (f !== null && !forms.some((g) => g.text === f.text)) forms.push(f);
  }
  const lower = name.normalize('NFC').toLowerCase();
  if (script === 'latin' && lower.search(ICAO_RE) >= 0) {
    const f = makeForm(lower.replace(ICAO_RE, (ch) => ICAO_LETTERS[ch] ?? ch), false, false, true);
    if (f !== null && !forms.some((g) => g.text === f.text)) forms.push(f);
  }
  const folded = foldName(name).split(' ').filter((t) => !TITLES.has(normalizeName(t)));
  const prepared: PreparedName = {
    original: name,
    normalized: normalizeName(name),
    script,
    folded: script === 'latin' && folded.length === forms[0]?.tokens.length ? folded : null,
    forms,
  };
  if (cache.size >= 5000) cache.clear(); // bounded: the backend caches prepared clients itself
  cache.set(name, prepared);
  return prepared;
}

/** Prepares a person's names once, so that the backend can cache them per stored client. */
export function prepareNames(names: readonly string[]): PreparedName[] {
  return names.map(prepareName);
}

// ---------------------------------------------------------------- dates of birth
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
type DobCheck = { kind: 'same' | 'different' | 'swapped' | 'partial' | 'unknown'; reason: string | null };

function compareDob(a: string | null | undefined, b: string | null | undefined): DobCheck {
  const x = a?.trim() ?? '';
  const y = b?.trim() ?? '';
  const ma = DATE_RE.exec(x);
  const mb = DATE_RE.exec(y);
  if (ma === null || mb === null) return { kind: 'unknown', reason: null };
  if (x === y) return x.length === 10 ? { kind: 'same', reason: `Same date of birth (${x})` } : { kind: 'partial', reason: `Same date of birth as far as known (${x})` };
  const n = Math.min(x.length, y.length);
  if (n < 10) {
    return x.slice(0, n) === y.slice(0, n)
      ? { kind: 'partial', reason: `Same date of birth as far as known (${x.slice(0, n)})` }
      : { kind: 'different', reason: `Different date of birth (${x} / ${y})` };
  }
  // 04/12 vs 12/04: a classic data-entry slip, so neither evidence for nor against.
  if (ma[1] === mb[1] && ma[2] === mb[3] && ma[3] === mb[2]) {
    return { kind: 'swapped', reason: `Date of birth matches with day and month swapped (${x} / ${y})` };
  }
  return { kind: 'different', reason: `Different date of birth (${x} / ${y})` };
}

function confidenceOf(score: number): NameMatch['confidence'] {
  return score >= 0.95 ? 'high' : score >= 0.85 ? 'medium' : 'low';
}

// ---------------------------------------------------------------- explanations
const cap = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
const words = (f: PreparedForm, idx: readonly number[]): string => idx.map((i) => cap(f.tokens[i] ?? '')).join(' ');

function explain(qn: PreparedName, qf: PreparedForm, cn: PreparedName, cf: PreparedForm, company: boolean): string[] {
  const trace: Trace = { pairs: [], uq: [], uc: [] };
  compareForms(qf, cf, trace, company);
  const reasons: string[] = [];
  const allExact = trace.uq.length === 0 && trace.uc.length === 0 && trace.pairs.every((p) => p.kind === EXACT);
  const singles = trace.pairs.filter((p) => p.q.length === 1 && p.c.length === 1).sort((a, b) => (a.q[0] ?? 0) - (b.q[0] ?? 0));
  const inOrder = singles.every((p, i) => i === 0 || (p.c[0] ?? 0) > (singles[i - 1]?.c[0] ?? 0));
  const accents = singles
    .filter((p) => p.kind === EXACT && qf === qn.forms[0] && cf === cn.forms[0])
    .filter((p) => qn.folded?.[p.q[0] ?? 0] !== undefined && cn.folded?.[p.c[0] ?? 0] !== undefined)
    .filter((p) => qn.folded?.[p.q[0] ?? 0] !== cn.folded?.[p.c[0] ?? 0]);
  const sameWords = trace.uq.length === 0 && trace.uc.length === 0 && trace.pairs.every((p) => p.kind === EXACT || p.kind === SPACING);
  if ((qf.transliterated || cf.transliterated) && qn.normalized !== cn.normalized) {
    const both = qn.script !== 'latin' && cn.script !== 'latin';
    const eq = both
      ? `${qn.original} / ${cn.original} = ${cf.text}`
      : cn.script !== 'latin' ? `${cn.original} = ${cf.text}` : `${qn.original} = ${qf.text}`;
    if (sameWords) reasons.push(both ? `Same name when written in Latin letters (${eq})` : `Same name in a different script (${eq})`);
    else reasons.push(`Compared in Latin letters (${eq})`);
  } else if (qf.icao || cf.icao) {
    const eq = `${qn.original} / ${cn.original}`;
    reasons.push(allExact && inOrder ? `Same name apart from accents (${eq})` : `Accents written out as in a passport (${eq})`);
  } else if (allExact && inOrder) {
    reasons.push(accents.length > 0 ? 'Same name apart from accents' : company ? 'Same company name' : 'Same name');
  }
  if (!inOrder) reasons.push('Same words in a different order');
  if (accents.length > 0 && !(allExact && inOrder)) {
    reasons.push(`Accents differ (${accents.map((p) => `${cap(qn.folded?.[p.q[0] ?? 0] ?? '')} / ${cap(cn.folded?.[p.c[0] ?? 0] ?? '')}`).join(', ')})`);
  }
  for (const p of trace.pairs) {
    const pair = `${words(qf, p.q)} / ${words(cf, p.c)}`;
    if (p.kind === VARIANT) {
      const g = sharedVariantGroup(qf.groups[p.q[0] ?? 0], cf.groups[p.c[0] ?? 0]);
      reasons.push(g?.kind === 'short-form' ? `Short form: ${pair}` : `Name variant: ${pair}`);
    } else if (p.kind === TYPO) reasons.push(`Similar spelling (${pair}, ${p.jw.toFixed(2)})`);
    else if (p.kind === INITIAL) reasons.push(`Initial matches (${pair})`);
    else if (p.kind === SPACING) reasons.push(`Same ${company ? 'words' : 'name'} with different spacing (${pair})`);
    else if (p.kind === SPACING_TYPO) reasons.push(`Similar spelling with different spacing (${pair}, ${p.jw.toFixed(2)})`);
  }
  const conflicting = Math.min(trace.uq.length, trace.uc.length);
  for (let i = 0; i < conflicting; i++) {
    reasons.push(`Different ${company ? 'words' : 'names'}: ${words(qf, [trace.uq[i] ?? 0])} / ${words(cf, [trace.uc[i] ?? 0])}`);
  }
  const extra = trace.uq.length > conflicting ? words(qf, trace.uq.slice(conflicting)) : words(cf, trace.uc.slice(conflicting));
  if (trace.uq.length !== trace.uc.length) reasons.push(`Extra ${company ? 'word' : 'name'} on one side (${extra})`);
  return reasons;
}

// ---------------------------------------------------------------- people
const nameAt = (names: NameSubject['names'], i: number): PreparedName => {
  const n = names[i] ?? '';
  return typeof n === 'string' ? prepareName(n) : n;
};

/**
 * Compares every query name with every candidate name through all their Latin renderings and
 * returns the best match, or null when its score is below MATCH_THRESHOLD. A shared date of birth
 * raises the score by 0.1; a known different one lowers it by 0.2, but a name score of 0.9 or more
 * is still reported (with low confidence at worst).
 */
export function matchNames(query: NameSubject, candidate: NameSubject): NameMatch | null {
  // Index loops and no tuples: this runs once per stored client on every check.
  const qs = query.names;
  const cs = candidate.names;
  let best = 0;
  let hq = -1;
  let hqf = -1;
  let hc = -1;
  let hcf = -1;
  search: for (let a = 0; a < qs.length; a++) {
    const qn = nameAt(qs, a);
    for (let b = 0; b < cs.length; b++) {
      const cn = nameAt(cs, b);
      for (let x = 0; x < qn.forms.length; x++) {
        const qf = qn.forms[x];
        for (let y = 0; qf !== undefined && y < cn.forms.length; y++) {
          const cf = cn.forms[y];
          const s = cf === undefined ? 0 : compareForms(qf, cf, null);
          if (s <= best) continue;
          [best, hq, hqf, hc, hcf] = [s, a, x, b, y];
          if (s >= 1) break search;
        }
      }
    }
  }
  if (hq < 0 || best + 0.1 < MATCH_THRESHOLD) return null;
  const qn = nameAt(qs, hq);
  const cn = nameAt(cs, hc);
  const qf = qn.forms[hqf];
  const cf = cn.forms[hcf];
  if (qf === undefined || cf === undefined) return null;
  const dob = compareDob(query.dateOfBirth, candidate.dateOfBirth);
  let score = best;
  if (dob.kind === 'same') score = Math.min(1, best + 0.1);
  else if (dob.kind === 'different') score = best >= STRONG_NAME ? Math.max(best - 0.2, MATCH_THRESHOLD) : best - 0.2;
  if (score < MATCH_THRESHOLD) return null;
  const reasons = explain(qn, qf, cn, cf, false);
  if (dob.reason !== null) reasons.push(dob.reason);
  score = Math.round(score * 1000) / 1000;
  return { score, confidence: confidenceOf(score), reasons, matchedName: cn.original, queryName: qn.original };
}

// ---------------------------------------------------------------- employers
/** Legal-form words that say nothing about which company it is, dropped from the end of a name. */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'pvt', 'private', 'public', 'co', 'corp',
  'corporation', 'company', 'gmbh', 'ag', 'kg', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'pte', 'pty',
  'kk', 'oy', 'ab', 'as',
]);

/**
 * Splits company tokens into the name proper and the legal suffix words dropped from its end,
 * after joining runs of initials (S.A. → sa) and dropping a leading "the".
 */
function companyParts(tokens: readonly string[]): { core: string[]; suffix: string[] } {
  const out: string[] = [];
  let run = '';
  for (const t of tokens) {
    if (t.length === 1) run += t;
    else {
      if (run !== '') out.push(run);
      run = '';
      out.push(t);
    }
  }
  if (run !== '') out.push(run);
  if (out[0] === 'the' && out.length > 1) out.shift();
  const suffix: string[] = [];
  while (out.length > 1 && COMPANY_SUFFIXES.has(out[out.length - 1] ?? '')) suffix.unshift(out.pop() ?? '');
  return { core: out, suffix };
}

const legalSuffix = (s: string): string =>
  companyParts(nameTokensOf(s.replaceAll('&', ' and '))).suffix.map(suffixLabel).join(' ') || 'no suffix';
const ACRONYM_SUFFIXES: ReadonlySet<string> = new Set(['llc', 'llp', 'plc', 'sas', 'srl', 'spa']);
const suffixLabel = (t: string): string =>
  t === 'gmbh' ? 'GmbH' : t.length <= 2 || ACRONYM_SUFFIXES.has(t) ? t.toUpperCase() : cap(t);
const nameTokensOf = (s: string): string[] => normalizeName(s).split(' ').filter((t) => t !== '');

/** An employer match: score 0..1, confidence and reasons in plain words. */
export type EmployerMatch = { score: number; confidence: NameMatch['confidence']; reasons: string[] };

/**
 * Compares two company names: normalised, legal suffixes ignored (Inc, Ltd, LLC, GmbH, Pvt,
 * Private Limited, Co, Corp, Corporation, Company…), words compared as a set with typo tolerance,
 * and an acronym of three or more letters matched against the initials of the other name.
 */
export function matchEmployer(a: string, b: string): EmployerMatch | null {
  const fa = makeForm(a, false, true);
  const fb = makeForm(b, false, true);
  if (fa === null || fb === null) return null;
  let score = compareForms(fa, fb, null, true);
  const na = prepareCompanyName(a, fa);
  const nb = prepareCompanyName(b, fb);
  let reasons: string[];
  if (score >= MATCH_THRESHOLD) {
    reasons = explain(na, fa, nb, fb, true);
    const [sa, sb] = [legalSuffix(a), legalSuffix(b)];
    if (sa !== sb) reasons.push(`Legal form ignored (${sa} / ${sb})`);
  } else {
    const acronym = acronymOf(fa, fb) ?? acronymOf(fb, fa);
    if (acronym === null) return null;
    score = 0.85;
    reasons = [acronym];
  }
  score = Math.round(score * 1000) / 1000;
  return { score, confidence: confidenceOf(score), reasons };
}

function prepareCompanyName(original: string, form: PreparedForm): PreparedName {
  return { original, normalized: form.text, script: 'latin', folded: null, forms: [form] };
}

/** Function words that acronyms leave out (Indian Institute of Technology → IIT). */
const ACRONYM_SKIP: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for']);

function acronymOf(short: PreparedForm, long: PreparedForm): string | null {
  const t = short.tokens[0] ?? '';
  if (short.tokens.length !== 1 || t.length < 3 || long.tokens.length < 2) return null;
  const initials = long.tokens.filter((w) => !ACRONYM_SKIP.has(w)).map((w) => w.charAt(0)).join('');
  return initials === t ? `Acronym: ${t.toUpperCase()} / ${words(long, long.tokens.map((_, i) => i))}` : null;
}
