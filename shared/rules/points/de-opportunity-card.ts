/**
 * Germany's Opportunity Card (Chancenkarte) points, § 20b(1) AufenthG and its Annex table (6 needed).
 * Every value comes from programs/de-points-tables.ts. A factor the case file leaves open scores 0
 * and names its path in `missing`; a factor that could raise the score no further is not listed.
 */
import type { CaseFile } from '../../case-file';
import { CEFR_SOURCES } from '../../programs/cefr-tables';
import {
  DE_OC_AGE,
  DE_OC_ENGLISH_MIN,
  DE_OC_ENTRY_GATE,
  DE_OC_EXPERIENCE,
  DE_OC_GERMAN,
  DE_OC_PASS_MARK,
  DE_OC_POINTS,
  DE_POINTS_SOURCES,
} from '../../programs/de-points-tables';
import type { Cefr } from '../../programs/types';
import { ageAt, completedEducation, educationRank, highestEducation, workYears } from '../facts';
import { cefrAtLeast, cefrFor, CEFR_ORDER, ieltsOverallBand, type LanguageResult } from '../language/cefr';
import type { Calculator, PointsLine, PointsResult } from '../types';

/** The facts of one person (the client, or the spouse for the joint-application point). */
type Person = {
  /** Path prefix for `missing`: '' for the client, 'spouse.' for the spouse. */
  prefix: '' | 'spouse.';
  dobPath: string;
  dateOfBirth: string | null | undefined;
  education: CaseFile['education'];
  work: CaseFile['work'];
  languages: CaseFile['languages'];
};

type Scored = { line: PointsLine; missing: string[] };

const line = (factor: string, points: number, max: number, missing: string[] = []): Scored => ({
  line: { factor, points, max },
  missing,
});

/** The completed qualifications at the card's entry level (vocational training or a degree). */
function qualifications(education: NonNullable<CaseFile['education']>, asOf: string) {
  return completedEducation({ education }, asOf).filter(e => educationRank(e.level) >= educationRank(DE_OC_ENTRY_GATE.qualification));
}

/**
 * Partial recognition (§ 20b(1) no. 1 AufenthG; Annex: 4 points): a German recognition body found
 * that adaptation or compensation measures are needed before the foreign qualification is
 * equivalent, or before a licence to practise a regulated profession (a Defizitbescheid). A ZAB
 * statement or an anabin entry is not such a finding, and full recognition is route A, not points.
 */
function recognition(p: Person, asOf: string): Scored {
  const { points: max } = DE_OC_POINTS.partialRecognition;
  const factor = 'Partial recognition of the foreign qualification by a German recognition body';
  if (p.education == null) return line(factor, 0, max, [`${p.prefix}education`]);
  // Only a vocational or academic qualification (the card's entry level) can be recognised.
  const done = qualifications(p.education, asOf);
  if (done.some(e => e.germanRecognition === 'partial')) return line(factor, max, max);
  const open = done.find(e => e.germanRecognition == null);
  return line(factor, 0, max, open ? [`${p.prefix}education[${String(p.education.indexOf(open))}].germanRecognition`] : []);
}

/** The first work entry that keeps `workYears` from answering, as a case-file path. */
function workPath(p: Person): string {
  if (p.work == null) return `${p.prefix}work`;
  const i = p.work.findIndex(w => w.skilled == null || (w.skilled && !w.start));
  const w = p.work[i];
  if (!w) return `${p.prefix}work`;
  return `${p.prefix}work[${String(i)}].${w.skilled == null ? 'skilled' : 'start'}`;
}

/** Experience related to the qualification; skilled work stands in for "related" (§ 20b(1)). */
function experience(p: Person, asOf: string): Scored {
  const top = DE_OC_EXPERIENCE[0];
  const max = top?.row.points ?? 0;
  const factor = 'Professional experience (≥5 of the last 7 years, or ≥2 of the last 5)';
  const sure = (p.work ?? []).filter(w => w.skilled === true && w.start);
  const years = (withinYears: number) =>
    workYears({ work: p.work }, asOf, { skilled: true, withinYears }) ??
    // A lower bound from the jobs whose facts are known, so certain points are never withheld.
    workYears({ work: sure }, asOf, { skilled: true, withinYears }) ??
    0;
  const hit = DE_OC_EXPERIENCE.find(r => years(r.withinYears) >= r.minYears);
  const exact = DE_OC_EXPERIENCE.every(r => workYears({ work: p.work }, asOf, { skilled: true, withinYears: r.withinYears }) !== null);
  return line(factor, hit?.row.points ?? 0, max, !exact && hit !== top ? [workPath(p)] : []);
}

/** Each result's CEFR level, and whether it is known (a low IELTS band is known: below B1). */
function levels(p: Person, language: string): { level: Cefr | null; open: string[] } {
  const open: string[] = [];
  let best: Cefr | null = null;
  (p.languages ?? []).forEach((r: LanguageResult, i) => {
    if (r.language !== language) return;
    const level = cefrFor(r);
    if (level && (!best || CEFR_ORDER.indexOf(level) > CEFR_ORDER.indexOf(best))) best = level;
    if (!level && r.test !== 'none' && ieltsOverallBand(r) === null) open.push(`${p.prefix}languages[${String(i)}]`);
  });
  return { level: best, open };
}

function german(p: Person): Scored {
  const max = DE_OC_GERMAN[0]?.row.points ?? 0;
  const factor = 'German language (A2 / B1 / B2 or higher)';
  if (p.languages == null) return line(factor, 0, max, [`${p.prefix}languages`]);
  const { level, open } = levels(p, 'de');
  const row = DE_OC_GERMAN.find(g => cefrAtLeast(level, g.min));
  return line(factor, row?.row.points ?? 0, max, row?.row.points === max ? [] : open);
}

