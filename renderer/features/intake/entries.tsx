/** The fields of one education, work or language entry; shared by the client and the spouse. */
import { EDUCATION_LEVELS, GERMAN_RECOGNITION, LANGUAGE_TESTS } from '../../../shared/case-file';
import { NAME_MAX } from '../../../shared/case-file-fields';
import { LEVEL_LABELS, RECOGNITION_LABELS } from '../../../shared/case-file-labels';
import { CheckField, CountryField, DateField, NumberField, SelectField, TextField, YesNoField } from './fields';
import { countryName } from '../../lib/countries';
import { formatDate, type DateFormat } from '../../lib/date-format';
import { getPath } from './paths';
import { useIntake } from './use-intake-form';

/**
 * A degree or diploma. Its completion date is left blank when not known; "Still studying" is its own
 * answer (`studying: true`), and then the date is the expected one.
 */
export function EducationEntry({ base }: { base: string }) {
  const { draft } = useIntake();
  const studying = getPath(draft, `${base}.studying`) === true;
  return (
    <div className="grid">
      <SelectField path={`${base}.level`} label="Level" options={EDUCATION_LEVELS.map(l => [l, LEVEL_LABELS[l]] as const)} />
      <TextField path={`${base}.field`} label="Field of study" maxLength={NAME_MAX} />
      <TextField path={`${base}.institution`} label="Institution" maxLength={NAME_MAX} />
      <CountryField path={`${base}.country`} label="Country" />
      <DateField path={`${base}.completed`} label={studying ? 'Expected completion' : 'Completed'} month hint="Blank if not known" />
      <CheckField path={`${base}.studying`} label="Still studying" checkedValue={true} />
      <NumberField path={`${base}.durationYears`} label="Full-time length (years)" />
      <YesNoField path={`${base}.stem`} label="STEM field" />
      <YesNoField path={`${base}.topRanked`} label="Top-200 world-ranked institution" />
      <YesNoField path={`${base}.credentialAssessed`} label="Credential assessment on file (ECA, ZAB…)" />
      <SelectField path={`${base}.germanRecognition`} label="German recognition notice" options={GERMAN_RECOGNITION.map(r => [r, RECOGNITION_LABELS[r]] as const)} />
      <YesNoField path={`${base}.germanShortageOccupation`} label="In a German shortage occupation (Engpassberuf)" />
      <YesNoField path={`${base}.taughtInEnglish`} label="Taught in English" hint="For the UK: a UK degree, or one Ecctis confirms was taught in English" />
    </div>
  );
}

/** A job; "Still in this job" records an ongoing job (`end: null`), a blank end date is not known. */
export function WorkEntry({ base }: { base: string }) {
  const { draft } = useIntake();
  const ongoing = getPath(draft, `${base}.end`) === null;
  return (
    <div className="grid">
      <TextField path={`${base}.occupation`} label="Occupation" maxLength={NAME_MAX} />
      <TextField path={`${base}.employer`} label="Employer" maxLength={NAME_MAX} />
      <CountryField path={`${base}.country`} label="Country" />
      <NumberField path={`${base}.hoursPerWeek`} label="Hours per week" />
      <DateField path={`${base}.start`} label="Started" month />
      <DateField path={`${base}.end`} label="Ended" month disabled={ongoing} />
      <CheckField path={`${base}.end`} label="Still in this job" checkedValue={null} />
      <YesNoField path={`${base}.skilled`} label="Skilled (TEER 0–3, specialty occupation)" />
      <YesNoField path={`${base}.stem`} label="STEM role" />
    </div>
  );
}

