// Rankings of real assessments (evaluate() on the Priya Sharma fixture). Expected points are worked
// by hand from the weights documented in shared/compare/ranking.ts: priorities by position 40/30/20/10,
// unlisted ones share the rest; cost splits 9:1 between client and employer; family splits 1:1.
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../../shared/case-file';
import { classifyChildren, classifySpouseWork, priorityWeights, rankAssessments, type RankedOption } from '../../../../shared/compare/index';
import { programById } from '../../../../shared/programs/index';
import { evaluate } from '../../../../shared/rules/evaluate';
import { loadFixture } from '../../../fixtures';

const AS_OF = '2026-11-29';
const priya = CaseFile.parse(loadFixture('priya-sharma.case.json'));
const assess = (ids: string[]) => evaluate(priya, ids, { asOf: AS_OF });
const by = (ranked: RankedOption[], id: string): RankedOption => {
  const r = ranked.find(o => o.programId === id);
  if (!r) throw new Error(`no ${id}`);
  return r;
};
const points = (o: RankedOption, criterion: string) => o.breakdown.find(l => l.criterion === criterion)?.points;
/** The reasons mention `text` (each priority's sentence quotes the facts it weighed). */
const says = (o: RankedOption, text: string) => o.reasons.some(r => r.includes(text));

describe('priorityWeights', () => {
  it('weighs listed priorities 40/30/20/10 and shares the rest equally', () => {
    expect(priorityWeights(['speed', 'permanent-residence', 'family', 'cost']).weights).toEqual({ speed: 40, 'permanent-residence': 30, family: 20, cost: 10 });
    // Two listed: 40 + 30; the other two share 30.
    expect(priorityWeights(['cost', 'speed']).weights).toEqual({ cost: 40, speed: 30, 'permanent-residence': 15, family: 15 });
    expect(priorityWeights(null)).toEqual({ order: ['speed', 'permanent-residence', 'family', 'cost'], weights: { speed: 25, 'permanent-residence': 25, family: 25, cost: 25 }, stated: false, listed: 0 });
  });
});

