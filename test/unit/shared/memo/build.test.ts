// buildMemo turns a saved comparison into the memo's view model: the bottom line first, the routes
// discussed and those set aside, next steps, then the appendices; the attorney's edits in place of
// generated prose, the notice for the engagement status, the facts relied on (unknowns as unknown),
// and every figure exactly as the engine computed it.
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../../shared/case-file';
import { costChart, timelineChart } from '../../../../shared/compare/chart-model';
import { rankAssessments } from '../../../../shared/compare/ranking';
import type { Snapshot } from '../../../../shared/contract';
import { APPENDIX_IDS, buildMemo, FACTS_WITHIN_DAYS, FALLBACK_FIRM_NAME, routeEditKey, SECTION_HEADINGS, SECTION_IDS, type Firm } from '../../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../../shared/memo/disclaimers';
import { isOfficial } from '../../../../shared/memo/assumptions';
import { UNKNOWN_FACT } from '../../../../shared/memo/facts';
import { resolveAssumptions } from '../../../../shared/programs/assumptions';
import { RULES_VERSION } from '../../../../shared/programs/index';
import { evaluate } from '../../../../shared/rules/evaluate';
import { headline } from '../../../../shared/rules/headline';
import { loadFixture } from '../../../fixtures';

const AS_OF = '2026-11-29';
const CASE_ID = '00000000-0000-4000-8000-000000000001';

/** A snapshot as snapshots:save stores it: the engine's results for the case file and the resolved assumptions. */
function snapshotOf(fixture: string, programIds: string[], over: Partial<Snapshot> = {}): Snapshot {
  const caseFile = CaseFile.parse(loadFixture(fixture));
  const assumptions = resolveAssumptions(over.assumptions ?? {}, over.asOf ?? AS_OF);
  return {
    id: 'snap-1',
    caseId: CASE_ID,
    createdAt: '2026-11-28T10:00:00.000Z',
    actor: 'attorney.ann',
    rulesVersion: RULES_VERSION,
    asOf: AS_OF,
    currency: 'USD',
    programIds,
    assumptions,
    recommendation: { programId: null, rationale: '' },
    whatIf: [],
    stale: false,
    staleChanges: [],
    olderVersion: null,
    ranks: null,
    caseFile,
    results: evaluate(caseFile, programIds, { asOf: AS_OF, assumptions, currency: 'USD' }),
    ...over,
  };
}

const FIRM: Firm = {
  name: 'Harbor & Pike LLP',
  address: '100 Main Street\n\nBoston, MA 02110 ',
  attorneyName: 'Ann Attorney',
  barAdmission: 'Admitted in Massachusetts',
  logo: null,
  paper: 'a4',
  disclaimers: { preEngagement: '', engaged: '' },
};
const PRIYA_IDS = ['us-h1b', 'cn-k', 'ca-express-entry', 'de-opportunity-card'];
const memoOf = (snapshot: Snapshot, over: Partial<Parameters<typeof buildMemo>[0]> = {}) =>
  buildMemo({ snapshot, firm: FIRM, engagement: 'pre-engagement', date: '2026-11-29', reference: '2026-0007', ...over });

