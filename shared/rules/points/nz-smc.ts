/**
 * New Zealand Skilled Migrant Category points: the best ONE skill category (registration,
 * qualification or income, 3–6 points) plus 1 point per year of NZ skilled work experience (max 3).
 * Values come from programs/nz-points-tables.ts, the last confirmed (pre-2026-08-24) table; for a
 * later assessment date the unconfirmed 2026-changes source is cited beside it.
 */
import type { CaseFile } from '../../case-file';
import {
  NZ_ANNUAL_HOURS,
  NZ_MEDIAN_WAGE,
  NZ_POINTS_SOURCES,
  NZ_SMC_CHANGE_DATE,
  NZ_SMC_EXPERIENCE,
  NZ_SMC_INCOME,
  NZ_SMC_QUALIFICATION,
  NZ_SMC_REGISTRATION,
  NZ_SMC_SKILL_MAX,
} from '../../programs/nz-points-tables';
import { completedEducation, workYears } from '../facts';
import { convert, fxProvenance } from '../money';
import type { Calculator, PointsLine, PointsResult } from '../types';

type Skill = { name: string; points: number; missing: string[]; usedFx?: boolean };

/** Qualification points; a foreign degree counts once NZQA-assessed (`credentialAssessed`). */
function qualification(file: CaseFile, asOf: string): Skill {
  const name = 'qualification';
  if (file.education == null) return { name, points: 0, missing: ['education'] };
  const education = file.education;
  let points = 0;
  const open: { points: number; path: string }[] = [];
  for (const e of completedEducation(file, asOf)) {
    const row = NZ_SMC_QUALIFICATION[e.level];
    if (!row) continue;
    // The List of Qualifications Exempt from Assessment is not modelled: an unassessed foreign
    // degree (credentialAssessed false) scores 0 until an IQA is on file.
    const recognised = e.country === 'NZ' || e.credentialAssessed === true;
    if (recognised) points = Math.max(points, row.points);
    else if (e.credentialAssessed == null) {
      open.push({ points: row.points, path: `education[${String(education.indexOf(e))}].credentialAssessed` });
    }
  }
  return { name, points, missing: open.filter(o => o.points > points).map(o => o.path) };
}

/**
 * Registration points: full New Zealand occupational registration, scored by the years of training
 * or experience it requires (SR3.25). A registration whose years are not recorded is asked for.
 */
function registration(file: CaseFile): Skill {
  const name = 'registration';
  if (file.registrations == null) return { name, points: 0, missing: ['registrations'] };
  const all = file.registrations;
  let points = 0;
  const open: string[] = [];
  all.forEach((r, i) => {
    if (r.country !== 'NZ') return;
    if (r.requiredYears == null) open.push(`registrations[${String(i)}].requiredYears`);
    else points = Math.max(points, NZ_SMC_REGISTRATION.find(row => (r.requiredYears ?? 0) >= row.minYears)?.row.points ?? 0);
  });
  return { name, points, missing: open };
}

/** Income points: the offer's salary as a multiple of the median wage (annualised, 40 h/week). */
function income(file: CaseFile): Skill {
  const name = 'income';
  const offer = file.jobOffer;
  // null means "no job offer" (case-file page); absent is unknown.
  if (offer === null) return { name, points: 0, missing: [] };
  if (offer === undefined) return { name, points: 0, missing: ['jobOffer'] };
  if (!offer.country) return { name, points: 0, missing: ['jobOffer.country'] };
  if (offer.country !== 'NZ') return { name, points: 0, missing: [] };
  if (!offer.annualSalary) return { name, points: 0, missing: ['jobOffer.annualSalary'] };
  const nzd = convert(offer.annualSalary, 'NZD');
  // No exchange rate for the offer's currency: the salary cannot be compared.
  if (!nzd) return { name, points: 0, missing: ['jobOffer.annualSalary.currency'] };
  const median = NZ_MEDIAN_WAGE.value?.amount;
  const hours = NZ_ANNUAL_HOURS.value;
  if (median === undefined || hours === null) return { name, points: 0, missing: [] };
  // Thresholds in whole cents, so a salary exactly at a multiple is not lost to rounding.
  const row = NZ_SMC_INCOME.find(r => nzd.amount * 100 >= Math.round(r.multiple * median * hours * 100));
  return { name, points: row?.row.points ?? 0, missing: [], usedFx: offer.annualSalary.currency !== 'NZD' };
}

/** The first work entry that keeps the NZ-experience count from answering, as a path. */
function workPath(file: CaseFile): string {
  const work = file.work;
  if (work == null) return 'work';
  const i = work.findIndex(w => !w.country || (w.country === 'NZ' && (w.skilled == null || (w.skilled && !w.start))));
  const w = work[i];
  if (!w) return 'work';
  const field = !w.country ? 'country' : w.skilled == null ? 'skilled' : 'start';
  return `work[${String(i)}].${field}`;
}

/**
 * NZ skilled work experience within the window, whole years, capped. The SMC also requires that
 * work to have been paid at least the median wage; the case file has no past pay, so it is assumed.
 */
function experience(file: CaseFile, asOf: string): { line: PointsLine; missing: string[] } {
  const max = NZ_SMC_EXPERIENCE.maxPoints.points;
  const per = NZ_SMC_EXPERIENCE.pointsPerYear.points;
  const withinYears = NZ_SMC_EXPERIENCE.withinYears.value ?? undefined;
  const filter = { countries: ['NZ'], skilled: true, ...(withinYears === undefined ? {} : { withinYears }) };
  const exact = workYears(file, asOf, filter);
  const sure = (file.work ?? []).filter(w => w.country === 'NZ' && w.skilled === true && w.start);
  const years = exact ?? workYears({ work: sure }, asOf, filter) ?? 0;
  const points = Math.min(max, Math.floor(years) * per);
  const window = withinYears === undefined ? '' : ` in the last ${String(withinYears)} years`;
  const factor = `New Zealand skilled work experience (${String(Math.floor(years * 10) / 10)} years${window})`;
  return { line: { factor, points, max }, missing: exact === null && points < max ? [workPath(file)] : [] };
}

/**
 * SMC points at `asOf`: the best of registration, qualification and income (what could still raise
 * it is listed in `missing` while it is below 6) plus NZ skilled work experience.
 */
export const smcCalculator: Calculator = (file, asOf): PointsResult => {
  const skillMax = NZ_SMC_SKILL_MAX.value ?? 0;
  const skills = [qualification(file, asOf), income(file), registration(file)];
  const best = skills.reduce((a, b) => (b.points > a.points ? b : a));
  const skillMissing = best.points < skillMax ? skills.flatMap(s => s.missing) : [];
  const skillLine: PointsLine = {
    factor: best.points > 0 ? `Skill category: ${best.name} (best of registration, qualification, income)` : 'Skill category (registration, qualification or income)',
    points: best.points,
    max: skillMax,
  };
  const exp = experience(file, asOf);
  const breakdown = [skillLine, exp.line];
  const changed = NZ_SMC_CHANGE_DATE.value !== null && asOf >= NZ_SMC_CHANGE_DATE.value;
  return {
    total: breakdown.reduce((sum, l) => sum + l.points, 0),
    breakdown,
    missing: [...new Set([...skillMissing, ...exp.missing])],
    sourceIds: [
      ...NZ_POINTS_SOURCES.map(s => s.id).filter(id => changed || id !== NZ_SMC_CHANGE_DATE.sourceId),
      ...(skills.some(s => s.usedFx) ? [fxProvenance().sourceId] : []),
    ],
  };
};
