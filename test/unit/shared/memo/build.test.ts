// buildMemo turns a saved comparison into the memo's view model: sections in a fixed order, the
// attorney's edits in place of generated prose, the notice for the engagement status, every fact
// (unknowns as unknown), and every figure exactly as the engine computed it.
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../../shared/case-file';
import { costChart, timelineChart } from '../../../../shared/compare/chart-model';
import type { Snapshot } from '../../../../shared/contract';
import { buildMemo, FALLBACK_FIRM_NAME, SECTION_HEADINGS, SECTION_IDS, type Firm } from '../../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../../shared/memo/disclaimers';
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

  it('lists every section once, in the fixed order, numbered, with the shared headings', () => {
    expect(memo.sections.map(s => s.id)).toEqual([...SECTION_IDS]);
    expect(memo.sections.map(s => s.heading)).toEqual(SECTION_IDS.map((id, i) => `${String(i + 1)}. ${SECTION_HEADINGS[id]}`));
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
    expect(memo.regarding).toBe(`Comparison of 4 immigration options (catalogue ${RULES_VERSION}, assessed as of 29 November 2026, costs in USD)`);
  });

  it('falls back to a plain letterhead name and the case id when the firm or matter is not set', () => {
    const bare = memoOf(snapshotOf('priya-sharma.case.json', ['us-h1b']), { firm: { ...FIRM, name: ' ', attorneyName: '' }, reference: undefined });
    expect(bare.letterhead.firmName).toBe(FALLBACK_FIRM_NAME);
    expect(bare.meta.author).toBe(FALLBACK_FIRM_NAME);
    expect(bare.matter).toBe(`Case ${CASE_ID}`);
  });
});

describe('buildMemo: summary and recommendation', () => {
  it('names the pinned option and quotes the rationale', () => {
    const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS, { recommendation: { programId: 'ca-express-entry', rationale: 'Permanent residence for the whole family within a year.' } });
    const memo = memoOf(snapshot);
    const name = snapshot.results.find(a => a.programId === 'ca-express-entry')?.programName ?? '';
    expect(memo.summary).toEqual({ recommendedProgramId: 'ca-express-entry', recommendedName: name });
    expect(memo.sections[0]?.text).toContain(`Recommended option: ${name}, in Canada.`);
    expect(memo.sections.find(s => s.id === 'recommendation')?.text).toMatch(/^We recommend .+, in Canada\.\n\nPermanent residence for the whole family within a year\./);
    expect(memo.options.rows.filter(r => r.recommended).map(r => r.programId)).toEqual(['ca-express-entry']);
    expect(memo.analysis.filter(a => a.recommended).map(a => a.programId)).toEqual(['ca-express-entry']);
  });

  it('says so when no option was pinned', () => {
    const memo = memoOf(snapshotOf('priya-sharma.case.json', PRIYA_IDS));
    expect(memo.summary).toEqual({ recommendedProgramId: null, recommendedName: null });
    expect(memo.sections[0]?.text).toContain('No option has been pinned as the recommended one.');
    expect(memo.sections.find(s => s.id === 'recommendation')?.text).toMatch(/^No recommendation has been recorded/);
    expect(memo.options.rows.some(r => r.recommended)).toBe(false);
  });

  it('counts the verdicts as the engine gave them', () => {
    const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS);
    // Eligible outright only when nothing is left to the attorney (the shared headline's "Eligible").
    const eligible = snapshot.results.filter(a => headline(a).kind === 'eligible').length;
    expect(memoOf(snapshot).sections[0]?.text).toContain(`the client is eligible for ${String(eligible)} of the ${String(PRIYA_IDS.length)}`);
  });

  it('warns on the first page when the comparison is stale', () => {
    const memo = memoOf(snapshotOf('priya-sharma.case.json', ['us-h1b'], { stale: true, staleChanges: ['us-h1b: employer cost 3,595 USD → 3,760 USD'] }));
    expect(memo.notices).toHaveLength(1);
    expect(memo.notices[0]).toContain('us-h1b: employer cost 3,595 USD → 3,760 USD');
  });
});

describe('buildMemo: edits', () => {
  const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS);

  it('replaces a section’s prose with the attorney’s text and keeps the generated text beside it', () => {
    const memo = memoOf(snapshot, { edits: { summary: 'Our advice in short.\n\nSecond paragraph.', disclaimer: 'Firm notice.' } });
    const summary = memo.sections.find(s => s.id === 'summary');
    expect(summary).toMatchObject({ text: 'Our advice in short.\n\nSecond paragraph.', edited: true });
    expect(summary?.generated).toContain('This memo compares 4 immigration options for Priya Sharma');
    expect(memo.disclaimer.text).toBe('Firm notice.');
    expect(memo.sections.filter(s => s.edited).map(s => s.id)).toEqual(['summary', 'disclaimer']);
  });

  it('treats a blank edit as no edit, so a section is never printed empty', () => {
    const memo = memoOf(snapshot, { edits: { facts: '  \n ' } });
    const facts = memo.sections.find(s => s.id === 'facts');
    expect(facts?.edited).toBe(false);
    expect(facts?.text).toBe(facts?.generated);
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
    expect(memoOf(snapshot, { firm, engagement: 'engaged' }).sections.at(-1)?.text).toBe('Our engaged notice.');
  });
});

