/**
 * Fee labels that quote figures are worded from the version's own value, so a pack's or the firm's
 * figure cannot make them lie; a figure that is not the fact's own (the fee for a longer certificate,
 * a child's rate) is quoted only beside a version from the source that states it.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../../../shared/facts/bundled';
import { buildCatalogue, PROGRAMS } from '../../../../shared/programs/index';
import type { Fee } from '../../../../shared/programs/types';
import { withVersion } from './firm-data-set';

const FROM = '2026-06-01';
/** The labels of fact `factId`'s fees, shipped and with the firm's figure `value` from FROM. */
function labels(factId: string, value: number | null) {
  const of = (fees: readonly Fee[]) => fees.filter(f => f.factId === factId);
  const firm = buildCatalogue(withVersion(factId, { effectiveFrom: FROM, value, ...(value === null && { unknown: 'Not yet published.' }) }));
  return {
    shipped: of(PROGRAMS.flatMap(p => p.fees)).map(f => f.label),
    firm: of(firm.programs.flatMap(p => p.fees)).filter(f => f.firm).map(f => f.label),
  };
}

describe('labels worded from the value', () => {
  it.each([
    ['ca-express-entry.ee-biometrics', 95, 'Biometrics (CAD 85 per person, capped at CAD 170 per family)', 'Biometrics (CAD 95 per person, capped at CAD 170 per family)'],
    ['ca-global-talent-stream.gts-work-permit-fee', 160, "Work permit fee (principal; a spouse's open work permit costs CAD 155 + CAD 100)", "Work permit fee (principal; a spouse's open work permit costs CAD 160 + the open work permit holder fee)"],
    ['de-blue-card.bc-card-fee', 120, 'Blue Card / residence permit issue (EUR 100 per person; children pay reduced fees)', 'Blue Card / residence permit issue (EUR 120 per person; children pay reduced fees)'],
    ['gb-skilled-worker.sw-visa-outside', 800, 'Visa fee from outside the UK, certificate of up to 3 years (£1,519 if longer); each dependant pays the same', 'Visa fee from outside the UK, certificate of up to 3 years (a higher fee if longer); each dependant pays the same'],
    ['gb-skilled-worker.sw-hc-visa', 324, 'Health and Care Worker visa fee, certificate of up to 3 years (£590 if longer), inside or outside the UK; each dependant pays the same', 'Health and Care Worker visa fee, certificate of up to 3 years (a higher fee if longer), inside or outside the UK; each dependant pays the same'],
    ['gb-skilled-worker.sw-isc-large', 4500, 'Immigration Skills Charge, 3 years, medium or large sponsor (£1,320 + 4 × £660)', 'Immigration Skills Charge, 3 years, medium or large sponsor (£1,500 + 4 × £750)'],
    ['gb-skilled-worker.sw-isc-small', 1800, 'Immigration Skills Charge, 3 years, small or charitable sponsor (£480 + 4 × £240)', 'Immigration Skills Charge, 3 years, small or charitable sponsor (£600 + 4 × £300)'],
    ['us-eb1a.i485-fee', 1500, 'I-485 adjustment of status, each person ($950 for a child under 14 filing with a parent)', 'I-485 adjustment of status, each person (a child under 14 filing with a parent may pay less)'],
  ])('%s: the shipped label stays; the firm figure %d gets its own wording', (factId, value, shipped, firm) => {
    expect(labels(factId, value)).toEqual({ shipped: [shipped], firm: [firm] });
  });

  it('words the health surcharge from the yearly figure, and drops the child rate the firm did not state', () => {
    const { shipped, firm } = labels('gb.ihs-yearly', 1100);
    expect(shipped).toContain('Immigration Health Surcharge: £1,035 a year × 3 years per person (children pay £776 a year, so families are slightly overstated)');
    expect(firm).toContain('Immigration Health Surcharge: £1,100 a year × 3 years per person (children pay less, so families are slightly overstated)');
    expect(firm).toContain('Immigration Health Surcharge: £1,100 a year × 2 years per person (children pay less, so families are slightly overstated)');
  });

  it('quotes no figure but the firm\'s own in the label of any fee the firm overrides', () => {
    // 12,345 and the thirds and sixths a label may derive from it (the skills charge's yearly and
    // half-yearly rates); Canada's biometrics family cap is a rule the engine applies, not yet a fact.
    const own = /12,345|4,115|2,057\.5|capped at CAD 170 per family/g;
    const money = /(?:[£$€]|S\$|\b(?:CAD|EUR|USD|GBP|AUD|SGD|JPY|KRW|CNY|AED|NZD) )\d/;
    const fees = BUNDLED_FACTS.facts.filter(f => f.kind === 'fee');
    expect(fees.length).toBeGreaterThan(80);
    for (const fact of fees) {
      for (const label of labels(fact.id, 12345).firm) expect(label.replace(own, ''), `${fact.id}: ${label}`).not.toMatch(money);
      for (const label of labels(fact.id, null).firm) expect(label.replace(own, ''), `${fact.id} marked unknown: ${label}`).not.toMatch(money);
    }
  });

  it('gives unknown reasons that name no other fee\'s figure (an override of that fee would leave them stale)', () => {
    const nonprofit = BUNDLED_FACTS.facts.find(f => f.id === 'us-h1b.acwia-fee-nonprofit');
    expect(nonprofit?.versions.map(v => v.unknown)).toEqual(["Exempt for education and research nonprofits; otherwise owed at the rate for the employer's size (more than 25 FTE, or 25 or fewer)."]);
  });
});
