/** The fields of one education, work or language entry; shared by the client and the spouse. */
import { EDUCATION_LEVELS, GERMAN_RECOGNITION, LANGUAGE_TESTS } from '../../../shared/case-file';
import { NAME_MAX } from '../../../shared/case-file-fields';
import { CountryField, DateField, NumberField, SelectField, TextField, YesNoField } from './fields';
import { getPath } from './paths';
import { useIntake } from './use-intake-form';

const LEVEL_LABELS: Record<(typeof EDUCATION_LEVELS)[number], string> = {
  none: 'None',
  secondary: 'Secondary school',
  'diploma-1yr': 'One-year diploma',
  'diploma-2yr': 'Two-year diploma',
  bachelor: "Bachelor's (3+ years)",
  'two-or-more': "Two or more credentials (one a bachelor's)",
  master: "Master's",
  professional: 'Professional degree (medicine, law…)',
  doctorate: 'Doctorate',
};

export function EducationEntry({ base }: { base: string }) {
  return (
    <div className="grid">
      <SelectField path={`${base}.level`} label="Level" options={EDUCATION_LEVELS.map(l => [l, LEVEL_LABELS[l]] as const)} />
      <TextField path={`${base}.field`} label="Field of study" maxLength={NAME_MAX} />
      <TextField path={`${base}.institution`} label="Institution" maxLength={NAME_MAX} />
      <CountryField path={`${base}.country`} label="Country" />
      <DateField path={`${base}.completed`} label="Completed" month hint="YYYY-MM; leave empty while still studying" emptyAs={null} />
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

const RECOGNITION_LABELS: Record<(typeof GERMAN_RECOGNITION)[number], string> = {
  full: 'Full equivalence (recognised in Germany)',
  partial: 'Partial equivalence (Defizitbescheid: adaptation measures needed)',
  none: 'None (no notice from a German recognition body)',
};

export function WorkEntry({ base }: { base: string }) {
  return (
    <div className="grid">
      <TextField path={`${base}.occupation`} label="Occupation" maxLength={NAME_MAX} />
      <TextField path={`${base}.employer`} label="Employer" maxLength={NAME_MAX} />
      <CountryField path={`${base}.country`} label="Country" />
      <NumberField path={`${base}.hoursPerWeek`} label="Hours per week" />
      <DateField path={`${base}.start`} label="Started" month />
      <DateField path={`${base}.end`} label="Ended" month hint="YYYY-MM; leave empty while ongoing" emptyAs={null} />
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
