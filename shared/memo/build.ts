/**
 * buildMemo: a saved comparison, the firm and the engagement status in; the memo's pure view model
 * out. The memo reads as a firm's advisory memo: the bottom line first, the routes discussed and
 * their analysis, the routes set aside, next steps and the signature; then the appendices (facts,
 * assumptions, sources). Generated prose is the default for every section; the attorney's edits
 * replace it.
 */
import { costChart, timelineChart, timelineSpans } from '../compare/chart-model';
import { rankAssessments, type RankedOption } from '../compare/ranking';
import { programById } from '../programs/index';
import { headline, openQuestions } from '../rules/headline';
import { formatMoney, oddsHeadline } from '../rules/labels';
import type { Assessment } from '../rules/types';
import { assumptionKeysUsed, collectSources, memoAssumptions } from './assumptions';
import { disclaimerFor } from './disclaimers';
import { factKindsUsed, memoFacts } from './facts';
import { addDays, andList, countryList, countryName, formatDate, monthStart, plural, rulesDate, sentence } from './format';
import { optionAnalysis, optionRow, risksForClient, MAX_RISKS, setAsideReason } from './options';
import { APPENDIX_IDS, routeEditKey, SECTION_HEADINGS, SECTION_IDS, type MemoAssumptions, type MemoDocument, type MemoInput, type MemoSection, type NextStep, type SectionId } from './types';

/** Re-exported so callers need one import: the section order and headings the editor shows. */
export { APPENDIX_IDS, routeEditKey, SECTION_HEADINGS, SECTION_IDS } from './types';
/** The memo's input and output types. */
export type { Firm, MemoDocument, MemoInput, SectionId } from './types';

/** The letterhead's name when the firm settings have none yet. */
export const FALLBACK_FIRM_NAME = 'Immigration Advisor';

/** Days the client is given to send the facts still missing: the date the next steps propose. */
export const FACTS_WITHIN_DAYS = 14;

const PRIORITY_WORDS: Record<string, string> = { speed: 'speed', 'permanent-residence': 'permanent residence', family: 'family', cost: 'cost' };

type Context = {
  input: MemoInput;
  /** The routes discussed: every route not set aside, and the pinned one whatever its verdict. */
  discussed: Assessment[];
  setAside: Assessment[];
  client: string;
  recommended: Assessment | undefined;
  /** The best-fitting discussed route other than the recommended one, by the client's priorities. */
  runnerUp: Assessment | undefined;
  ranks: RankedOption[];
  assumptions: MemoAssumptions;
  /** `1. `, `2. `…: a section's number as printed, or its appendix letter. */
  ref: (id: SectionId) => string;
};

/** `the K visa (China)`. */
const named = (a: Assessment) => `${programById(a.programId)?.shortName ?? a.programName} (${countryList([a.country])})`;

/** Where a route stands, as the start of a sentence about it. */
function standing(a: Assessment): string {
  const h = headline(a);
  switch (h.kind) {
    case 'eligible':
      return a.standing ? 'the client is eligible but no invitation is expected at recent cut-offs' : 'the client is eligible on the facts recorded';
    case 'likely':
      return `the client meets every criterion the facts decide, with ${plural(h.questions, 'legal standard')} for the attorney to judge`;
    case 'needs-info':
      return 'facts the case file lacks are needed before eligibility can be decided';
    case 'ineligible':
      return 'on the facts recorded the client does not yet meet every criterion';
  }
}

/** The figures a client weighs, in one sentence: cost, time to work and to permanent residence, odds. */
function figures(a: Assessment): string {
  const s = timelineSpans(a);
  const time = (span: typeof s.toWork) => (span.kind === 'range' ? span.label : span.kind === 'none' ? 'no route' : 'unknown');
  const odds = a.odds.kind === 'probability' ? `; odds of selection ${oddsHeadline(a.odds)}` : a.odds.kind === 'unknown' ? '; odds of selection unknown until a missing fact is recorded' : '';
  const payer = (p: 'applicant' | 'employer', who: string) => {
    const open = a.costs.unknown.some(u => u.payer === p);
    const total = a.costs.totals[p];
    if (total.amount === 0) return open ? `fees of unknown amount to ${who}` : p === 'applicant' ? `nothing to ${who}` : '';
    return `${formatMoney(total)} to ${who}${open ? ' plus fees of unknown amount' : ''}`;
  };
  const cost = [payer('applicant', 'the client'), payer('employer', 'the employer')].filter(Boolean).join(' and ');
  return `Cost: ${cost}; time to work: ${time(s.toWork)}; to permanent residence: ${time(s.toPermanentResidence)}${odds}`;
}