describe('rankAssessments: the priority order decides between a fast route and a cheap one', () => {
  // gb-hpi: 1–2 months to work, no route to permanent residence, client pays about 12,000 USD plus an
  // unknown fee, spouse's work rights unknown. us-o1a: 1–14 months to work, 29–73 to permanent
  // residence, client pays 0 (the employer pays), the O-3 spouse may not work. Both eligible.
  const pair = assess(['gb-hpi', 'us-o1a']);
  const [hpi, o1a] = pair;

  it('uses the catalogue facts the arithmetic below assumes', () => {
    expect(hpi?.status).toBe('eligible');
    expect(o1a?.status).toBe('eligible');
    expect(hpi?.timeline.toWorkMonths).toEqual([1, 2]);
    expect(o1a?.timeline.toWorkMonths).toEqual([1, 14]);
    expect(programById('gb-hpi')?.permanentResidence).toBeNull();
    expect(hpi?.costs.totals.applicant.amount).toBeGreaterThan(0);
    expect(hpi?.costs.unknown.some(u => u.payer === 'applicant')).toBe(true);
    expect(hpi?.costs.totals.employer.amount).toBe(0);
    expect(o1a?.costs.totals.applicant.amount).toBe(0);
    expect(o1a?.costs.totals.employer.amount).toBeGreaterThan(0);
  });

  it('speed first: gb-hpi wins, 54.3 to 49.5', () => {
    const ranked = rankAssessments(pair, ['speed', 'cost']);
    expect(ranked.map(r => r.programId)).toEqual(['gb-hpi', 'us-o1a']);
    const h = by(ranked, 'gb-hpi');
    const o = by(ranked, 'us-o1a');
    // Speed 40: midpoints 1.5 vs 7.5 → gb-hpi all 40, us-o1a 0.
    expect(points(h, 'Speed: months to work')).toBe(40);
    expect(points(o, 'Speed: months to work')).toBe(0);
    // Cost 30 = client 27 + employer 3. Client: 0 is cheapest (27); gb-hpi is the dearest (0).
    // Employer: gb-hpi 0 is cheapest (3), us-o1a 0.
    expect(points(h, 'Cost to the client')).toBe(0);
    expect(points(o, 'Cost to the client')).toBe(27);
    expect(points(h, 'Cost to the employer (minor, mostly a tie-breaker)')).toBe(3);
    // Permanent residence 15: none → 0; us-o1a is the only known one → 15.
    expect(points(h, 'Permanent residence: months to it')).toBe(0);
    expect(points(o, 'Permanent residence: months to it')).toBe(15);
    // Family 15 = spouse 7.5 + children 7.5. Unknown spouse rights: half, 3.75 → 3.8; "may not work": 0.
    expect(points(h, 'Family: spouse may work')).toBe(3.8);
    expect(points(o, 'Family: spouse may work')).toBe(0);
    expect(points(h, 'Family: children may accompany')).toBe(7.5);
    // 40 + 0 + 3 + 0 + 3.8 + 7.5 = 54.3; 0 + 27 + 0 + 15 + 0 + 7.5 = 49.5.
    expect(h.score).toBe(54.3);
    expect(o.score).toBe(49.5);
    expect(says(h, 'Fastest to work: 1–2 months (1st of 2).')).toBe(true);
    expect(says(h, 'No route to permanent residence.')).toBe(true);
    expect(says(o, 'Lowest cost to the client: 0 USD.')).toBe(true);
    expect(says(o, 'Spouse may not work.')).toBe(true);
    expect(says(o, 'Time to work: 1–14 months (2nd fastest of 2).')).toBe(true);
  });

  it('cost first: us-o1a wins, 58.5 to 45.3', () => {
    const ranked = rankAssessments(pair, ['cost', 'speed']);
    expect(ranked.map(r => r.programId)).toEqual(['us-o1a', 'gb-hpi']);
    // Cost 40 (client 36, employer 4), speed 30, permanent residence 15, family 15:
    // us-o1a 36 + 0 + 0 + 15 + 0 + 7.5 = 58.5; gb-hpi 0 + 4 + 30 + 0 + 3.8 + 7.5 = 45.3.
    expect(by(ranked, 'us-o1a').score).toBe(58.5);
    expect(by(ranked, 'gb-hpi').score).toBe(45.3);
    expect(ranked.map(r => r.rank)).toEqual([1, 2]);
  });

  it('puts every point of the score in the breakdown, with weights summing to 100', () => {
    for (const priorities of [['speed', 'cost'], ['cost'], null] as const) {
      for (const o of rankAssessments(pair, priorities)) {
        expect(o.breakdown.reduce((s, l) => s + l.weight, 0)).toBeCloseTo(100, 6);
        expect(o.score).toBeCloseTo(o.breakdown.reduce((s, l) => s + l.points, 0), 6);
        for (const l of o.breakdown) expect(l.points).toBeLessThanOrEqual(l.weight);
      }
    }
  });

  it('names the client cost that misses a fee and scores it no better than neutral', () => {
    const h = by(rankAssessments(pair, ['cost']), 'gb-hpi');
    expect(h.reasons.some(r => /: Cost to the client: at least [\d,]+ USD plus 1 fee of unknown amount/.test(r))).toBe(true);
  });

  it('names a fee owed only if a policy holds without scoring it (the $100,000 past the proclamation’s term)', () => {
    const abroad = CaseFile.parse({ ...loadFixture('priya-sharma.case.json'), client: { ...priya.client, residenceCountry: 'IN', currentStatus: { country: 'IN', type: 'none' } } });
    const list = evaluate(abroad, ['us-h1b', 'us-o1a'], { asOf: AS_OF });
    const conditional = by(rankAssessments(list, ['cost']), 'us-h1b');
    const charged = by(rankAssessments(evaluate(abroad, ['us-h1b', 'us-o1a'], { asOf: AS_OF, assumptions: { 'us-h1b-100k-payment': 'vacated' } }), ['cost']), 'us-h1b');
    expect(conditional.score).toBe(charged.score);
    expect(conditional.reasons).toContainEqual(expect.stringMatching(/\+ 100,000 USD if the payment is extended or upheld \(not scored\)\.$/));
  });
});