describe('buildMemo: facts', () => {
  it('prints what the case file records', () => {
    const memo = memoOf(snapshotOf('priya-sharma.case.json', ['us-h1b']));
    const rows = Object.fromEntries(memo.facts.flatMap(g => g.rows.map(r => [r.label, r])));
    expect(rows['Date of birth']).toEqual({ label: 'Date of birth', value: '12 April 1998 (age 28 on 29 November 2026)', unknown: false });
    expect(rows['Other names']?.value).toBe('प्रिया शर्मा');
    expect(rows['Annual salary']?.value).toBe('145,000 USD');
    expect(rows['Children']?.value).toBe('born 1 September 2022, accompanying');
    // Two degrees, one line each.
    expect(rows['Education']?.value.split('\n')).toHaveLength(2);
    // 2024-06 to the assessment date, full time (workYears).
    expect(rows['Total work (full-time equivalent)']?.value).toBe('2.5 years');
  });

  it('lists facts the case file lacks as unknown, never as "no"', () => {
    const memo = memoOf(snapshotOf('li-wei-minimal.case.json', ['us-h1b', 'cn-k']));
    const rows = Object.fromEntries(memo.facts.flatMap(g => g.rows.map(r => [r.label, r])));
    for (const label of ['Date of birth', 'Education', 'Work history', 'Language results', 'Job offer', 'Spouse or partner', 'Children', 'Achievements', 'Funds available']) {
      expect(rows[label], label).toEqual({ label, value: UNKNOWN_FACT, unknown: true });
    }
    expect(rows['Citizenship']).toEqual({ label: 'Citizenship', value: 'China', unknown: false });
    expect(rows['Other names']?.value).toBe('李伟');
  });

  it('turns every needs-info gate into an open question naming the options waiting on it', () => {
    const snapshot = snapshotOf('li-wei-minimal.case.json', ['us-h1b', 'cn-k']);
    const memo = memoOf(snapshot);
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
    expect(memo.sections[0]?.text).toContain('2 facts are still unknown');
  });

  it('lists the legal standards left to the attorney, one per judgement gate', () => {
    const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS);
    const gates = snapshot.results.flatMap(a => a.gates.filter(g => g.judgement && g.status === 'unknown').map(g => ({ programme: a.programName, criterion: g.label })));
    const memo = memoOf(snapshot);
    expect(memo.assumptions.judgements.map(({ programme, criterion }) => ({ programme, criterion }))).toEqual(gates);
    // The engine's "For the attorney to judge:" prefix is dropped: the list's heading says it.
    const h1b = memo.assumptions.judgements.find(j => j.criterion === 'Specialty occupation');
    expect(h1b?.question).toBe("Does the role require at least a bachelor's degree in a specific, related field (specialty occupation), and does the degree match it?");
  });
});

describe('buildMemo: options, analysis, assumptions and sources', () => {
  const snapshot = snapshotOf('priya-sharma.case.json', PRIYA_IDS);
  const memo = memoOf(snapshot);
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
    const likely = snapshot.results.filter(a => headline(a).kind === 'likely').length;
    expect(memo.sections[0]?.text).toContain(`${String(likely)} are likely eligible, with questions for the attorney`);
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
      expect(a.risks).toEqual(engine?.risks);
      expect(a.items.map(x => x.label)).toEqual(expect.arrayContaining(['Cost to the client', 'Cost to the employer', 'Timeline', 'Odds of selection', 'Family']));
    });
    const h1b = memo.analysis[0];
    expect(h1b?.gates.find(g => g.label === 'Specialty occupation')?.mark).toBe('judge');
    expect(h1b?.items.find(x => x.label === 'Cost to the employer')?.lines[0]).toBe('3,595 USD in total.');
    expect(h1b?.items.find(x => x.label === 'Odds of selection')?.lines[0]).toBe('30.6%.');
  });

  it('lists each policy assumption used, with its value and status', () => {
    expect(memo.assumptions.policy.map(p => p.key)).toEqual(['us-h1b-100k-payment', 'us-h1b-weighted-selection', 'cn-k-work-authorised']);
    // 2026-11-29 is past the proclamation's 12-month term (from 2025-09-21), with no extension on record.
    expect(memo.assumptions.policy[0]?.value).toBe('Unclear (past its 12-month term; no extension on record); the default on 2026-11-29');
    expect(memo.assumptions.policy[0]?.status).toContain('vacated the policy on 2026-06-08');
    const vacated = memoOf(snapshotOf('priya-sharma.case.json', ['us-h1b'], { assumptions: { 'us-h1b-100k-payment': 'vacated' } }));
    expect(vacated.assumptions.policy[0]?.value).toBe('Does not apply (vacatur upheld, or lapsed)');
    expect(memoOf(snapshotOf('priya-sharma.case.json', ['ca-express-entry'])).assumptions.policy).toEqual([]);
  });

  it('records the what-if changes the comparison used', () => {
    const whatIf = memoOf(snapshotOf('priya-sharma.case.json', ['us-h1b'], { whatIf: [{ field: 'languages[0].speaking', before: 7, after: 7.5 }, { field: 'funds', before: null, after: { amount: 1, currency: 'USD' } }] }));
    expect(whatIf.assumptions.whatIf).toEqual(['languages[0].speaking: 7, compared as 7.5', 'funds: not recorded, compared as {"amount":1,"currency":"USD"}']);
  });

  it('numbers every cited source once, and every option cites by those numbers', () => {
    const cited = new Set(snapshot.results.flatMap(a => a.sources.map(s => s.id)));
    const ids = memo.sources.map(s => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of cited) expect(ids).toContain(id);
    expect(memo.sources.map(s => s.number)).toEqual(memo.sources.map((_, i) => i + 1));
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
