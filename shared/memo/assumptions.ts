/**
 * What the comparison assumed and what it could not know: the policy assumptions it used, the
 * what-if changes to the client's facts, the facts still missing, the questions of legal judgement,
 * and the numbered list of every source cited.
 */
import type { Snapshot } from '../contract';
import { ASSUMPTIONS, assumptionDefault } from '../programs/assumptions';
import { sourceById } from '../programs/index';
import type { Source } from '../programs/types';
import type { Assessment } from '../rules/types';
import { factLabel } from '../rules/fact-labels';
import { openQuestions } from '../rules/headline';
import { formatMoney } from '../rules/labels';
import { formatDate } from './format';
import type { AssumptionLine, MemoAssumptions, MemoSource, OpenQuestion } from './types';

/**
 * Government hosts: the catalogue marks how sure a source is, not who published it, so an official
 * source is told by its address (a .gov, .gov.xx, .go.xx, .govt.nz, gc.ca or canada.ca site, a German
 * mission or federal law site, or the EU's). A look-alike such as usciss.us is not one.
 */
const OFFICIAL_HOST = /(^|\.)(gov|gov\.[a-z]{2}|go\.[a-z]{2}|govt\.nz|gc\.ca|canada\.ca|diplo\.de|gesetze-im-internet\.de|europa\.eu)$/;

/** Whether a source is published by a government: its host is one. */
export function isOfficial(url: string): boolean {
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url)?.[1]?.toLowerCase();
  return host !== undefined && OFFICIAL_HOST.test(host);
}

/** Then by confidence: confirmed, reported, unconfirmed. */
const CONFIDENCE_ORDER: Record<string, number> = { confirmed: 0, reported: 1, unconfirmed: 2 };

/**
 * Every source the assessments cite, then the assumptions' own, each once, numbered as endnotes:
 * official sources first, then the others by confidence, each group in order of first citation. A
 * source id the catalogue no longer knows is left out rather than printed blank.
 */
export function collectSources(results: readonly Assessment[], assumptionKeys: readonly string[]): MemoSource[] {
  const seen = new Map<string, Source>();
  for (const a of results) for (const s of a.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  for (const key of assumptionKeys) {
    for (const id of ASSUMPTIONS.find(x => x.key === key)?.sourceIds ?? []) {
      const s = sourceById(id);
      if (s && !seen.has(id)) seen.set(id, s);
    }
  }
  const rank = (s: Source) => (isOfficial(s.url) ? 0 : 10) + (CONFIDENCE_ORDER[s.confidence] ?? 3);
  // Array.prototype.sort is stable: within a group, the order of first citation stays.
  return [...seen.values()]
    .sort((x, y) => rank(x) - rank(y))
    .map((s, i) => ({ number: i + 1, id: s.id, title: s.title, url: s.url, asOf: s.asOf, confidence: s.confidence, official: isOfficial(s.url) }));
}

/** The keys of the policy assumptions any assessment depended on, in the catalogue's order. */
export function assumptionKeysUsed(results: readonly Assessment[]): string[] {
  const used = new Set(results.flatMap(a => a.assumptionsUsed.map(u => u.key)));
  return ASSUMPTIONS.map(a => a.key).filter(k => used.has(k));
}

/** A stored value as a person reads it: nothing as "not recorded", an amount with its currency, a list joined. */
function shown(v: unknown): string {
  if (v === null || v === undefined) return 'not recorded';
  if (typeof v === 'string') return v || 'blank';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length ? v.map(shown).join(', ') : 'none';
  const o = v as Record<string, unknown>;
  if (typeof o.amount === 'number' && typeof o.currency === 'string') return formatMoney({ amount: o.amount, currency: o.currency });
  return Object.entries(o).map(([k, x]) => `${k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} ${shown(x)}`).join(', ');
}

/** The assumptions section's lists. */
export function memoAssumptions(snapshot: Pick<Snapshot, 'assumptions' | 'whatIf' | 'asOf' | 'caseFile'>, results: readonly Assessment[], sourceNumber: (id: string) => number | undefined): MemoAssumptions {
  const policy: AssumptionLine[] = assumptionKeysUsed(results).flatMap(key => {
    const a = ASSUMPTIONS.find(x => x.key === key);
    if (!a) return [];
    // The default of the comparison's own date: a later change of default does not rewrite the memo.
    const byDefault = assumptionDefault(a, snapshot.asOf);
    const value = snapshot.assumptions[key] ?? results.flatMap(r => r.assumptionsUsed).find(u => u.key === key)?.value ?? byDefault;
    const option = a.options.find(o => o.value === value)?.label ?? value;
    const numbers = a.sourceIds.map(sourceNumber).filter((n): n is number => n !== undefined);
    return [{ key, label: a.label, value: `${option}${value === byDefault ? `; the default on ${formatDate(snapshot.asOf)}` : ''}`, status: a.status, sourceNumbers: numbers }];
  });

  const whatIf = snapshot.whatIf.map(c => `${factLabel(c.field, snapshot.caseFile)}: ${shown(c.before)}, compared as ${shown(c.after)}`);

  // Facts the engine needed and the case file lacks, each with the options waiting on it.
  const byFact = new Map<string, OpenQuestion>();
  const need = (fact: string, programme: string) => {
    const q = byFact.get(fact) ?? { fact, neededBy: [] };
    if (!q.neededBy.includes(programme)) q.neededBy.push(programme);
    byFact.set(fact, q);
  };
  for (const a of results) {
    for (const g of a.gates) {
      if (g.status !== 'unknown' || g.judgement) continue;
      const paths = g.missing ?? [];
      if (paths.length === 0) need(g.label, a.programName);
      for (const p of paths) need(factLabel(p, snapshot.caseFile), a.programName);
    }
    for (const p of a.points?.missing ?? []) need(factLabel(p, snapshot.caseFile), a.programName);
    // The odds can wait on a fact too (the offer's wage level): asked for like any other.
    if (a.odds.kind === 'unknown') for (const p of a.odds.missing) need(factLabel(p, snapshot.caseFile), a.programName);
  }

  const judgements = results.flatMap(a =>
    openQuestions(a).map(g => ({ programme: a.programName, criterion: g.label, question: g.reason.replace(/^For the attorney to judge: /, '') })),
  );
  return { policy, whatIf, openQuestions: [...byFact.values()], judgements, furtherRisks: [] };
}