/** A criterion's label quoted when it is short, else its count: the bottom line stays a few sentences. */
function criteria(labels: readonly string[], what: string): string {
  return labels.every(l => l.length <= 60) ? andList(labels.map(l => `“${l}”`)) : `the ${plural(labels.length, what, `${what}s`)}`;
}

/** What would change the advice on a route: the facts it waits on, the standards left to judge, the assumptions it rests on. */
function wouldChange(c: Context, a: Assessment): string {
  const facts = c.assumptions.openQuestions.filter(q => q.neededBy.includes(a.programName)).length;
  const notMet = a.gates.filter(g => g.status === 'not-met').map(g => g.label);
  const judge = openQuestions(a).map(g => g.label);
  const policies = [...new Set(a.assumptionsUsed.map(u => u.key))].map(k => c.assumptions.policy.find(p => p.key === k)?.label).filter((x): x is string => !!x);
  const parts = [
    ...(notMet.length ? [`facts that would meet ${criteria(notMet, 'criterion')} not met on the facts recorded`] : []),
    ...(facts ? [`the ${plural(facts, 'fact', 'facts')} not yet recorded that it needs (appendix ${c.ref('assumptions')})`] : []),
    ...(judge.length ? [`the attorney's judgement of ${criteria(judge, 'legal standard')}`] : []),
    ...(policies.length ? [`how ${plural(policies.length, 'unsettled policy question', 'unsettled policy questions')} ${policies.length === 1 ? 'is' : 'are'} resolved (appendix ${c.ref('assumptions')})`] : []),
    ...(a.standing ? ['the next rounds of invitations'] : []),
  ];
  return parts.length
    ? `What would change this advice: ${andList(parts)}.`
    : 'What would change this advice: a change in the client’s facts or in the published rules, fees or processing times.';
}

function summaryText(c: Context): string {
  const s = c.input.snapshot;
  const total = s.results.length;
  const paras: string[] = [];
  const { recommended, runnerUp } = c;
  if (recommended) {
    const rationale = s.recommendation.rationale.trim();
    paras.push(`We recommend ${named(recommended)}: ${standing(recommended)}. ${sentence(figures(recommended))}${rationale ? ` ${sentence(rationale)}` : ''}`);
    if (runnerUp) paras.push(`The runner-up is ${named(runnerUp)}: ${standing(runnerUp)}. ${sentence(figures(runnerUp))}`);
    paras.push(wouldChange(c, recommended));
  } else {
    const priorities = s.caseFile.goals?.priorities;
    const weighed = priorities?.length ? `the client's priorities in order (${priorities.map(p => PRIORITY_WORDS[p] ?? p).join(', ')})` : 'speed, permanent residence, family and cost equally, as the client stated no priorities';
    paras.push('No route has been chosen as the recommended one yet: this memo sets out the routes and makes no recommendation.');
    if (!c.discussed.length) paras.push('On the facts recorded, none of the routes compared is open to the client.');
    if (runnerUp) {
      paras.push(`Weighing ${weighed}, the route that fits best is ${named(runnerUp)}: ${standing(runnerUp)}. ${sentence(figures(runnerUp))}`);
      paras.push(wouldChange(c, runnerUp));
    }
  }
  const counts = [
    ...(c.discussed.length ? [`${plural(c.discussed.length, 'route is', 'routes are')} discussed in section ${c.ref('analysis')}`] : []),
    ...(c.setAside.length ? [`${String(c.setAside.length)} ${c.setAside.length === 1 ? 'is' : 'are'} set aside in section ${c.ref('set-aside')}`] : []),
  ];
  paras.push(`Of the ${plural(total, 'route')} compared, on the facts recorded and published sources as of ${formatDate(s.asOf)}, ${andList(counts)}.`);
  return paras.join('\n\n');
}