describe('rankAssessments: tiers, unknowns and ties', () => {
  const ids = ['us-l1', 'de-opportunity-card', 'cn-k', 'us-o1a', 'ca-express-entry'];
  // With her and her husband's degrees assessed (ECA), Express Entry's FSW is open to Priya: eligible,
  // 456 CRS points, below the 508 cut-off, and no recent round of invitations was open to her profile.
  const assessed = structuredClone(priya);
  for (const e of [...(assessed.education ?? []), ...(assessed.spouse?.education ?? [])]) e.credentialAssessed = true;
  const all = evaluate(assessed, ids, { asOf: AS_OF });

  it('ranks eligible, then eligible below recent cut-offs or on mostly unknown figures, then needs-info, then ineligible, whatever the scores', () => {
    const ranked = rankAssessments(all, priya.goals?.priorities);
    const status = Object.fromEntries(all.map(a => [a.programId, a.status]));
    expect(status['us-l1']).toBe('ineligible');
    expect(status['de-opportunity-card']).toBe('needs-info');
    expect(status['ca-express-entry']).toBe('eligible');
    expect(all.find(a => a.programId === 'ca-express-entry')?.standing?.kind).toBe('below-recent-cutoffs');
    expect(ranked.map(r => r.programId)).toEqual(['us-o1a', 'ca-express-entry', 'cn-k', 'de-opportunity-card', 'us-l1']);
    expect(ranked.map(r => r.mark?.kind ?? null)).toEqual([null, 'below-recent-cutoffs', 'mostly-unknown', 'needs-info', 'ineligible']);
    // Scores order routes only within a tier: us-l1 outscores the eligible us-o1a (its spouse may
    // work) yet ranks last; the needs-info Opportunity Card outscores every eligible route; and
    // Express Entry outscores both plainly eligible routes, yet no invitation is expected, so it
    // does not outrank them.
    expect(by(ranked, 'us-l1').score).toBeGreaterThan(by(ranked, 'us-o1a').score);
    expect(by(ranked, 'de-opportunity-card').score).toBeGreaterThan(by(ranked, 'ca-express-entry').score);
    expect(by(ranked, 'ca-express-entry').score).toBeGreaterThan(by(ranked, 'cn-k').score);
    expect(by(ranked, 'us-l1').reasons[0]).toMatch(/^Not eligible: 1 continuous year with the company abroad/);
    expect(by(ranked, 'de-opportunity-card').reasons[0]).toMatch(/^Needs information: .*At least 6 points/);
    // Three questions are left to the attorney (the work-rights assumption is unclear by default), and
    // every figure the ranking weighs is unknown, so the K visa cannot outrank the O-1A.
    expect(by(ranked, 'cn-k').score).toBeGreaterThan(by(ranked, 'us-o1a').score);
    expect(by(ranked, 'cn-k').reasons[0]).toBe(
      "Likely eligible — 3 questions for you, but 5 of the 5 figures the ranking weighs are unknown (time to work, time to permanent residence, cost to the client, the spouse's work rights, whether children can come), so it ranks below every route eligible without that doubt.",
    );
    expect(by(ranked, 'ca-express-entry').reasons[0]).toMatch(
      /^In the pool, below recent cut-offs: 456 vs 508 .*no recent round was open to this profile\..* it ranks below every route eligible without that doubt\.$/,
    );
  });

  it('counts unknown times and family facts as neutral (half the weight) and says so', () => {
    const k = by(rankAssessments(all, ['speed', 'permanent-residence', 'family', 'cost']), 'cn-k');
    expect(all.find(a => a.programId === 'cn-k')?.timeline.toWorkMonths).toBeNull();
    expect(points(k, 'Speed: months to work')).toBe(20);
    expect(points(k, 'Permanent residence: months to it')).toBe(15);
    expect(points(k, 'Family: spouse may work')).toBe(5);
    expect(points(k, 'Family: children may accompany')).toBe(5);
    expect(says(k, 'Time to work unknown: counted as neutral (half its weight).')).toBe(true);
    expect(says(k, 'Time to permanent residence unknown: counted as neutral (half its weight).')).toBe(true);
    // No route at all is not unknown: it scores nothing.
    const oc = by(rankAssessments(all, ['permanent-residence']), 'de-opportunity-card');
    expect(points(oc, 'Permanent residence: months to it')).toBe(0);
  });

  it('says when no priorities are recorded and weighs all four equally', () => {
    for (const o of rankAssessments(all, undefined)) {
      expect(o.reasons.at(-1)).toBe('No priorities are recorded, so speed, permanent residence, family and cost weigh equally (25 points each).');
    }
    expect(rankAssessments(all, [])[0]?.reasons.at(-1)).toMatch(/^No priorities are recorded/);
  });

  it('does not depend on the order of the input, and breaks ties by programme id', () => {
    const forward = rankAssessments(all, ['cost']);
    const backward = rankAssessments([...all].reverse(), ['cost']);
    expect(backward).toEqual(forward);
    // Two copies of one assessment under different ids tie exactly; the lower id ranks first.
    const o1a = all.find(a => a.programId === 'us-o1a');
    if (!o1a) throw new Error('no us-o1a');
    const twins = rankAssessments([{ ...o1a, programId: 'zz-twin' }, o1a], ['speed']);
    expect(twins.map(t => t.programId)).toEqual(['us-o1a', 'zz-twin']);
    expect(twins[0]?.score).toBe(twins[1]?.score);
  });

  it('returns nothing for no assessments', () => {
    expect(rankAssessments([], ['speed'])).toEqual([]);
  });
});

