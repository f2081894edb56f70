/**
 * Japan Highly Skilled Professional points, category (ii) advanced specialized/technical (ロ):
 * academic background, career, salary by age band, age, and the bonuses the case file can decide
 * (research, Japanese degree, JLPT N1/N2, top-ranked university). Values: programs/jp-points-tables.ts.
 *
 * Bonuses that depend on the employer or on facts the case file does not hold (innovation support,
 * SME R&D ratio, national qualifications, growth-field projects, JICA training) are not scored, so
 * the total is a lower bound on those items.
 */
import type { CaseFile } from '../../case-file';
import {
  JP_HSP_ACADEMIC,
  JP_HSP_AGE,
  JP_HSP_BONUS,
  JP_HSP_CAREER,
  JP_HSP_MIN_SALARY,
  JP_HSP_RESEARCH_MIN,
  JP_HSP_SALARY,
  JP_POINTS_SOURCES,
} from '../../programs/jp-points-tables';
import { ageAt, completedEducation, educationRank, workYears } from '../facts';
import { convert, fxProvenance } from '../money';
import type { Calculator, PointsLine, PointsResult } from '../types';

type Education = NonNullable<CaseFile['education']>[number];
type Scored = { line: PointsLine; missing: string[] };

const line = (factor: string, points: number, max: number, missing: string[] = []): Scored => ({
  line: { factor, points, max },
  missing,
});

/** A business-management professional degree, recognised by its field's name. */
const MBA_MOT = /\b(MBA|MOT|business administration|management of technology)\b/i;
const DEGREE_LEVELS = new Set(['master', 'professional', 'doctorate']);

/** Completed degrees (bachelor's or above) with their index in the case file. */
function degrees(file: CaseFile, asOf: string): { e: Education; i: number }[] {
  const all = file.education ?? [];
  return completedEducation(file, asOf)
    .filter(e => educationRank(e.level) >= educationRank('bachelor'))
    .map(e => ({ e, i: all.indexOf(e) }));
}

function academic(file: CaseFile, asOf: string): Scored[] {
  const max = JP_HSP_ACADEMIC.doctorate.points;
  const bonusMax = JP_HSP_ACADEMIC.multipleFields.points;
  if (file.education == null) {
    return [line('Academic background', 0, max, ['education']), line('Degrees in two or more fields', 0, bonusMax, ['education'])];
  }
  const best = degrees(file, asOf)[0]?.e;
  const points = !best
    ? 0
    : best.level === 'doctorate'
      ? JP_HSP_ACADEMIC.doctorate.points
      : best.level === 'master' || best.level === 'professional'
        ? MBA_MOT.test(best.field ?? '') ? JP_HSP_ACADEMIC.mbaMot.points : JP_HSP_ACADEMIC.master.points
        : JP_HSP_ACADEMIC.bachelor.points;
  // Graduate degrees in different fields earn the bonus; an unnamed field leaves it open.
  const graduate = degrees(file, asOf).filter(d => DEGREE_LEVELS.has(d.e.level));
  const fields = new Set(graduate.flatMap(d => (d.e.field ? [d.e.field.trim().toLowerCase()] : [])));
  const unnamed = graduate.filter(d => !d.e.field).map(d => `education[${String(d.i)}].field`);
  const multiple = fields.size >= 2;
  const open = !multiple && graduate.length >= 2 ? unnamed : [];
  return [
    line(`Academic background (${best?.level ?? 'no degree'})`, points, max),
    line('Degrees in two or more fields', multiple ? bonusMax : 0, bonusMax, open),
  ];
}

/** The first work entry that keeps `workYears` from answering, as a case-file path. */
function workPath(file: CaseFile): string {
  const i = (file.work ?? []).findIndex(w => w.skilled == null || (w.skilled && !w.start));
  const w = file.work?.[i];
  if (!w) return 'work';
  return `work[${String(i)}].${w.skilled == null ? 'skilled' : 'start'}`;
}

function career(file: CaseFile, asOf: string): Scored {
  const top = JP_HSP_CAREER[0];
  const max = top?.row.points ?? 0;
  // Skilled work stands in for experience in the intended work, which the case file cannot tell.
  const exact = workYears(file, asOf, { skilled: true });
  const sure = (file.work ?? []).filter(w => w.skilled === true && w.start);
  const years = exact ?? workYears({ work: sure }, asOf, { skilled: true }) ?? 0;
  const hit = JP_HSP_CAREER.find(r => years >= r.minYears);
  const open = exact === null && hit !== top ? [workPath(file)] : [];
  return line(`Professional career (${String(Math.floor(years * 10) / 10)} years)`, hit?.row.points ?? 0, max, open);
}