describe('buildMemo: sections', () => {
  const memo = memoOf(snapshotOf('priya-sharma.case.json', PRIYA_IDS));

  it('lists every section once, in the fixed order: the body numbered, the closing and the notice, then the appendices lettered', () => {
    // Express Entry is not eligible for Priya on 2026-11-29, so it is set aside.
    expect(memo.sections.map(s => s.id)).toEqual([...SECTION_IDS]);
    expect(memo.sections.map(s => s.heading)).toEqual([
      '1. Bottom line',
      '2. Routes discussed',
      '3. Analysis of each route',
      '4. Routes considered and set aside',
      '5. Next steps',
      'Closing',
      'Important notice',
      'Appendix A. Facts relied on',
      'Appendix B. Assumptions and open questions',
      'Appendix C. Sources',
    ]);
    for (const s of memo.sections) expect(s.heading).toContain(SECTION_HEADINGS[s.id]);
    expect(memo.sections.filter(s => s.part === 'appendix').map(s => s.id)).toEqual([...APPENDIX_IDS]);
    for (const s of memo.sections) {
      expect(s.text.trim()).not.toBe('');
      expect(s.text).toBe(s.generated);
      expect(s.edited).toBe(false);
    }
  });

  it('fills the letterhead, the header and the document metadata', () => {
    expect(memo.meta).toMatchObject({ title: 'Immigration options for Priya Sharma', author: 'Ann Attorney, Harbor & Pike LLP' });
    expect(memo.meta.subject).toContain('matter 2026-0007');
    expect(memo.letterhead).toEqual({ firmName: 'Harbor & Pike LLP', addressLines: ['100 Main Street', 'Boston, MA 02110'], attorneyName: 'Ann Attorney', barAdmission: 'Admitted in Massachusetts', logo: null });
    expect(memo).toMatchObject({ paper: 'a4', matter: '2026-0007', date: '29 November 2026', client: { name: 'Priya Sharma', otherNames: ['प्रिया शर्मा'] } });
    // The rules' date, never the catalogue's version string.
    const [year, month, day] = RULES_VERSION.slice(0, 10).split('-').map(Number);
    const rulesDay = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(memo.rulesDate).toBe(rulesDay);
    expect(memo.regarding).toBe(`Immigration options for Priya Sharma: 4 routes compared, assessed as of 29 November 2026 (rules as of ${rulesDay}), costs in USD`);
    expect(memo.regarding).not.toContain(RULES_VERSION);
    // Programme names, not ids, in the document's keywords.
    expect(memo.meta.keywords).not.toMatch(/us-h1b|cn-k/);
  });

  it('falls back to a plain letterhead name and the case id when the firm or matter is not set', () => {
    const bare = memoOf(snapshotOf('priya-sharma.case.json', ['us-h1b']), { firm: { ...FIRM, name: ' ', attorneyName: '' }, reference: undefined });
    expect(bare.letterhead.firmName).toBe(FALLBACK_FIRM_NAME);
    expect(bare.meta.author).toBe(FALLBACK_FIRM_NAME);
    expect(bare.matter).toBe(`Case ${CASE_ID}`);
  });
});

