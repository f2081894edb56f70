// Chart models must carry exactly the engine's figures (totals by payer, month ranges), flag what
// is unknown, and give axes whose 1-2-5 ticks cover the data.
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../../shared/case-file';
import { costChart, describeChart, niceScale, timelineChart, type Scale } from '../../../../shared/compare/index';
import { evaluate } from '../../../../shared/rules/evaluate';
import { loadFixture } from '../../../fixtures';

const AS_OF = '2026-11-29';
const priya = CaseFile.parse(loadFixture('priya-sharma.case.json'));
const IDS = ['us-h1b', 'us-o1a', 'ca-express-entry', 'de-opportunity-card', 'gb-global-talent', 'cn-k'];
const usd = evaluate(priya, IDS, { asOf: AS_OF });

/** Every tick is a multiple of one step, 1, 2 or 5 × 10ⁿ, from 0 to max. */
function expectNice(scale: Scale, dataMax: number): void {
  const step = (scale.ticks[1] ?? 0) - (scale.ticks[0] ?? 0);
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  expect([1, 2, 5]).toContainEqual(Number(mantissa.toFixed(9)));
  expect(scale.ticks[0]).toBe(0);
  expect(scale.ticks.at(-1)).toBe(scale.max);
  expect(scale.max).toBeGreaterThanOrEqual(dataMax);
  // The axis ends at the first tick at or above the data: no empty interval at the top.
  expect(scale.max - step).toBeLessThan(dataMax || 1);
  scale.ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 9));
  expect(scale.tickLabels).toHaveLength(scale.ticks.length);
}