describe('family classification of the catalogue sentences', () => {
  const texts = Object.fromEntries(
    assess(['us-h1b', 'us-o1a', 'us-l1', 'us-eb2-niw', 'cn-r', 'ca-global-talent-stream', 'de-blue-card', 'gb-hpi']).map(a => [a.programId, a.family]),
  );
  it.each([
    ['us-h1b', 'with a permit'], // "may work only with an H-4 EAD"
    ['us-o1a', 'may not work'],
    ['us-l1', 'may work'], // "work-authorised incident to status (no EAD needed)"
    ['us-eb2-niw', 'with a permit'], // "may work on an EAD while the I-485 is pending"
    ['cn-r', 'unknown'], // "the source does not say the spouse may work"
    ['ca-global-talent-stream', 'with a permit'], // "eligible for an open work permit if…"
    ['de-blue-card', 'may work'],
    ['gb-hpi', 'unknown'],
  ])('%s: %s', (id, expected) => {
    expect(classifySpouseWork(texts[id]?.spouseWork ?? '')).toBe(expected);
  });
  it('children: unknown only when the sentence says so', () => {
    expect(classifyChildren(texts['us-o1a']?.children ?? '')).toBe('yes');
    expect(classifyChildren('Unknown: not researched.')).toBe('unknown');
    expect(classifyChildren('Children cannot accompany.')).toBe('no');
  });
});