/** Salary points by age band; with no age only the all-ages bands can be awarded. */
function salary(file: CaseFile, asOf: string): { scored: Scored[]; usedFx: boolean } {
  const max = JP_HSP_SALARY[0]?.row.points ?? 0;
  const factor = 'Annual salary in Japan';
  const offer = file.jobOffer;
  const fail = (missing: string[]) => ({ scored: [line(factor, 0, max, missing)], usedFx: false });
  if (offer === null) return fail([]);
  if (offer === undefined) return fail(['jobOffer']);
  if (!offer.country) return fail(['jobOffer.country']);
  if (offer.country !== 'JP') return fail([]);
  if (!offer.annualSalary) return fail(['jobOffer.annualSalary']);
  const jpy = convert(offer.annualSalary, 'JPY');
  if (!jpy) return fail(['jobOffer.annualSalary.currency']);
  const age = ageAt(file.client.dateOfBirth, asOf);
  // With no date of birth only the all-ages bands score; the Age line asks for the date of birth.
  const row = JP_HSP_SALARY.find(r => jpy.amount >= r.minJpy && (r.under === undefined || (age !== null && age < r.under)));
  const amount = `JPY ${Math.round(jpy.amount).toLocaleString('en-US')}`;
  const scored = [line(`${factor} (${amount})`, row?.row.points ?? 0, max)];
  const min = JP_HSP_MIN_SALARY.value;
  if (min && jpy.amount < min.amount) {
    // Not a points line: category (ii) needs this salary whatever the total.
    scored.push(line(`Below the JPY ${min.amount.toLocaleString('en-US')} minimum salary: HSP (ii) not available`, 0, 0));
  }
  return { scored, usedFx: offer.annualSalary.currency !== 'JPY' };
}

function age(file: CaseFile, asOf: string): Scored {
  const max = JP_HSP_AGE[0]?.row.points ?? 0;
  const years = ageAt(file.client.dateOfBirth, asOf);
  if (years === null) return line('Age', 0, max, ['client.dateOfBirth']);
  const row = JP_HSP_AGE.find(a => years < a.under);
  return line(`Age (${String(years)} at ${asOf})`, row?.row.points ?? 0, max);
}

function research(file: CaseFile): Scored {
  const max = JP_HSP_BONUS.research.points;
  const factor = 'Research achievements (patent, or 3+ papers)';
  const a = file.achievements;
  if (a == null) return line(factor, 0, max, ['achievements']);
  const minPatents = JP_HSP_RESEARCH_MIN.patents.value ?? Infinity;
  const minPapers = JP_HSP_RESEARCH_MIN.publications.value ?? Infinity;
  const ok = (a.patents ?? 0) >= minPatents || (a.publications ?? 0) >= minPapers;
  const open = [a.patents == null ? 'achievements.patents' : '', a.publications == null ? 'achievements.publications' : ''];
  return line(factor, ok ? max : 0, max, ok ? [] : open.filter(Boolean));
}

/** A degree from a Japanese university, the top-ranked-university bonus, and JLPT N1/N2. */
function bonuses(file: CaseFile, asOf: string): Scored[] {
  const jpMax = JP_HSP_BONUS.japaneseDegree.points;
  const topMax = JP_HSP_BONUS.topUniversity.points;
  const all = file.education == null ? null : degrees(file, asOf);
  const inJapan = all?.some(d => d.e.country === 'JP') ?? false;
  const top = all?.some(d => d.e.topRanked === true) ?? false;
  const jpOpen = all === null ? ['education'] : inJapan ? [] : all.filter(d => !d.e.country).map(d => `education[${String(d.i)}].country`);
  const topOpen = all === null ? ['education'] : top ? [] : all.filter(d => d.e.topRanked == null).map(d => `education[${String(d.i)}].topRanked`);
  return [
    line('Degree from a Japanese university', inJapan ? jpMax : 0, jpMax, jpOpen),
    line('Graduate of a top-ranked university', top ? topMax : 0, topMax, topOpen),
    japanese(file, inJapan),
  ];
}

/** JLPT N1 15; N2 10, not added to the Japanese-degree points (nor to N1). */
function japanese(file: CaseFile, japaneseDegree: boolean): Scored {
  const max = JP_HSP_BONUS.jlptN1.points;
  const factor = 'Japanese ability (JLPT N1 / N2)';
  if (file.languages == null) return line(factor, 0, max, ['languages']);
  const levels: string[] = [];
  const open: string[] = [];
  file.languages.forEach((r, i) => {
    if (r.language !== 'ja' || r.test !== 'JLPT') return;
    const n = r.level ? /^\s*N?\s*([1-5])\s*$/i.exec(r.level)?.[1] : undefined;
    if (n === undefined) open.push(`languages[${String(i)}].level`);
    else levels.push(n);
  });
  const points = levels.includes('1') ? max : levels.includes('2') && !japaneseDegree ? JP_HSP_BONUS.jlptN2.points : 0;
  return line(factor, points, max, points === max ? [] : open);
}

/**
 * HSP (ii) points at `asOf`. 70 qualify and 80 open permanent residence after one year
 * (`JP_HSP_THRESHOLDS`); a salary under JPY 3 million rules (ii) out whatever the total, shown as a
 * zero-point line. The salary is the Japanese offer's, converted to JPY with the catalogue's rates.
 */
export const hspCalculator: Calculator = (file, asOf): PointsResult => {
  const pay = salary(file, asOf);
  const scored = [
    ...academic(file, asOf),
    career(file, asOf),
    ...pay.scored,
    age(file, asOf),
    research(file),
    ...bonuses(file, asOf),
  ];
  const breakdown = scored.map(s => s.line);
  return {
    total: breakdown.reduce((sum, l) => sum + l.points, 0),
    breakdown,
    missing: [...new Set(scored.flatMap(s => s.missing))],
    sourceIds: [...JP_POINTS_SOURCES.map(s => s.id), ...(pay.usedFx ? [fxProvenance().sourceId] : [])],
  };
};