describe('niceScale', () => {
  it('steps 1-2-5 and covers the maximum', () => {
    expect(niceScale(100000, String, 'USD').ticks).toEqual([0, 20000, 40000, 60000, 80000, 100000]);
    expect(niceScale(18, String, 'months').ticks).toEqual([0, 5, 10, 15, 20]);
    expect(niceScale(259, String, 'months').ticks).toEqual([0, 100, 200, 300]);
    expect(niceScale(0.7, String, 'x').ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    for (const max of [1, 3.2, 18, 259, 15806.11, 123456]) expectNice(niceScale(max, String, ''), max);
  });
  it('gives an all-zero chart the axis 0–1', () => {
    expect(niceScale(0, String, '').ticks).toEqual([0, 1]);
  });
});

describe('costChart', () => {
  const chart = costChart(usd, 'USD');

  it("carries each assessment's totals by payer, applicant first", () => {
    expect(chart.bars.map(b => b.programId)).toEqual(IDS);
    chart.bars.forEach((bar, i) => {
      const a = usd[i];
      expect(bar.segments.map(s => s.payer)).toEqual(['applicant', 'employer']);
      expect(bar.segments[0]?.value).toBe(a?.costs.totals.applicant.amount);
      expect(bar.segments[1]?.value).toBe(a?.costs.totals.employer.amount);
      expect(bar.total).toBeCloseTo((a?.costs.totals.applicant.amount ?? 0) + (a?.costs.totals.employer.amount ?? 0), 6);
      expect(bar.unknown).toEqual(a?.costs.unknown);
    });
  });

  it('flags bars with unknown fees (+?) and labels money in whole units', () => {
    const k = chart.bars.find(b => b.programId === 'cn-k');
    expect(k?.unknown.length).toBeGreaterThan(0);
    expect(k?.totalLabel).toBe('0 USD +?');
    const h1b = chart.bars.find(b => b.programId === 'us-h1b');
    expect(h1b?.unknown).toEqual([]);
    expect(h1b?.totalLabel).toMatch(/^[\d,]+ USD$/);
  });

  it('keeps a fee owed only if a policy holds out of the bar, marked after the total and said in words', () => {
    // Priya abroad on 2026-11-29: the $100,000 proclamation is past its 12-month term, so conditional.
    const abroad = CaseFile.parse({ ...loadFixture('priya-sharma.case.json'), client: { ...priya.client, residenceCountry: 'IN', currentStatus: { country: 'IN', type: 'none' } } });
    const model = costChart(evaluate(abroad, ['us-h1b'], { asOf: AS_OF }), 'USD');
    expect(model.bars[0]?.total).toBe(3595);
    expect(model.bars[0]?.totalLabel).toBe('3,595 USD + 100,000 USD conditional');
    expect(describeChart(model)).toContain('+ 100,000 USD if the payment is extended or upheld');
  });

  it('has a 1-2-5 axis that covers the dearest route', () => {
    const max = Math.max(...chart.bars.map(b => b.total));
    expectNice(chart.scale, max);
    expect(chart.scale.tickLabels.at(-1)).toMatch(/^\d{1,3}(,\d{3})* USD$/);
  });

  it('converts into another currency as the engine would', () => {
    const eur = evaluate(priya, IDS, { asOf: AS_OF, currency: 'EUR' });
    const chartEur = costChart(usd, 'EUR');
    chartEur.bars.forEach((bar, i) => {
      // Items are converted one by one in both cases; totals may differ by rounding only.
      expect(bar.segments[0]?.value).toBeCloseTo(eur[i]?.costs.totals.applicant.amount ?? NaN, 1);
      expect(bar.segments[1]?.value).toBeCloseTo(eur[i]?.costs.totals.employer.amount ?? NaN, 1);
      expect(bar.unknown.length).toBe(eur[i]?.costs.unknown.length);
    });
  });
});

describe('timelineChart', () => {
  const chart = timelineChart(usd);

  it("carries each assessment's month ranges, and says unknown or none instead of a number", () => {
    chart.rows.forEach((row, i) => {
      const t = usd[i]?.timeline;
      if (t?.toWorkMonths) expect(row.toWork).toMatchObject({ kind: 'range', min: t.toWorkMonths[0], max: t.toWorkMonths[1] });
      else expect(row.toWork.kind).toBe('unknown');
      if (t?.toPermanentResidenceMonths) {
        expect(row.toPermanentResidence).toMatchObject({ kind: 'range', min: t.toPermanentResidenceMonths[0], max: t.toPermanentResidenceMonths[1] });
      }
    });
    const oc = chart.rows.find(r => r.programId === 'de-opportunity-card');
    expect(oc?.toPermanentResidence).toEqual({ kind: 'none', label: 'No route to permanent residence' });
    expect(oc?.toWork).toEqual({ kind: 'range', min: 1, max: 6, label: '1–6 months' });
    const k = chart.rows.find(r => r.programId === 'cn-k');
    expect(k?.toWork.kind).toBe('unknown');
    // The engine's own reason travels with the unknown.
    expect(k?.toWork).toMatchObject({ reason: expect.stringMatching(/^Processing time is unpublished/) as unknown });
    expect(k?.toPermanentResidence.kind).toBe('unknown');
  });

  it('has a month axis covering the longest range', () => {
    const max = Math.max(...chart.rows.flatMap(r => [r.toWork, r.toPermanentResidence]).flatMap(s => (s.kind === 'range' ? [s.max] : [])));
    expectNice(chart.scale, max);
    expect(chart.scale.unit).toBe('months');
    expect(chart.scale.tickLabels.every(l => /^\d+ mo$/.test(l))).toBe(true);
  });
});

describe('describeChart', () => {
  it('names every route and says unknowns in words', () => {
    const cost = describeChart(costChart(usd, 'USD'));
    const time = describeChart(timelineChart(usd));
    for (const a of usd) {
      expect(cost).toContain(a.programName);
      expect(time).toContain(a.programName);
    }
    expect(cost).toMatch(/^Cost by payer \(USD\) for 6 routes\./);
    expect(cost).toContain('plus 1 unknown fee');
    expect(time).toContain('Opportunity Card (Chancenkarte), points route: work in 1–6 months, no route to permanent residence');
    expect(time).toContain('work: time unknown');
    expect(describeChart(costChart([], 'USD'))).toBe('Cost by payer (USD): no routes.');
  });
});