function nextStepsText(c: Context): string {
  const lead = c.recommended ?? c.runnerUp;
  const paras = [
    c.recommended
      ? `On your instructions to proceed with ${named(c.recommended)}, we will prepare the application and a list of the documents it needs.`
      : lead
        ? `No route has been chosen yet. If you decide to proceed with ${named(lead)}, the best fit by the client's priorities, we will prepare the application and a list of the documents it needs.`
      : c.assumptions.openQuestions.length
        ? `Once we have the facts listed as open questions in appendix ${c.ref('assumptions')}, we will advise on the route to take.`
        : 'None of the routes compared is open on the facts recorded; we will advise on whether other routes may suit the client.',
  ];
  return paras.join('\n\n');
}

/** The dated steps, in date order: facts to send, the lead route's earliest start, a status that ends, the client's start date. */
function nextSteps(c: Context): NextStep[] {
  const s = c.input.snapshot;
  const date = c.input.date;
  // Each step with the ISO date it sorts by; a step with no date of its own sorts after the one it follows.
  const steps: (NextStep & { at: string })[] = [];
  if (s.stale) steps.push({ at: '', when: 'Before relying on this memo', what: 'Save a new comparison: the programme rules have changed since this one was saved.' });
  const open = c.assumptions.openQuestions.length;
  const factsBy = addDays(date, FACTS_WITHIN_DAYS);
  if (open) steps.push({ at: factsBy, when: `By ${formatDate(factsBy)}`, what: `Client: send us the ${plural(open, 'fact', 'facts')} listed as open questions in appendix ${c.ref('assumptions')}, with supporting documents.` });
  const lead = c.recommended ?? c.runnerUp;
  if (lead) {
    const judge = openQuestions(lead).map(g => g.label);
    if (judge.length) steps.push({ at: `${factsBy}~`, when: 'Before filing', what: `Attorney: assess ${criteria(judge, 'legal standard')} for ${named(lead)} on the supporting documents.` });
    const work = timelineSpans(lead).toWork;
    if (work.kind === 'range' && !lead.standing) {
      const from = monthStart(date, work.min);
      steps.push({ at: from, when: `From ${formatDate(from.slice(0, 7))}`, what: `Earliest start of work under ${named(lead)} if the application starts now (${work.label}).` });
    }
  }
  const status = s.caseFile.client.currentStatus;
  if (status?.validUntil) {
    const what = `${status.type ? `The client's ${status.type} status` : "The client's current status"}${status.country ? ` in ${countryList([status.country])}` : ''} ends; the next status must be in place by then.`;
    steps.push({ at: status.validUntil, when: formatDate(status.validUntil), what });
  }
  // A wished start date already passed is no next step; the facts appendix still records it.
  const startBy = s.caseFile.goals?.startBy;
  if (startBy && startBy >= date) steps.push({ at: startBy, when: formatDate(startBy), what: 'The date by which the client wishes to start.' });
  return steps.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)).map(({ when, what }) => ({ when, what }));
}

/** The closing words before the notice and the signature: an invitation to instruct or to engage. */
function closingText(c: Context): string {
  return c.input.engagement === 'engaged'
    ? 'Please let us know if you have any questions about this memo, or when you would like us to proceed.'
    : 'We would be glad to discuss this memo with you. If you would like our advice on your own matter, we will send an engagement letter setting out its scope and our fees.';
}

/** Whether an edit replaces generated prose: blank text restores the generated prose. */
const editOf = (edits: MemoInput['edits'], key: string): string | undefined => {
  const e = edits?.[key];
  return e !== undefined && e.trim() !== '' ? e : undefined;
};