describe('rankAssessments: scores, marks and reasons in words', () => {
  const ids = ['us-l1', 'de-opportunity-card', 'cn-k', 'us-o1a', 'ca-express-entry', 'gb-hpi'];
  const all = assess(ids);

  it('shows the score only where it agrees with the rank order', () => {
    for (const priorities of [['speed', 'cost'], ['family'], null] as const) {
      const ranked = rankAssessments(all, priorities);
      ranked.forEach((o, i) => {
        const agrees = ranked.slice(0, i).every(x => x.score >= o.score) && ranked.slice(i + 1).every(x => x.score <= o.score);
        expect(o.scoreMatchesRank, o.programId).toBe(agrees);
      });
      // Across tiers some scores disagree with the order here, so some are hidden.
      expect(ranked.some(o => !o.scoreMatchesRank)).toBe(true);
      // Within a tier, rank order is score order.
      for (let i = 1; i < ranked.length; i++) {
        const [prev, cur] = [ranked[i - 1], ranked[i]];
        if (prev && cur && (prev.mark?.kind ?? '') === (cur.mark?.kind ?? '')) expect(prev.score).toBeGreaterThanOrEqual(cur.score);
      }
    }
    // One tier only: every score agrees with its rank.
    const eligible = rankAssessments(assess(['gb-hpi', 'us-o1a']), ['speed']);
    expect(eligible.every(o => o.scoreMatchesRank)).toBe(true);
  });

  it('puts not-eligible routes after every eligible or needs-information route, whatever the options', () => {
    for (const markedLast of [true, false]) {
      const ranked = rankAssessments(all, ['family'], { markedLast });
      const lastOk = Math.max(...ranked.filter(o => o.mark?.kind !== 'ineligible').map(o => o.rank));
      const firstIneligible = Math.min(...ranked.filter(o => o.mark?.kind === 'ineligible').map(o => o.rank));
      expect(firstIneligible).toBeGreaterThan(lastOk);
    }
  });

  it('lets a marked route outrank a well-known one only when asked (markedLast: false)', () => {
    const byDefault = rankAssessments(all, ['speed']);
    const asked = rankAssessments(all, ['speed'], { markedLast: false });
    // Unknown times count as neutral, so the K visa outscores the O-1A (1–14 months) on speed.
    expect(by(byDefault, 'cn-k').score).toBeGreaterThan(by(byDefault, 'us-o1a').score);
    expect(by(byDefault, 'cn-k').rank).toBeGreaterThan(by(byDefault, 'us-o1a').rank);
    expect(by(asked, 'cn-k').rank).toBeLessThan(by(asked, 'us-o1a').rank);
    expect(by(asked, 'cn-k').mark?.label).toBe('figures mostly unknown');
    expect(by(asked, 'cn-k').reasons[0]).toMatch(/but it is ranked by score all the same, as asked\.$/);
  });

  it('says per priority, in words, how much of its weight it gave, and the points add up to the score', () => {
    const ranked = rankAssessments(assess(['gb-hpi', 'us-o1a']), ['speed', 'cost']);
    const h = by(ranked, 'gb-hpi');
    expect(h.contributions.map(c => c.priority)).toEqual(['speed', 'cost', 'permanent-residence', 'family']);
    expect(h.reasons).toContain("Speed, the client's 1st priority (40 of 100), gave its full weight: Fastest to work: 1–2 months (1st of 2).");
    expect(h.reasons).toContain("Permanent residence, not among the client's priorities (15 of 100), gave nothing: No route to permanent residence.");
    // Family: 3.8 + 7.5 of 15 is 75 %.
    expect(h.reasons.find(r => r.startsWith('Family,'))).toMatch(/^Family, not among the client's priorities \(15 of 100\), gave most of its weight: /);
    expect(h.contributions.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(h.score, 6);
    const equal = by(rankAssessments(assess(['gb-hpi', 'us-o1a']), null), 'us-o1a');
    expect(equal.reasons).toContain('Family, weighed equally with the others (25 of 100), gave about half its weight: Spouse may not work. Children can accompany.');
  });
});

describe('the K visa work-rights assumption changes the K visa', () => {
  const k = (value: string) => {
    const list = evaluate(priya, ['cn-k', 'us-o1a', 'us-l1'], { asOf: AS_OF, assumptions: { 'cn-k-work-authorised': value } });
    const a = list.find(x => x.programId === 'cn-k');
    if (!a) throw new Error('no cn-k');
    return { a, gate: a.gates.find(g => g.id === 'cn-k-salaried-work'), ranked: by(rankAssessments(list, priya.goals?.priorities), 'cn-k') };
  };

  it('unclear (default): the work-rights criterion is left to the attorney; eligible, marked, below the O-1A', () => {
    const { a, gate, ranked } = k('unclear');
    expect(gate).toMatchObject({ status: 'unknown', judgement: true });
    expect(a.status).toBe('eligible');
    expect(a.risks[0]).toMatch(/^Salaried work: the official list of activities/);
    expect(ranked).toMatchObject({ rank: 2, mark: { kind: 'mostly-unknown' } });
  });

  it('no: without a Chinese job offer the criterion fails, the risk says so and it ranks last', () => {
    const { a, gate, ranked } = k('no');
    expect(gate?.status).toBe('not-met');
    expect(gate?.reason).toMatch(/No: a work permit and Z visa are still needed/);
    expect(a.status).toBe('ineligible');
    expect(a.risks[0]).toMatch(/^Salaried work is assumed not allowed: a salaried job in China needs an employer's work permit and a Z visa/);
    expect(ranked).toMatchObject({ rank: 3, mark: { kind: 'ineligible' } });
  });

  it('no, with a job offer in China: the work permit and Z visa route meets the criterion', () => {
    const offer = { ...priya, jobOffer: { ...priya.jobOffer, country: 'CN' } } as CaseFile;
    const a = evaluate(offer, ['cn-k'], { asOf: AS_OF, assumptions: { 'cn-k-work-authorised': 'no' } })[0];
    expect(a?.gates.find(g => g.id === 'cn-k-salaried-work')?.status).toBe('met');
    expect(a?.costs.unknown.map(u => u.label)).toContain('Work permit and Z visa for salaried work, if the K visa does not authorise it');
  });

  it('yes: the criterion is met and the risk names what the assumption rests on', () => {
    const { gate, a } = k('yes');
    expect(gate?.status).toBe('met');
    expect(a.risks[0]).toMatch(/^Salaried work is assumed allowed, as Reuters reported/);
  });
});