describe('buildMemo: the bottom line, the routes set aside and the next steps', () => {
  const text = (memo: ReturnType<typeof memoOf>, id: string) => memo.sections.find(s => s.id === id)?.text ?? '';

  it('names the pinned route first, with the rationale, the runner-up and what would change the advice', () => {
    const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS, { recommendation: { programId: 'us-h1b', rationale: 'The employer files and pays.' } });
    const memo = memoOf(snapshot);
    const h1b = snapshot.results.find(a => a.programId === 'us-h1b')?.programName ?? '';
    // The K visa fits Priya's priorities best of the others (rankAssessments puts it first).
    const k = snapshot.results.find(a => a.programId === 'cn-k')?.programName ?? '';
    expect(memo.summary).toEqual({ recommendedProgramId: 'us-h1b', recommendedName: h1b, runnerUpName: k });
    const [first, second, third] = text(memo, 'summary').split('\n\n');
    expect(first).toMatch(/^We recommend the H-1B \(the United States\): the client meets every criterion the facts decide, with 1 legal standard for the attorney to judge\. Cost: nothing to the client and 3,595 USD to the employer; .* The employer files and pays\.$/);
    expect(second).toMatch(/^The runner-up is the K visa \(China\): /);
    expect(third).toMatch(/^What would change this advice: the attorney's judgement of “Specialty occupation” and how 2 unsettled policy questions are resolved \(appendix B\)\.$/);
    expect(memo.options.rows.filter(r => r.recommended).map(r => r.programId)).toEqual(['us-h1b']);
    expect(memo.analysis.filter(a => a.recommended).map(a => a.programId)).toEqual(['us-h1b']);
  });

  it('discusses a pinned route even when the facts do not meet it, and says so plainly', () => {
    const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS, { recommendation: { programId: 'ca-express-entry', rationale: 'Permanent residence for the whole family within a year.' } });
    const memo = memoOf(snapshot);
    expect(memo.analysis.map(a => a.programId)).toContain('ca-express-entry');
    expect(memo.setAside).toEqual([]);
    expect(memo.sections.map(s => s.id)).not.toContain('set-aside');
    expect(text(memo, 'summary')).toMatch(/^We recommend Express Entry \(Canada\): on the facts recorded the client does not yet meet every criterion\./);
    expect(text(memo, 'summary')).toContain('What would change this advice: facts that would meet the 1 criterion not met on the facts recorded');
  });

  it('says plainly when no route is pinned, and leads with the best fit by the client’s priorities', () => {
    const memo = memoOf(snapshotOf('priya-sharma.case.json', PRIYA_IDS));
    expect(memo.summary).toMatchObject({ recommendedProgramId: null, recommendedName: null });
    const summary = text(memo, 'summary');
    expect(summary).toMatch(/^No route has been chosen as the recommended one yet: this memo sets out the routes and makes no recommendation\./);
    expect(summary).toContain("Weighing the client's priorities in order (speed, permanent residence, family, cost), the route that fits best is the H-1B (the United States)");
    expect(summary).not.toMatch(/We recommend/);
    expect(memo.options.rows.some(r => r.recommended)).toBe(false);
  });

  it('sets aside the routes the client is not eligible for, each with its main reason, and counts without zeros', () => {
    const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS);
    const memo = memoOf(snapshot);
    const ineligible = snapshot.results.filter(a => headline(a).kind === 'ineligible');
    expect(memo.setAside.map(r => r.programme)).toEqual(ineligible.map(a => a.programName));
    const gate = ineligible[0]?.gates.find(g => g.status === 'not-met');
    expect(memo.setAside[0]?.reason.startsWith(`${gate?.label ?? ''}: `)).toBe(true);
    expect(memo.options.rows.map(r => r.programId)).toEqual(PRIYA_IDS.filter(id => !ineligible.some(a => a.programId === id)));
    expect(text(memo, 'summary')).toContain('Of the 4 routes compared, on the facts recorded and published sources as of 29 November 2026, 3 routes are discussed in section 3 and 1 is set aside in section 4.');
    expect(text(memo, 'summary')).not.toMatch(/\b0 of\b/);
  });

  it('dates the next steps, in date order', () => {
    const memo = memoOf(snapshotOf('priya-sharma.case.json', PRIYA_IDS));
    // Priya's open questions are asked for within FACTS_WITHIN_DAYS of the memo's date.
    const factsBy = new Date(Date.UTC(2026, 10, 29 + FACTS_WITHIN_DAYS)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    // Her wished start (1 September 2026) has passed: no next step, though the facts still record it.
    // The H-1B fits best: its earliest start of work (7 months on, the next October) is a step too.
    expect(memo.nextSteps.map(s => s.when)).toEqual([`By ${factsBy}`, 'Before filing', 'From June 2027', '30 June 2027']);
    expect(memo.nextSteps[0]?.what).toMatch(/^Client: send us the \d+ facts listed as open questions in appendix B/);
    expect(memo.nextSteps[3]?.what).toBe("The client's F-1 status in the United States ends; the next status must be in place by then.");
  });

  it('warns on the first page when the comparison is stale, naming programmes and the rules’ dates, not ids and versions', () => {
    const memo = memoOf(snapshotOf('priya-sharma.case.json', ['us-h1b'], { stale: true, staleChanges: ['rules 2026-11-29.1 → 2026-12-03.1', 'us-h1b: employer cost 3,595 USD → 3,760 USD'] }));
    expect(memo.notices).toHaveLength(1);
    expect(memo.notices[0]).toContain('the programme rules changed from those of 29 November 2026 to those of 3 December 2026');
    expect(memo.notices[0]).toContain('H-1B specialty occupation: employer cost 3,595 USD → 3,760 USD');
    expect(memo.notices[0]).not.toMatch(/us-h1b|2026-11-29\.1/);
    expect(memo.nextSteps[0]?.when).toBe('Before relying on this memo');
  });
});