/** The generated prose of every section. */
function generatedProse(c: Context, disclaimer: string): Record<SectionId, string> {
  const s = c.input.snapshot;
  const whatIf = s.whatIf.length ? `, with the what-if ${s.whatIf.length === 1 ? 'change' : 'changes'} listed in appendix ${c.ref('assumptions')}` : '';
  return {
    summary: summaryText(c),
    options: `Costs are in ${s.currency}. "+?" marks a total that leaves out fees of unknown amount; "+ … if …" is owed only if a policy holds, and is not in the total. Odds are the chance of selection where a route has a lottery.`,
    analysis: `For each route: the criteria, the cost by who pays it, the timeline, the odds, family and the main risks for this client. Numbers in square brackets refer to the sources in appendix ${c.ref('sources')}.`,
    'set-aside': c.input.discussed
      ? 'These routes were compared and are not discussed further.'
      : 'These routes were compared and are not discussed further: on the facts recorded the client does not meet them.',
    'next-steps': nextStepsText(c),
    closing: closingText(c),
    facts: `The facts this memo relies on, as recorded in the case file when the comparison was saved on ${formatDate(s.createdAt.slice(0, 10))}${whatIf}. A fact shown as unknown was not recorded; it has not been assumed either way.`,
    assumptions: 'Where the law or its application is unsettled, the comparison makes an explicit assumption rather than a silent one. Below: the assumptions used, any what-if changes to the facts, the facts still unknown, the questions left to legal judgement and the further risks of each route.',
    sources: 'Official (government) sources first, then the others, each with the date it speaks to and our confidence in it: confirmed (official text or several consistent sources), reported (one credible secondary source) or unconfirmed.',
    disclaimer,
  };
}

/** A stale-comparison change as a person reads it: programme names and the rules' dates, not ids and versions. */
function plainChange(line: string, results: readonly Assessment[]): string {
  const rules = /^rules (\S+) → (\S+)$/.exec(line);
  if (rules) return `the programme rules changed from those of ${rulesDate(rules[1] ?? '') ?? 'an earlier date'} to those of ${rulesDate(rules[2] ?? '') ?? 'a later date'}`;
  const m = /^([a-z]{2}-[a-z0-9-]+): (.*)$/.exec(line);
  if (!m) return line;
  const id = m[1] ?? '';
  const name = results.find(a => a.programId === id)?.programName ?? programById(id)?.name ?? 'a programme no longer in the catalogue';
  return `${name}: ${m[2] ?? ''}`;
}

