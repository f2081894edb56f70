/**
 * buildMemo: a saved comparison, the firm and the engagement status in; the memo's pure view model
 * out. Generated prose is the default for every section; the attorney's edits replace it.
 */
import { costChart, timelineChart } from '../compare/chart-model';
import { rankAssessments } from '../compare/ranking';
import type { Assessment } from '../rules/types';
import { assumptionKeysUsed, collectSources, memoAssumptions } from './assumptions';
import { disclaimerFor } from './disclaimers';
import { memoFacts } from './facts';
import { andList, countryList, formatDate, plural } from './format';
import { headline } from '../rules/headline';
import { optionAnalysis, optionRow } from './options';
import { SECTION_HEADINGS, SECTION_IDS, type MemoDocument, type MemoInput, type MemoSection, type SectionId } from './types';

/** Re-exported so callers need one import: the section order and headings the editor shows. */
export { SECTION_HEADINGS, SECTION_IDS } from './types';
/** The memo's input and output types. */
export type { Firm, MemoDocument, MemoInput, SectionId } from './types';

/** The letterhead's name when the firm settings have none yet. */
export const FALLBACK_FIRM_NAME = 'Immigration Advisor';

const PRIORITY_WORDS: Record<string, string> = { speed: 'speed', 'permanent-residence': 'permanent residence', family: 'family', cost: 'cost' };

/** The section number as printed, from the fixed order. */
const numberOf = (id: SectionId): number => SECTION_IDS.indexOf(id) + 1;

type Context = {
  input: MemoInput;
  results: Assessment[];
  client: string;
  recommended: Assessment | undefined;
  openQuestions: number;
  judgements: number;
};

function summaryText(c: Context): string {
  const { results, recommended } = c;
  const s = c.input.snapshot;
  const countries = [...new Set(results.map(a => a.country))];
  const count = (status: Assessment['status']) => results.filter(a => a.status === status).length;
  // "Eligible" only where nothing is left to judge; the others are likely eligible, and say so.
  const eligible = results.filter(a => headline(a).kind === 'eligible').length;
  const likely = results.filter(a => headline(a).kind === 'likely').length;
  const open = [
    `the client is eligible for ${eligible === results.length && eligible > 1 ? 'all of them' : `${String(eligible)} of the ${String(results.length)}`}`,
    ...(likely ? [`${String(likely)} ${likely === 1 ? 'is' : 'are'} likely eligible, with questions for the attorney`] : []),
    ...(count('needs-info') ? [`${String(count('needs-info'))} ${count('needs-info') === 1 ? 'needs' : 'need'} more information before ${count('needs-info') === 1 ? 'it' : 'they'} can be assessed`] : []),
    ...(count('ineligible') ? [`${String(count('ineligible'))} ${count('ineligible') === 1 ? 'is' : 'are'} not available`] : []),
  ];
  const paras = [
    `This memo compares ${plural(results.length, 'immigration option')} for ${c.client} in ${countryList(countries)}, on the facts recorded in the case file and on published sources as of ${formatDate(s.asOf)}.`,
    `On the facts recorded, ${andList(open)}.` +
      (c.judgements ? ` ${plural(c.judgements, 'criterion', 'criteria')} across the options ${c.judgements === 1 ? 'is a legal standard' : 'are legal standards'} left to the attorney's judgement.` : ''),
  ];
  if (recommended) {
    const h = headline(recommended);
    const status =
      h.kind === 'eligible'
        ? 'The client is eligible for it on the facts recorded.'
        : h.kind === 'likely'
          ? `The client is likely eligible for it on the facts recorded, with ${plural(h.questions, 'question')} for the attorney.`
          : `On the facts recorded its status is: ${h.text.charAt(0).toLowerCase()}${h.text.slice(1)}.`;
    paras.push(`Recommended option: ${recommended.programName}, in ${countryList([recommended.country])}. ${status} Section ${String(numberOf('recommendation'))} explains why.`);
  } else {
    paras.push(`No option has been pinned as the recommended one. The options are set out side by side in section ${String(numberOf('options'))} and analysed one by one in section ${String(numberOf('analysis'))}.`);
  }
  const priorities = c.input.snapshot.caseFile.goals?.priorities;
  // Routes not eligible are never among those that "fit best".
  const ranked = rankAssessments(results, priorities).filter(r => r.mark?.kind !== 'ineligible').slice(0, 3);
  if (results.length > 1 && ranked.length) {
    const names = ranked.map(r => results.find(a => a.programId === r.programId)?.programName ?? r.programId);
    const weighed = priorities?.length ? `the client's priorities in order (${priorities.map(p => PRIORITY_WORDS[p] ?? p).join(', ')})` : 'speed, permanent residence, family and cost equally, as the client stated no priorities';
    paras.push(`Weighing ${weighed}, the options that fit best are ${andList(names)}.`);
  }
  if (c.openQuestions) {
    paras.push(`${plural(c.openQuestions, 'fact is', 'facts are')} still unknown; they are listed as open questions in section ${String(numberOf('assumptions'))}.`);
  }
  return paras.join('\n\n');
}

function recommendationText(c: Context): string {
  const r = c.input.snapshot.recommendation;
  const paras: string[] = [];
  if (c.recommended) {
    paras.push(`We recommend ${c.recommended.programName}, in ${countryList([c.recommended.country])}.`);
    if (r.rationale.trim()) paras.push(r.rationale.trim());
  } else {
    paras.push(r.rationale.trim() || 'No recommendation has been recorded for this comparison.');
  }
  if (c.openQuestions) paras.push(`To complete the assessment we need the facts listed as open questions in section ${String(numberOf('assumptions'))}. Please send them, with supporting documents, when you can.`);
  if (c.judgements) paras.push('The criteria left to legal judgement will be assessed once we have reviewed the supporting documents.');
  return paras.join('\n\n');
}