describe('buildMemo: edits', () => {
  const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS);

  it('replaces a section’s prose with the attorney’s text and keeps the generated text beside it', () => {
    const memo = memoOf(snapshot, { edits: { summary: 'Our advice in short.\n\nSecond paragraph.', disclaimer: 'Firm notice.' } });
    const summary = memo.sections.find(s => s.id === 'summary');
    expect(summary).toMatchObject({ text: 'Our advice in short.\n\nSecond paragraph.', edited: true });
    expect(summary?.generated).toContain('No route has been chosen as the recommended one yet');
    expect(memo.disclaimer.text).toBe('Firm notice.');
    expect(memo.sections.filter(s => s.edited).map(s => s.id)).toEqual(['summary', 'disclaimer']);
  });

  it('treats a blank edit as no edit, so a section is never printed empty', () => {
    const memo = memoOf(snapshot, { edits: { facts: '  \n ' } });
    const facts = memo.sections.find(s => s.id === 'facts');
    expect(facts?.edited).toBe(false);
    expect(facts?.text).toBe(facts?.generated);
  });

  it('replaces one route’s analysis prose by its own key, leaving the others and the generated verdict beside it', () => {
    const plain = memoOf(snapshot, { discussed: ['cn-k', 'us-h1b'] });
    const memo = memoOf(snapshot, { discussed: ['cn-k', 'us-h1b'], edits: { [routeEditKey('us-h1b')]: 'Our reading of the H-1B.', [routeEditKey('cn-k')]: ' ' } });
    expect(memo.analysis.map(a => a.programId)).toEqual(['cn-k', 'us-h1b']);
    const [k, h1b] = memo.analysis;
    expect(h1b).toMatchObject({ verdict: 'Our reading of the H-1B.', edited: true, generatedVerdict: plain.analysis[1]?.verdict });
    expect(k).toMatchObject({ verdict: plain.analysis[0]?.verdict, generatedVerdict: plain.analysis[0]?.verdict, edited: false });
  });

  it('closes with words that follow the engagement status, before the notice, unnumbered and editable', () => {
    const closing = (engagement: 'engaged' | 'pre-engagement', edits = {}) => memoOf(snapshot, { engagement, edits }).sections.find(s => s.id === 'closing');
    expect(closing('engaged')?.text).toMatch(/^Please let us know/);
    expect(closing('pre-engagement')?.text).toContain('engagement letter');
    expect(closing('engaged', { closing: 'Call me.' })).toMatchObject({ heading: 'Closing', text: 'Call me.', edited: true });
  });
});

describe('buildMemo: the notice follows the engagement status', () => {
  const snapshot = snapshotOf('priya-sharma.case.json', ['us-h1b']);

  it('before engagement: general information, no attorney-client relationship', () => {
    const memo = memoOf(snapshot, { engagement: 'pre-engagement' });
    expect(memo.disclaimer).toEqual({ engagement: 'pre-engagement', text: DEFAULT_DISCLAIMERS.preEngagement });
    expect(memo.disclaimer.text).toContain('It is not legal advice, and it does not create an attorney-client relationship.');
  });

  it('once engaged: advice scoped to the matter', () => {
    const memo = memoOf(snapshot, { engagement: 'engaged' });
    expect(memo.disclaimer).toEqual({ engagement: 'engaged', text: DEFAULT_DISCLAIMERS.engaged });
    expect(memo.disclaimer.text).toContain('for the matter named above only');
  });

  it('prints the firm’s own wording when it has one', () => {
    const firm = { ...FIRM, disclaimers: { preEngagement: 'Our pre-engagement notice.', engaged: 'Our engaged notice.' } };
    expect(memoOf(snapshot, { firm, engagement: 'pre-engagement' }).disclaimer.text).toBe('Our pre-engagement notice.');
    expect(memoOf(snapshot, { firm, engagement: 'engaged' }).sections.find(s => s.id === 'disclaimer')?.text).toBe('Our engaged notice.');
  });
});