/** Builds the memo's view model; pure, so the same inputs always give the same memo. */
export function buildMemo(input: MemoInput): MemoDocument {
  const { snapshot, firm } = input;
  const results = snapshot.results;
  const client = snapshot.caseFile.client.fullName;
  const pinned = snapshot.recommendation.programId;
  const recommended = results.find(a => a.programId === pinned);
  const recommendedId = recommended ? recommended.programId : null;
  const discussed = input.discussed
    ? input.discussed.flatMap(id => results.filter(a => a.programId === id))
    : results.filter(a => a.status !== 'ineligible' || a === recommended);
  const setAside = results.filter(a => !discussed.includes(a));

  const keys = assumptionKeysUsed(discussed);
  const sources = collectSources(discussed, keys);
  const numbers = new Map(sources.map(s => [s.id, s.number]));
  const sourceNumber = (id: string) => numbers.get(id);
  const assumptions = memoAssumptions(snapshot, discussed, sourceNumber);
  const ranks = rankAssessments(results, snapshot.caseFile.goals?.priorities);
  const byRank = [...discussed].sort((x, y) => (ranks.find(r => r.programId === x.programId)?.rank ?? 0) - (ranks.find(r => r.programId === y.programId)?.rank ?? 0));
  const runnerUp = byRank.find(a => a !== recommended);
  assumptions.furtherRisks = discussed.flatMap(a => {
    const rest = risksForClient(a.risks, snapshot.caseFile).slice(MAX_RISKS);
    return rest.length ? [{ programme: a.programName, risks: rest }] : [];
  });

  // The sections printed: "set aside" only when a route was; numbered in the body, lettered after.
  // With no route to discuss, there is no table of them, no analysis and nothing cited either.
  const ids = SECTION_IDS.filter(
    id => (id !== 'set-aside' || setAside.length > 0) && ((id !== 'options' && id !== 'analysis') || discussed.length > 0) && (id !== 'sources' || sources.length > 0),
  );
  const unnumbered = (id: SectionId) => id === 'disclaimer' || id === 'closing';
  const bodyIds = ids.filter(id => !unnumbered(id) && !APPENDIX_IDS.includes(id));
  const ref = (id: SectionId) => (APPENDIX_IDS.includes(id) ? String.fromCharCode(65 + APPENDIX_IDS.indexOf(id)) : String(bodyIds.indexOf(id) + 1));
  const heading = (id: SectionId) => (APPENDIX_IDS.includes(id) ? `Appendix ${ref(id)}. ${SECTION_HEADINGS[id]}` : unnumbered(id) ? SECTION_HEADINGS[id] : `${ref(id)}. ${SECTION_HEADINGS[id]}`);

  const c: Context = { input, discussed, setAside, client, recommended, runnerUp, ranks, assumptions, ref };
  const disclaimer = disclaimerFor(firm, input.engagement);
  const prose = generatedProse(c, disclaimer);
  const sections: MemoSection[] = ids.map(id => {
    // Memos saved before the next steps had their own section kept their edits under "recommendation".
    const edit = editOf(input.edits, id) ?? (id === 'next-steps' ? editOf(input.edits, 'recommendation') : undefined);
    return { id, heading: heading(id), part: APPENDIX_IDS.includes(id) ? 'appendix' : 'body', text: edit ?? prose[id], generated: prose[id], edited: edit !== undefined };
  });

  const firmName = firm.name.trim() || FALLBACK_FIRM_NAME;
  const attorney = firm.attorneyName.trim();
  const matter = input.reference?.trim() || `Case ${snapshot.caseId}`;
  const date = rulesDate(snapshot.rulesVersion);
  const regarding = `Immigration options for ${client}: ${plural(results.length, 'route')} compared, assessed as of ${formatDate(snapshot.asOf)}${date ? ` (rules as of ${date})` : ''}, costs in ${snapshot.currency}`;
  const notices = snapshot.stale
    ? [`The programme rules have changed since this comparison was saved, and it would now come out differently: ${snapshot.staleChanges.map(l => plainChange(l, results)).join('; ')}. Save a new comparison before relying on this memo.`]
    : [];

  return {
    meta: {
      title: `Immigration options for ${client}`,
      author: attorney ? `${attorney}, ${firmName}` : firmName,
      subject: `Advisory memo, matter ${matter}: ${regarding}`,
      keywords: discussed.map(a => a.programName).join(', '),
    },
    paper: firm.paper,
    letterhead: {
      firmName,
      addressLines: firm.address.split(/\r?\n/).map(l => l.trim()).filter(Boolean),
      attorneyName: attorney,
      barAdmission: firm.barAdmission.trim(),
      logo: firm.logo,
    },
    client: { name: client, otherNames: snapshot.caseFile.client.otherNames ?? [] },
    matter,
    date: formatDate(input.date),
    engagement: input.engagement,
    rulesDate: date,
    regarding,
    notices,
    sections,
    summary: { recommendedProgramId: recommendedId, recommendedName: recommended?.programName ?? null, runnerUpName: runnerUp?.programName ?? null },
    facts: memoFacts(snapshot.caseFile, snapshot.asOf, factKindsUsed(discussed.map(a => a.programId))),
    options: {
      currency: snapshot.currency,
      rows: discussed.map(a => optionRow(a, recommendedId)),
    },
    setAside: setAside.map(a => ({ programme: a.programName, country: countryName(a.country), reason: setAsideReason(a) })),
    nextSteps: nextSteps(c),
    charts: { cost: costChart(discussed, snapshot.currency), timeline: timelineChart(discussed) },
    analysis: discussed.map(a => {
      const analysed = optionAnalysis(a, recommendedId, ranks.find(r => r.programId === a.programId), results.length, sourceNumber, snapshot.caseFile);
      const edit = editOf(input.edits, routeEditKey(a.programId));
      return edit === undefined ? analysed : { ...analysed, verdict: edit, edited: true };
    }),
    assumptions,
    sources,
    disclaimer: { engagement: input.engagement, text: sections.find(s => s.id === 'disclaimer')?.text ?? disclaimer },
  };
}