function english(p: Person): Scored {
  const { points: max } = DE_OC_POINTS.englishC1;
  const factor = `English at ${DE_OC_ENGLISH_MIN.value ?? 'C1'} or higher`;
  if (p.languages == null) return line(factor, 0, max, [`${p.prefix}languages`]);
  const { level, open } = levels(p, 'en');
  const ok = DE_OC_ENGLISH_MIN.value !== null && cefrAtLeast(level, DE_OC_ENGLISH_MIN.value);
  return line(factor, ok ? max : 0, max, ok ? [] : open);
}

function age(p: Person, asOf: string): Scored {
  const max = DE_OC_AGE[0]?.row.points ?? 0;
  const years = ageAt(p.dateOfBirth, asOf);
  if (years === null) return line('Age', 0, max, [p.dobPath]);
  const row = DE_OC_AGE.find(a => years < a.under);
  return line(`Age (${String(years)} at ${asOf})`, row?.row.points ?? 0, max);
}

/**
 * A qualification in a German shortage occupation (Engpassberuf) earns the point; the case file
 * records it per qualification (`germanShortageOccupation`), and one not yet answered is asked for.
 */
function shortage(p: Person, asOf: string): Scored {
  const { points: max } = DE_OC_POINTS.shortageOccupation;
  const factor = 'Qualification in a shortage occupation';
  if (p.education == null) return line(factor, 0, max, [`${p.prefix}education`]);
  const done = qualifications(p.education, asOf);
  if (done.some(e => e.germanShortageOccupation === true)) return line(factor, max, max);
  const open = done.find(e => e.germanShortageOccupation == null);
  return line(factor, 0, max, open ? [`${p.prefix}education[${String(p.education.indexOf(open))}].germanShortageOccupation`] : []);
}

function priorStay(file: CaseFile): Scored {
  const { points: max } = DE_OC_POINTS.priorStay;
  const factor = 'Prior lawful stay in Germany of 6 months in the last 5 years';
  if (file.ties == null) return line(factor, 0, max, ['ties']);
  const ok = file.ties.some(t => t.kind === 'prior-stay-6-months' && t.country === 'DE');
  return line(factor, ok ? max : 0, max);
}

/** The factors one person scores on their own (everything but the prior stay and the spouse). */
function personal(p: Person, asOf: string): Scored[] {
  return [recognition(p, asOf), shortage(p, asOf), experience(p, asOf), german(p), english(p), age(p, asOf)];
}

/**
 * The spouse point: the spouse meets the card's requirements (degree or 2-year training, German A1
 * or English B2, and 6 points of their own) and applies jointly (taken as `accompanying`). The
 * spouse's prior stay is not in the case file, so it is left out of their score (a lower bound).
 */
function spouse(file: CaseFile, asOf: string): Scored {
  const { points: max } = DE_OC_POINTS.spouse;
  const factor = 'Spouse or partner also eligible, applying jointly';
  const s = file.spouse;
  if (s === null) return line(factor, 0, max);
  if (s === undefined) {
    const none = ['single', 'divorced', 'widowed', 'separated'].includes(file.client.maritalStatus ?? '');
    return line(factor, 0, max, none ? [] : ['spouse']);
  }
  if (s.accompanying === false) return line(factor, 0, max);
  const p: Person = {
    prefix: 'spouse.',
    dobPath: 'spouse.dateOfBirth',
    dateOfBirth: s.dateOfBirth,
    education: s.education,
    work: s.work,
    languages: s.languages,
  };
  const open: string[] = s.accompanying == null ? ['spouse.accompanying'] : [];
  const level = highestEducation({ education: s.education }, asOf);
  if (level === null) open.push('spouse.education');
  else if (educationRank(level) < educationRank(DE_OC_ENTRY_GATE.qualification)) return line(factor, 0, max);
  if (s.languages == null) open.push('spouse.languages');
  else {
    const de = levels(p, 'de');
    const en = levels(p, 'en');
    const ok = cefrAtLeast(de.level, DE_OC_ENTRY_GATE.german) || cefrAtLeast(en.level, DE_OC_ENTRY_GATE.english);
    if (!ok && !de.open.length && !en.open.length) return line(factor, 0, max);
    if (!ok) open.push(...de.open, ...en.open);
  }
  const own = personal(p, asOf);
  const total = own.reduce((sum, x) => sum + x.line.points, 0);
  // The most the open factors could still add: if even that falls short, the answer is a plain no.
  const reachable = total + own.reduce((sum, x) => sum + (x.missing.length ? x.line.max - x.line.points : 0), 0);
  const pass = DE_OC_PASS_MARK.value ?? Infinity;
  if (reachable < pass) return line(factor, 0, max);
  if (total < pass) open.push(...own.flatMap(x => x.missing));
  return open.length ? line(factor, 0, max, open) : line(factor, max, max);
}

/**
 * Opportunity Card points for the client at `asOf`: partial recognition, shortage occupation,
 * experience, German, English C1, age, prior stay in Germany and an eligible spouse.
 */
export const opportunityCardCalculator: Calculator = (file, asOf): PointsResult => {
  const client: Person = {
    prefix: '',
    dobPath: 'client.dateOfBirth',
    dateOfBirth: file.client.dateOfBirth,
    education: file.education,
    work: file.work,
    languages: file.languages,
  };
  const scored = [...personal(client, asOf), priorStay(file), spouse(file, asOf)];
  const breakdown = scored.map(s => s.line);
  return {
    total: breakdown.reduce((sum, l) => sum + l.points, 0),
    breakdown,
    missing: [...new Set(scored.flatMap(s => s.missing))],
    sourceIds: [...DE_POINTS_SOURCES, ...CEFR_SOURCES].map(s => s.id),
  };
};