describe('buildMemo: facts', () => {
  it('prints what the case file records', () => {
    const memo = memoOf(snapshotOf('priya-sharma.case.json', PRIYA_IDS));
    const rows = Object.fromEntries(memo.facts.flatMap(g => g.rows.map(r => [r.label, r])));
    expect(rows['Date of birth']).toEqual({ label: 'Date of birth', value: '12 April 1998 (age 28 on 29 November 2026)', unknown: false });
    expect(rows['Other names']?.value).toBe('प्रिया शर्मा');
    expect(rows['Annual salary']?.value).toBe('145,000 USD');
    expect(rows['Children']?.value).toBe('Born 1 September 2022, accompanying');
    // Two degrees, one line each.
    expect(rows['Education']?.value.split('\n')).toHaveLength(2);
    // 2024-06 to the assessment date, full time (workYears).
    expect(rows['Total work (full-time equivalent)']?.value).toBe('2.5 years');
  });

  it('lists facts the case file lacks as unknown, never as "no"', () => {
    // Li Wei's open routes: Express Entry (points), EB-1A (achievements), the Opportunity Card (funds).
    const memo = memoOf(snapshotOf('li-wei-minimal.case.json', ['us-h1b', 'cn-k', 'ca-express-entry', 'us-eb1a', 'de-opportunity-card']));
    const rows = Object.fromEntries(memo.facts.flatMap(g => g.rows.map(r => [r.label, r])));
    for (const label of ['Date of birth', 'Education', 'Work history', 'Language results', 'Children', 'Achievements', 'Funds available']) {
      expect(rows[label], label).toEqual({ label, value: UNKNOWN_FACT, unknown: true });
    }
    // null is the case file's "none" for a spouse, as the engine reads it.
    expect(rows['Spouse or partner']).toEqual({ label: 'Spouse or partner', value: 'None', unknown: false });
    expect(rows['Citizenship']).toEqual({ label: 'Citizenship', value: 'China', unknown: false });
    expect(rows['Other names']?.value).toBe('李伟');
  });

  it('lists only the facts the routes discussed rely on', () => {
    const snapshot = snapshotOf('li-wei-minimal.case.json', ['us-h1b', 'cn-k']);
    const groups = (discussed: string[]) => memoOf(snapshot, { discussed }).facts.map(g => g.heading);
    // The K visa asks for citizenship, education and (for salaried work) a job offer in China; neither asks for achievements or languages.
    expect(groups(['cn-k'])).toEqual(['Client', 'Family', 'Education', 'Job offer', 'Goals and means']);
    expect(groups(['us-h1b', 'cn-k'])).toEqual(['Client', 'Family', 'Education', 'Job offer', 'Goals and means']);
    const rows = memoOf(snapshot, { discussed: ['cn-k'] }).facts.flatMap(g => g.rows.map(r => r.label));
    expect(rows).not.toContain('Counted against the H-1B cap in the last six years');
    expect(rows).not.toContain('Funds available');
  });

  it('turns every needs-info gate into an open question naming the options waiting on it', () => {
    const snapshot = snapshotOf('li-wei-minimal.case.json', ['us-h1b', 'cn-k']);
    // Both are set aside by default (Li Wei has no job offer and is Chinese); discussed by choice here.
    const memo = memoOf(snapshot, { discussed: ['us-h1b', 'cn-k'] });
    const missing = snapshot.results.flatMap(a => a.gates.filter(g => g.status === 'unknown' && !g.judgement));
    expect(missing.length).toBeGreaterThan(0);
    // Li Wei's file records no education and no job offer: both options wait on his education.
    // With no job offer there is no employer whose size could matter. The H-1B also asks whether
    // he holds US permanent residence (its exclusion gate); the K visa does not: he is Chinese.
    const [h1b, k] = snapshot.results.map(a => a.programName);
    expect(memo.assumptions.openQuestions).toEqual([
      { fact: 'Permanent residence held in any country (or none)', neededBy: [h1b] },
      { fact: 'Education', neededBy: [h1b, k] },
    ]);
    expect(memo.nextSteps.find(s => s.what.startsWith('Client:'))?.what).toMatch(/^Client: send us the 2 facts listed as open questions in appendix B/);
  });

  it('lists the legal standards left to the attorney, one per judgement gate', () => {
    const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS);
    // The routes discussed: those not set aside (Express Entry is not eligible for Priya on 2026-11-29).
    const gates = snapshot.results.filter(a => a.status !== 'ineligible').flatMap(a => a.gates.filter(g => g.judgement && g.status === 'unknown').map(g => ({ programme: a.programName, criterion: g.label })));
    const memo = memoOf(snapshot);
    expect(memo.assumptions.judgements.map(({ programme, criterion }) => ({ programme, criterion }))).toEqual(gates);
    // The engine's "For the attorney to judge:" prefix is dropped: the list's heading says it.
    const h1b = memo.assumptions.judgements.find(j => j.criterion === 'Specialty occupation');
    expect(h1b?.question).toBe("Does the role require at least a bachelor's degree in a specific, related field (specialty occupation), and does the degree match it?");
  });
});

