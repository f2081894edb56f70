/**
 * diffResults: readable lines for what changed between two runs of the engine. The baseline is the
 * engine's real output for the Priya Sharma fixture on 2026-11-29, with her and her husband's degrees
 * assessed (an ECA on file, without which Express Entry's FSW is closed to her): us-h1b: employer
 * pays 3,595 USD, of which the cap registration is 215 USD; ca-express-entry: eligible, 456 of 508
 * CRS points, in the pool below the 508 cut-off with no recent round open to her. Each test changes a copy the way a new
 * catalogue would.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/case-file';
import { diffResults } from '../../../shared/compare/results-diff';
import { evaluate } from '../../../shared/rules/evaluate';
import type { Assessment } from '../../../shared/rules/types';
import { loadFixture } from '../../fixtures';

const baseline = (): Assessment[] => {
  const priya = loadFixture('priya-sharma.case.json') as CaseFile;
  for (const e of [...(priya.education ?? []), ...(priya.spouse?.education ?? [])]) e.credentialAssessed = true;
  return evaluate(priya, ['us-h1b', 'ca-express-entry'], { asOf: '2026-11-29' });
};

/** A fresh baseline, its copy to change, and the two assessments of the copy. */
function setup() {
  const before = baseline();
  const after = structuredClone(before);
  const [h1b, ee] = after as [Assessment, Assessment];
  return { before, after, h1b, ee };
}
const fee = (a: Assessment, label: string) => {
  const found = a.costs.items.find(i => i.label === label);
  if (!found) throw new Error(`no fee ${label}`);
  return found;
};
const gate = (a: Assessment, id: string) => {
  const found = a.gates.find(g => g.id === id);
  if (!found) throw new Error(`no gate ${id}`);
  return found;
};