const LANGUAGES = [['en', 'English'], ['fr', 'French'], ['de', 'German'], ['zh', 'Chinese'], ['ja', 'Japanese'], ['ko', 'Korean']] as const;
const BANDED = new Set(['IELTS-GT', 'IELTS-A', 'CELPIP-G', 'PTE-Core', 'TEF', 'TCF']);
const LEVELLED = new Set(['Goethe', 'TestDaF', 'HSK', 'TOPIK', 'JLPT']);
const SKILL_LABELS = { listening: 'Listening', reading: 'Reading', writing: 'Writing', speaking: 'Speaking' } as const;
const SCALE_HINT: Record<string, string> = {
  'IELTS-GT': '0–9 in half bands',
  'IELTS-A': '0–9 in half bands',
  'CELPIP-G': '0–12',
  'PTE-Core': '10–90',
  TEF: 'tests from 11 Dec 2023: 0–699 each; earlier tests: the “Équivalence ancien score” (listening 0–360, reading 0–300, writing and speaking 0–450)',
  TCF: 'listening and reading 100–699, writing and speaking 0–20',
};

/** A test result; the score fields shown depend on the test (four bands, or one level). */
export function LanguageEntry({ base }: { base: string }) {
  const { draft } = useIntake();
  const test = getPath(draft, `${base}.test`);
  const banded = typeof test === 'string' && BANDED.has(test);
  return (
    <div className="grid">
      <SelectField path={`${base}.language`} label="Language" options={LANGUAGES} unknownLabel="Choose…" />
      <SelectField path={`${base}.test`} label="Test" options={LANGUAGE_TESTS.map(t => [t, t] as const)} />
      {banded &&
        (['listening', 'reading', 'writing', 'speaking'] as const).map(skill => (
          <NumberField key={skill} path={`${base}.${skill}`} label={SKILL_LABELS[skill]} hint={SCALE_HINT[test]} />
        ))}
      {typeof test === 'string' && LEVELLED.has(test) && (
        <TextField path={`${base}.level`} label="Level" maxLength={NAME_MAX} hint={test === 'JLPT' ? 'N1–N5' : test === 'Goethe' ? 'A1–C2' : 'as on the certificate'} />
      )}
      {test !== 'native' && test !== 'none' && <DateField path={`${base}.testDate`} label="Test date" />}
      {(test === 'IELTS-GT' || test === 'IELTS-A') && <YesNoField path={`${base}.ukSelt`} label="Taken as IELTS for UKVI (a UK secure English test)" />}
    </div>
  );
}

type Item = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const parts = (...p: (string | false | undefined)[]) => p.filter(Boolean).join(', ');
const country = (v: unknown) => {
  const code = str(v);
  return code && countryName(code);
};
const date = (v: unknown, format: DateFormat) => {
  const d = str(v);
  return d && formatDate(d, format);
};

/** One line for a folded degree: "Master's, Computer Science, UT Austin, May 2024". */
export function describeEducation(e: Item, format: DateFormat): string {
  const level = LEVEL_LABELS[e.level as keyof typeof LEVEL_LABELS] as string | undefined;
  const done = date(e.completed, format);
  return parts(level ?? 'Level not known', str(e.field), str(e.institution), e.studying === true ? `still studying${done ? `, expected ${done}` : ''}` : done);
}

/** One line for a folded job: "Software Engineer at Acme Robotics, United States, June 2024 – now". */
export function describeWork(w: Item, format: DateFormat): string {
  const employer = str(w.employer);
  const role = [str(w.occupation) ?? 'Occupation not known', employer && `at ${employer}`].filter(Boolean).join(' ');
  const start = date(w.start, format);
  const end = w.end === null ? 'now' : date(w.end, format);
  return parts(role, country(w.country), (start || end) && `${start ?? '?'} – ${end ?? '?'}`);
}

/** One line for a folded test result: "English, IELTS-GT, 8 / 7 / 7 / 7". */
export function describeLanguage(l: Item): string {
  const language = LANGUAGES.find(([code]) => code === l.language)?.[1];
  const scores = ['listening', 'reading', 'writing', 'speaking'].map(k => l[k]);
  const banded = scores.some(v => v !== undefined && v !== null) ? scores.map(v => (typeof v === 'number' ? String(v) : '?')).join(' / ') : undefined;
  return parts(language ?? 'Language not known', str(l.test), banded ?? str(l.level));
}