/** The generated prose of every section. */
function generatedProse(c: Context, disclaimer: string): Record<SectionId, string> {
  const s = c.input.snapshot;
  const whatIf = s.whatIf.length ? `, with the what-if ${s.whatIf.length === 1 ? 'change' : 'changes'} listed in section ${String(numberOf('assumptions'))}` : '';
  return {
    summary: summaryText(c),
    facts: `This memo relies on the facts below, as recorded in the case file when the comparison was saved on ${formatDate(s.createdAt.slice(0, 10))}${whatIf}. A fact shown as unknown was not recorded; it has not been assumed either way.`,
    options: `The table sets out the ${plural(c.results.length, 'option')} side by side. Costs are in ${s.currency}; a total marked "+?" leaves out fees whose amount is not published, and an amount "+ … if …" is owed only if a policy holds and is not in the total. Points show the client's score with the pass mark or latest cut-off in brackets; odds are the chance of selection in a lottery, "No lottery" where the route has none, "Not in the lottery" where the client is exempt from it, and "Unknown" where a fact they turn on is missing. The charts below draw the same figures.`,
    analysis: 'For each option: whether the client meets each criterion and why, the cost by who pays it, the timeline, the odds of selection, family and the main risks. The numbers in square brackets refer to the sources in section ' +
      `${String(numberOf('sources'))}.`,
    recommendation: recommendationText(c),
    assumptions: 'Where the law or its application is unsettled, the comparison makes an explicit assumption rather than a silent one. The assumptions used, any what-if changes to the facts, the facts still unknown and the questions left to legal judgement are listed below.',
    sources: 'Every figure in this memo comes from the sources below, each with the date it speaks to and our confidence in it: confirmed (official text or several consistent sources), reported (one credible secondary source) or unconfirmed.',
    disclaimer,
  };
}

/** Builds the memo's view model; pure, so the same inputs always give the same memo. */
export function buildMemo(input: MemoInput): MemoDocument {
  const { snapshot, firm } = input;
  const results = snapshot.results;
  const client = snapshot.caseFile.client.fullName;
  const pinned = snapshot.recommendation.programId;
  const recommended = results.find(a => a.programId === pinned);
  const recommendedId = recommended ? recommended.programId : null;

  const keys = assumptionKeysUsed(results);
  const sources = collectSources(results, keys);
  const numbers = new Map(sources.map(s => [s.id, s.number]));
  const sourceNumber = (id: string) => numbers.get(id);
  const assumptions = memoAssumptions(snapshot, results, sourceNumber);
  const ranks = rankAssessments(results, snapshot.caseFile.goals?.priorities);

  const c: Context = { input, results, client, recommended, openQuestions: assumptions.openQuestions.length, judgements: assumptions.judgements.length };
  const disclaimer = disclaimerFor(firm, input.engagement);
  const prose = generatedProse(c, disclaimer);
  const sections: MemoSection[] = SECTION_IDS.map(id => {
    const edit = input.edits?.[id];
    const edited = edit !== undefined && edit.trim() !== '';
    return { id, heading: `${String(numberOf(id))}. ${SECTION_HEADINGS[id]}`, text: edited ? edit : prose[id], generated: prose[id], edited };
  });

  const firmName = firm.name.trim() || FALLBACK_FIRM_NAME;
  const attorney = firm.attorneyName.trim();
  const matter = input.reference?.trim() || `Case ${snapshot.caseId}`;
  const regarding = `Comparison of ${plural(results.length, 'immigration option')} (catalogue ${snapshot.rulesVersion}, assessed as of ${formatDate(snapshot.asOf)}, costs in ${snapshot.currency})`;
  const notices = snapshot.stale
    ? [`The programme catalogue has changed since this comparison was saved, and it would now come out differently: ${snapshot.staleChanges.join('; ')}. Save a new comparison before relying on this memo.`]
    : [];

  return {
    meta: {
      title: `Immigration options for ${client}`,
      author: attorney ? `${attorney}, ${firmName}` : firmName,
      subject: `Advisory memo, matter ${matter}: ${regarding}`,
      keywords: results.map(a => a.programId).join(', '),
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
    regarding,
    notices,
    sections,
    summary: { recommendedProgramId: recommendedId, recommendedName: recommended?.programName ?? null },
    facts: memoFacts(snapshot.caseFile, snapshot.asOf),
    options: {
      currency: snapshot.currency,
      rows: results.map(a => optionRow(a, recommendedId)),
      notes: ['"+?": some fees are of unknown amount and left out of the total.', '"Likely eligible — N questions for you": every criterion the facts decide is met; N are legal standards left to the attorney.', '"—": not points-based, or no lottery or draw.'],
    },
    charts: { cost: costChart(results, snapshot.currency), timeline: timelineChart(results) },
    analysis: results.map(a => optionAnalysis(a, recommendedId, ranks.find(r => r.programId === a.programId), results.length, sourceNumber, snapshot.caseFile)),
    assumptions,
    sources,
    disclaimer: { engagement: input.engagement, text: sections.find(s => s.id === 'disclaimer')?.text ?? disclaimer },
  };
}