describe('buildMemo: options, analysis, assumptions and sources', () => {
  const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS);
  // All four discussed, by the attorney's choice, so every route's figures are checked.
  const memo = memoOf(snapshot, { discussed: PRIYA_IDS });
  const byId = (id: string) => snapshot.results.find(a => a.programId === id);

  it('writes each options row from the engine’s own figures', () => {
    expect(memo.options.rows.map(r => r.programId)).toEqual(PRIYA_IDS);
    const h1b = memo.options.rows[0];
    // The engine's H-1B for Priya (a change of status inside the US, large employer, wage level II):
    // no payment by the client; 3,595 USD by the employer; FY2027 weighted odds at level II, 30.58 %.
    expect(h1b).toMatchObject({ programme: byId('us-h1b')?.programName, country: 'United States', clientCost: '0 USD', employerCost: '3,595 USD', points: '—', odds: '30.6%' });
    expect(h1b?.toWork).toBe(`${String(byId('us-h1b')?.timeline.toWorkMonths?.[0])}–${String(byId('us-h1b')?.timeline.toWorkMonths?.[1])} months`);
    const ee = byId('ca-express-entry');
    expect(memo.options.rows[2]?.points).toBe(`${String(ee?.points?.total)} (needs ${String(ee?.points?.passMark)})`);
    // A fee of unknown amount is flagged on the payer's total.
    const k = memo.options.rows[1];
    expect(k?.clientCost.endsWith(' +?')).toBe(byId('cn-k')?.costs.unknown.some(u => u.payer === 'applicant'));
    expect(memo.options.rows[3]?.toPermanentResidence).toBe('No route');
  });

  it('writes the odds in their state and a conditional fee beside the total; an unknown figure asks for its fact', () => {
    expect(memo.options.rows.map(r => r.odds)).toEqual(['30.6%', 'No lottery', 'No lottery', 'No lottery']);
    // Abroad, wage level not recorded, on 2026-11-29 (past the $100,000 proclamation's 12-month term from 2025-09-21).
    const raw = loadFixture('priya-sharma.case.json') as { client: Record<string, unknown>; jobOffer: Record<string, unknown> };
    raw.client.residenceCountry = 'IN';
    raw.client.currentStatus = { country: 'IN', type: 'none' };
    delete raw.jobOffer.usWageLevel;
    const caseFile = CaseFile.parse(raw);
    const abroad = memoOf({ ...snapshot, caseFile, programIds: ['us-h1b'], results: evaluate(caseFile, ['us-h1b'], { asOf: AS_OF, assumptions: snapshot.assumptions, currency: 'USD' }) });
    expect(abroad.options.rows[0]).toMatchObject({ odds: 'Unknown', employerCost: '3,595 USD + 100,000 USD if the payment is extended or upheld' });
    const odds = abroad.analysis[0]?.items.find(x => x.label === 'Odds of selection');
    expect(odds?.lines).toEqual(["Unknown. The offer's US wage level is not recorded; under weighted selection the odds turn on it.", 'Needs: Job offer: US wage level.']);
    expect(abroad.assumptions.openQuestions).toContainEqual({ fact: 'Job offer: US wage level', neededBy: [byId('us-h1b')?.programName] });
  });

  it('heads every option with the shared headline, so a route with questions for the attorney is never a bare "Eligible"', () => {
    expect(memo.options.rows.map(r => r.status)).toEqual(snapshot.results.map(a => headline(a).text));
    expect(memo.options.rows[0]?.status).toBe('Likely eligible — 1 question for you');
    expect(memo.analysis[0]?.verdict).toBe(
      "Likely eligible — 1 question for you: every criterion the case file can decide is met. 1 criterion is left to the attorney's judgement.",
    );
    expect(memo.sections[0]?.text).toContain('the client meets every criterion the facts decide, with 1 legal standard for the attorney to judge');
  });

  it('carries the comparison screen’s own chart models', () => {
    expect(memo.charts.cost).toEqual(costChart(snapshot.results, 'USD'));
    expect(memo.charts.timeline).toEqual(timelineChart(snapshot.results));
  });

  it('analyses every option gate by gate, with cost by payer, timeline, odds, family and risks', () => {
    expect(memo.analysis.map(a => a.programId)).toEqual(PRIYA_IDS);
    memo.analysis.forEach((a, i) => {
      const engine = snapshot.results[i];
      expect(a.gates.map(g => g.label)).toEqual(engine?.gates.map(g => g.label));
      // The main risks (at most three), the rest counted here and listed in the appendix: none lost.
      expect(a.risks.length).toBe(Math.min(3, engine?.risks.length ?? 0));
      expect(a.risks.length + a.moreRisks).toBe(engine?.risks.length);
      const further = memo.assumptions.furtherRisks.find(r => r.programme === engine?.programName)?.risks ?? [];
      expect([...a.risks, ...further].sort()).toEqual([...(engine?.risks ?? [])].sort());
      expect(a.items.map(x => x.label)).toEqual(expect.arrayContaining(['Cost', 'Timeline', 'Family']));
    });
    const h1b = memo.analysis[0];
    expect(h1b?.gates.find(g => g.label === 'Specialty occupation')?.mark).toBe('judge');
    expect(h1b?.items.find(x => x.label === 'Cost')?.lines.slice(0, 2)).toEqual(['Client: 0 USD in total.', 'Employer: 3,595 USD in total.']);
    expect(h1b?.items.find(x => x.label === 'Odds of selection')?.lines[0]).toMatch(/^30\.6%: DHS's modelled odds for FY2027 registrations at wage level II: 30\.6%, a projection in the weighted-selection rule's regulatory impact analysis, not a result\.$/);
    // Priya is Indian: the India green-card backlog is among her H-1B's main risks.
    expect(h1b?.risks[0]).toMatch(/^India .*backlogs/);
    // A route without a lottery says so in the table and needs no odds line.
    expect(memo.analysis[1]?.items.map(x => x.label)).not.toContain('Odds of selection');
  });

  it('ranks each option as the comparison screen does: the mark, and the fit only where it agrees', () => {
    const ranks = rankAssessments(snapshot.results, snapshot.caseFile.goals?.priorities);
    for (const a of memo.analysis) {
      const r = ranks.find(x => x.programId === a.programId);
      const item = a.items.find(x => x.label === 'Fit with priorities');
      expect(item?.lines[0]?.startsWith(`${String(r?.rank)} of 4 by the client's priorities`)).toBe(true);
      expect(item?.lines[0]?.includes('fit ')).toBe(r?.scoreMatchesRank === true);
    }
    const k = memo.analysis.find(a => a.programId === 'cn-k')?.items.find(x => x.label === 'Fit with priorities');
    expect(k?.lines[0]).toMatch(/, figures mostly unknown\.$/);
    // Never a route not eligible as the one that fits best.
    const notEligible = snapshot.results.filter(a => a.status === 'ineligible').map(a => a.programName);
    const best = /the route that fits best is ([^:]*):/.exec(memo.sections[0]?.text ?? '')?.[1] ?? '';
    expect(best).not.toBe('');
    for (const name of notEligible) expect(best).not.toContain(name);
  });

  it('lists each policy assumption used, with its value and status', () => {
    expect(memo.assumptions.policy.map(p => p.key)).toEqual(['us-h1b-100k-payment', 'us-h1b-weighted-selection', 'cn-k-work-authorised']);
    // 2026-11-29 is past the proclamation's 12-month term (from 2025-09-21), with no extension on record.
    expect(memo.assumptions.policy[0]?.value).toBe('Unclear (past its 12-month term; no extension on record); the default on 29 November 2026');
    expect(memo.assumptions.policy[0]?.status).toContain('vacated the policy on 2026-06-08');
    const vacated = memoOf(snapshotOf('priya-sharma.case.json', ['us-h1b'], { assumptions: { 'us-h1b-100k-payment': 'vacated' } }));
    expect(vacated.assumptions.policy[0]?.value).toBe('Does not apply (vacatur upheld, or lapsed)');
    expect(memoOf(snapshotOf('priya-sharma.case.json', ['ca-express-entry'])).assumptions.policy).toEqual([]);
  });

  it('records the what-if changes the comparison used', () => {
    const whatIf = memoOf(snapshotOf('priya-sharma.case.json', ['us-h1b'], { whatIf: [{ field: 'languages[0].speaking', before: 7, after: 7.5 }, { field: 'funds', before: null, after: { amount: 1, currency: 'USD' } }] }));
    // In words: the fact's label, not its field path; an amount with its currency, not JSON.
    expect(whatIf.assumptions.whatIf).toEqual(['English IELTS-GT result: speaking score: 7, compared as 7.5', 'Funds available: not recorded, compared as 1 USD']);
  });

  it('numbers every cited source once, and every option cites by those numbers', () => {
    const cited = new Set(snapshot.results.flatMap(a => a.sources.map(s => s.id)));
    const ids = memo.sources.map(s => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of cited) expect(ids).toContain(id);
    expect(memo.sources.map(s => s.number)).toEqual(memo.sources.map((_, i) => i + 1));
    // Official (government) sources first; then the others, confirmed before reported before unconfirmed.
    const official = memo.sources.map(s => s.official);
    expect(official).toEqual([...official].sort((x, y) => Number(y) - Number(x)));
    expect(memo.sources.filter(s => s.official).map(s => new URL(s.url).hostname)).toContain('uscode.house.gov');
    const order = memo.sources.filter(s => !s.official).map(s => ['confirmed', 'reported', 'unconfirmed'].indexOf(s.confidence));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(isOfficial('https://www.canada.ca/en/x')).toBe(true);
    expect(isOfficial('https://laws-lois.justice.gc.ca/eng/acts/I-2.5/')).toBe(true);
    expect(isOfficial('https://en.gxzf.gov.cn/x')).toBe(true);
    // A look-alike or a law firm is not official, however sure the catalogue is of it.
    expect(isOfficial('https://usciss.us/h1b')).toBe(false);
    expect(isOfficial('https://www.uscis.gov@evil.example/x')).toBe(false);
    expect(isOfficial('https://www.fragomen.com/insights')).toBe(false);
    for (const s of memo.sources) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    memo.analysis.forEach((a, i) => {
      const own = new Set(snapshot.results[i]?.sources.map(s => s.id));
      expect(a.sourceNumbers.map(n => memo.sources[n - 1]?.id).every(id => id !== undefined && own.has(id))).toBe(true);
      expect(a.sourceNumbers).toHaveLength(own.size);
    });
    // The assumptions' own sources are listed too.
    for (const p of memo.assumptions.policy) expect(p.sourceNumbers.length).toBeGreaterThan(0);
  });
});