describe('diffResults', () => {
  it('finds nothing when the engine answers the same, even after a JSON round trip', () => {
    const before = baseline();
    expect(diffResults(before, baseline())).toEqual([]);
    expect(diffResults(JSON.parse(JSON.stringify(before)) as Assessment[], before)).toEqual([]);
  });

  it('ignores what a lawyer would not act on: a source re-verified, a longer odds basis, odds within 0.05%', () => {
    const { before, after, h1b } = setup();
    h1b.sources = h1b.sources.map(s => ({ ...s, asOf: '2026-12-05' }));
    h1b.odds = { kind: 'probability', probability: 0.30581, basis: `${h1b.odds.kind === 'probability' ? h1b.odds.basis : ''} Re-read on 2026-12-05.` };
    expect(diffResults(before, after)).toEqual([]);
  });

  it('names a fee rise and the payer total it moves (215 → 380 USD adds 165 to 3,595)', () => {
    const { before, after, h1b } = setup();
    fee(h1b, 'Cap registration').amount = { amount: 380, currency: 'USD' };
    h1b.costs.totals.employer = { amount: 3760, currency: 'USD' };
    expect(diffResults(before, after)).toEqual([
      'us-h1b: employer cost 3,595 USD → 3,760 USD',
      "us-h1b: fee 'Cap registration' 215 USD → 380 USD",
    ]);
  });

  it('names a gate whose verdict flips, and the status it changes', () => {
    const { before, after, ee } = setup();
    const language = gate(ee, 'ca-ee-language');
    Object.assign(language, { status: 'not-met', reason: 'English IELTS-GT: lowest ability CLB 9 (needs CLB 10 in each ability).' });
    ee.status = 'ineligible';
    expect(diffResults(before, after)).toEqual([
      // Statuses read as the headline the screen, CLI and memo show (shared/rules/headline.ts).
      'ca-express-entry: status Likely eligible — 1 question for you → Not eligible',
      `ca-express-entry: criterion “${language.label}” met → not met`,
    ]);
  });

  it('quotes a gate whose threshold moved though its verdict held, and a judgement that became a plain unknown', () => {
    const { before, after, h1b } = setup();
    const degree = gate(h1b, 'h1b-degree');
    const was = degree.reason;
    degree.reason = 'Has a master’s degree (needs a master’s degree or higher).';
    Object.assign(gate(h1b, 'h1b-specialty-occupation'), { judgement: false, status: 'unknown' });
    h1b.status = 'needs-info';
    expect(diffResults(before, after)).toEqual([
      'us-h1b: status Likely eligible — 1 question for you → Needs information',
      `us-h1b: criterion “${degree.label}” now reads "${degree.reason}" (was "${was}")`,
      "us-h1b: criterion “Specialty occupation” for the attorney to judge → unknown",
    ]);
  });

  it('lists gates added and removed', () => {
    const { before, after, h1b } = setup();
    const removed = h1b.gates.splice(1, 1)[0]!;
    h1b.gates.push({ id: 'h1b-wage', label: 'Wage at level II or above', sourceId: 's', judgement: false, status: 'unknown', reason: 'r' });
    expect(diffResults(before, after)).toEqual([
      `us-h1b: criterion “${removed.label}” no longer applies (was met)`,
      "us-h1b: new criterion “Wage at level II or above” (unknown)",
    ]);
  });

  it('gives points and pass mark changes, an unknown pass mark as "unknown"', () => {
    const { before, after, ee } = setup();
    ee.points = { ...ee.points!, total: 470, passMark: null };
    expect(diffResults(before, after)).toEqual(['ca-express-entry: points 456 → 470', 'ca-express-entry: pass mark 508 → unknown']);
  });

  it('names a change of standing against recent cut-offs', () => {
    const { before, after, ee } = setup();
    const was = ee.standing?.summary ?? '';
    expect(was).toMatch(/^In the pool, below recent cut-offs: 456 vs 508 \(Canadian Experience Class, 2026-02-17\), and no recent round was open to this profile/);
    delete ee.standing;
    expect(diffResults(before, after)).toEqual([`ca-express-entry: standing "${was}" → "no standing against recent cut-offs"`]);
  });

  it('gives timeline and odds changes in months and percent', () => {
    const { before, after, h1b } = setup();
    h1b.timeline.toWorkMonths = [9, 19];
    h1b.timeline.toPermanentResidenceMonths = null;
    h1b.odds = { kind: 'probability', probability: 0.6116, basis: 'level IV' };
    expect(diffResults(before, after)).toEqual([
      'us-h1b: time to work 7–19 months → 9–19 months',
      'us-h1b: time to permanent residence 166–259 months → unknown',
      'us-h1b: odds 30.6% → 61.2%',
    ]);
  });

  it('names a change of odds state (a figure that can no longer be computed, an exemption) but not a reworded reason', () => {
    const { before, after, h1b } = setup();
    h1b.odds = { kind: 'unknown', reason: "The offer's US wage level is not recorded.", missing: ['jobOffer.usWageLevel'] };
    expect(diffResults(before, after)).toEqual(['us-h1b: odds 30.6% → Unknown']);
    const exempt = structuredClone(after);
    exempt[0]!.odds = { kind: 'exempt', reason: 'Not subject to the lottery: cap-exempt employer (INA 214(g)(5)).' };
    const reworded = structuredClone(exempt);
    reworded[0]!.odds = { kind: 'exempt', reason: 'Not subject to the lottery: already counted against the cap (INA 214(g)(7)).' };
    expect(diffResults(after, exempt)).toEqual(['us-h1b: odds Unknown → Not in the lottery']);
    expect(diffResults(exempt, reworded)).toEqual([]);
  });

  it('names a fee that became conditional on a policy, and its amount', () => {
    const { before, after, h1b } = setup();
    h1b.costs.conditional.push({ label: 'Proclamation payment', amount: { amount: 100000, currency: 'USD' }, converted: { amount: 100000, currency: 'USD' }, payer: 'employer', sourceId: 's', condition: 'if the payment is extended or upheld' });
    expect(diffResults(before, after)).toEqual(["us-h1b: fee 'Proclamation payment' (employer) now conditional: + 100,000 USD if the payment is extended or upheld"]);
    expect(diffResults(after, before)).toEqual(["us-h1b: fee 'Proclamation payment' (employer) no longer conditional (was + 100,000 USD if the payment is extended or upheld)"]);
  });

  it('lists fees added, dropped, made optional or left unknown, pairing repeated labels by occurrence', () => {
    const { before, after, h1b, ee } = setup();
    const premium = fee(h1b, 'Premium processing (I-907), optional');
    premium.optional = false;
    h1b.costs.items = h1b.costs.items.filter(i => i.label !== 'Fraud Prevention and Detection fee');
    h1b.costs.items.push({ ...premium, label: 'Cap registration', amount: { amount: 215, currency: 'USD' }, optional: false });
    ee.costs.unknown = [];
    ee.costs.unknown.push({ label: 'Biometrics', payer: 'applicant', reason: 'The 2027 amount is not published.' });
    expect(diffResults(before, after)).toEqual([
      "us-h1b: fee 'Fraud Prevention and Detection fee' (employer) no longer charged (was 500 USD)",
      "us-h1b: fee 'Premium processing (I-907), optional' no longer optional",
      "us-h1b: new fee 'Cap registration' (employer) 215 USD",
      "ca-express-entry: fee 'Permanent residence processing fee, per dependent child' (applicant) no longer unknown",
      "ca-express-entry: fee 'Biometrics' (applicant) now unknown: The 2027 amount is not published.",
    ]);
  });

  it('quotes changed family and requirement texts, and risks added or dropped', () => {
    const { before, after, h1b } = setup();
    const spouseWas = h1b.family.spouseWork;
    h1b.family.spouseWork = 'H-4 spouses may work.';
    const dropped = h1b.risks.shift()!;
    h1b.risks.push('A new fee is proposed.');
    expect(diffResults(before, after)).toEqual([
      `us-h1b: spouse's work rights "${spouseWas}" → "H-4 spouses may work."`,
      'us-h1b: new risk: "A new fee is proposed."',
      `us-h1b: risk no longer listed: "${dropped}"`,
    ]);
  });

  it('says when a programme is no longer assessed, or newly assessed', () => {
    const { before } = setup();
    expect(diffResults(before, before.slice(1))).toEqual(['us-h1b: no longer assessed (was Likely eligible — 1 question for you)']);
    expect(diffResults(before.slice(1), before)).toEqual(['us-h1b: newly assessed (Likely eligible — 1 question for you)']);
  });
});
