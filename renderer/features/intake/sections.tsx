/** The intake's sections, in the order a consultation usually runs. */
import { EMPLOYER_SIZES, MARITAL_STATUSES, PRIORITIES, TIE_KINDS, UK_PAY_SCALE_ROLES } from '../../../shared/case-file';
import { EMAIL_MAX, NAME_MAX, NOTES_MAX, PHONE_MAX } from '../../../shared/case-file-fields';
import { EMPLOYER_SIZE_LABELS, MARITAL_LABELS, PAY_SCALE_LABELS, PRIORITY_LABELS, TIE_LABELS } from '../../../shared/case-file-labels';
import { ACHIEVEMENT_CRITERIA_LABELS } from '../../../shared/rules/fact-labels';
import { describeEducation, describeLanguage, describeWork, EducationEntry, LanguageEntry, WorkEntry } from './entries';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/date-format';
import { CountriesField, CountriesOrNoneField, CountryField, DateField, LinesField, MoneyField, NumberField, SelectField, TextField, YesNoField } from './fields';
import { getPath } from './paths';
import { Repeatable } from './repeatable';
import { STEPS, type StepId } from './steps';
import { useIntake } from './use-intake-form';

function Section({ id, title, children }: { id: StepId; title: string; children: React.ReactNode }) {
  return (
    <section className="intake-section" id={`section-${id}`} aria-labelledby={`section-${id}-title`}>
      {/* Focusable from script only: moving to a step puts focus here, so the step is announced and Tab goes on into it. */}
      <h2 id={`section-${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ClientSection() {
  return (
    <Section id="client" title="Client">
      <div className="grid">
        <TextField path="client.fullName" label="Full name (required)" maxLength={NAME_MAX} />
        <DateField path="client.dateOfBirth" label="Date of birth" />
        <LinesField path="client.otherNames" label="Other names and spellings" hint="One per line, in any script (e.g. 李伟, प्रिया शर्मा). Used for conflict checks and search." />
        <CountriesField path="client.citizenships" label="Citizenships" />
        <CountriesOrNoneField path="client.permanentResidences" label="Permanent residence held" someLabel="Yes, in…" hint="Green card, Canadian PR, UK settlement… A country’s routes are not for its own permanent residents." />
        <CountryField path="client.residenceCountry" label="Country of residence" />
        <SelectField path="client.maritalStatus" label="Marital status" options={MARITAL_STATUSES.map(s => [s, MARITAL_LABELS[s]] as const)} />
        <TextField path="client.email" label="E-mail" maxLength={EMAIL_MAX} />
        <TextField path="client.phone" label="Phone" maxLength={PHONE_MAX} />
      </div>
    </Section>
  );
}

export function StatusSection() {
  return (
    <Section id="status" title="Current status">
      <div className="grid">
        <CountryField path="client.currentStatus.country" label="Country of current status" />
        <TextField path="client.currentStatus.type" label="Status" hint="e.g. F-1 STEM OPT, H-1B, or none" maxLength={NAME_MAX} />
        <DateField path="client.currentStatus.validUntil" label="Valid until" />
      </div>
      <fieldset className="group">
        <legend>H-1B history</legend>
        <div className="grid">
          <YesNoField
            path="client.h1bHistory.capCounted"
            label="Counted against the H-1B cap in the last six years"
            hint="Yes if a cap-subject H-1B petition for the client was approved in that time (not one at a cap-exempt university or research body). Such a client changes employer or extends without the lottery."
          />
          <DateField path="client.h1bHistory.countedOn" label="When the cap petition was approved" month hint="The six years are checked on the assessment date" />
        </div>
      </fieldset>
    </Section>
  );
}

/** One line for a folded child: "Born 1 September 2022, will accompany". */
function describeChild(c: Record<string, unknown>, format: Parameters<typeof formatDate>[1]): string {
  const born = typeof c.dateOfBirth === 'string' ? `Born ${formatDate(c.dateOfBirth, format)}` : 'Date of birth not known';
  const comes = c.accompanying === true ? 'will accompany' : c.accompanying === false ? 'will not accompany' : undefined;
  return [born, comes].filter(Boolean).join(', ');
}

/** Spouse questions appear only for married or common-law clients. */
export function FamilySection() {
  const { draft } = useIntake();
  const marital = getPath(draft, 'client.maritalStatus');
  const partnered = marital === 'married' || marital === 'common-law';
  return (
    <Section id="family" title="Family">
      {partnered ? (
        <fieldset className="group">
          <legend>Spouse or partner</legend>
          <div className="grid">
            <TextField path="spouse.fullName" label="Spouse’s full name" maxLength={NAME_MAX} />
            <DateField path="spouse.dateOfBirth" label="Spouse’s date of birth" />
            <YesNoField path="spouse.accompanying" label="Spouse will accompany" />
            <LinesField path="spouse.otherNames" label="Spouse’s other names and spellings" narrow />
            <CountriesField path="spouse.citizenships" label="Spouse’s citizenships" />
          </div>
        </fieldset>
      ) : (
        <p className="list-state">Spouse questions appear when the marital status is married or common-law.</p>
      )}
      {/* Side by side while folded, so a family with a few entries fits one screen. */}
      <div className="lists">
        {partnered && (
          <>
            <Repeatable path="spouse.education" noun="spouse education" title="Spouse’s education" newItem={() => ({})} describe={describeEducation}>
              {base => <EducationEntry base={base} />}
            </Repeatable>
            <Repeatable path="spouse.work" noun="spouse job" title="Spouse’s work" newItem={() => ({})} describe={describeWork}>
              {base => <WorkEntry base={base} />}
            </Repeatable>
            <Repeatable path="spouse.languages" noun="spouse language result" title="Spouse’s languages" newItem={() => ({})} describe={describeLanguage}>
              {base => <LanguageEntry base={base} />}
            </Repeatable>
          </>
        )}
        <ChildrenList />
      </div>
    </Section>
  );
}

function ChildrenList() {
  return (
    <Repeatable path="children" noun="child" title="Children" newItem={() => ({})} describe={describeChild}>
      {base => (
        <div className="grid">
          <DateField path={`${base}.dateOfBirth`} label="Date of birth" />
          <YesNoField path={`${base}.accompanying`} label="Will accompany" />
        </div>
      )}
    </Repeatable>
  );
}

export function EducationSection() {
  return (
    <Section id="education" title="Education">
      <Repeatable path="education" noun="education" title="Degrees and diplomas" newItem={() => ({})} describe={describeEducation}>
        {base => <EducationEntry base={base} />}
      </Repeatable>
    </Section>
  );
}

export function WorkSection() {
  return (
    <Section id="work" title="Work">
      <Repeatable path="work" noun="job" title="Work experience" newItem={() => ({})} describe={describeWork}>
        {base => <WorkEntry base={base} />}
      </Repeatable>
      <Repeatable path="registrations" noun="registration" title="Occupational registrations (licences to practise)" newItem={() => ({})} describe={r => [typeof r.occupation === 'string' ? r.occupation : 'Occupation not known', typeof r.country === 'string' ? countryName(r.country) : undefined].filter(Boolean).join(', ')}>
        {base => (
          <div className="grid">
            <CountryField path={`${base}.country`} label="Country" />
            <TextField path={`${base}.occupation`} label="Occupation" hint="e.g. registered nurse, chartered engineer" maxLength={NAME_MAX} />
            <NumberField path={`${base}.requiredYears`} label="Years of training or experience it requires" />
          </div>
        )}
      </Repeatable>
    </Section>
  );
}

export function LanguagesSection() {
  return (
    <Section id="languages" title="Languages">
      <Repeatable path="languages" noun="language result" title="Test results" newItem={() => ({})} describe={describeLanguage}>
        {base => <LanguageEntry base={base} />}
      </Repeatable>
    </Section>
  );
}

/** "Has a job offer?" decides whether the offer's details are asked at all. */
export function OfferSection() {
  const { draft, set } = useIntake();
  const offer = getPath(draft, 'jobOffer');
  const state = offer === undefined ? '' : offer === null ? 'no' : 'yes';
  return (
    <Section id="offer" title="Job offer">
      <div className="grid">
        <div className="field">
          <label htmlFor="f-jobOffer">Has a job offer</label>
          <select id="f-jobOffer" value={state} onChange={e => set('jobOffer', e.target.value === '' ? undefined : e.target.value === 'no' ? null : (offer ?? {}))}>
            <option value="">Not known</option>
            <option value="no">No</option>
            <option value="yes">Yes</option>
          </select>
        </div>
        {state === 'yes' && (
          <>
            <CountryField path="jobOffer.country" label="Country of the job" />
            <TextField path="jobOffer.employer" label="Employer" maxLength={NAME_MAX} />
            <TextField path="jobOffer.occupation" label="Occupation" maxLength={NAME_MAX} />
            <MoneyField path="jobOffer.annualSalary" label="Annual salary" />
            <SelectField path="jobOffer.usWageLevel" label="US wage level" numeric options={[['1', 'I'], ['2', 'II'], ['3', 'III'], ['4', 'IV']]} />
            <SelectField path="jobOffer.employerSize" label="Employer size" options={EMPLOYER_SIZES.map(s => [s, EMPLOYER_SIZE_LABELS[s]] as const)} />
            <YesNoField path="jobOffer.h1bDependentEmployer" label="H-1B dependent employer" />
            <DateField path="jobOffer.startDate" label="Start date" />
            {/* Germany and the UK (issue 13) */}
            <YesNoField path="jobOffer.shortageOccupation" label="German shortage occupation (Engpassberuf)" hint="Lowers the Blue Card salary (IT, medicine, nursing…)" />
            <TextField path="jobOffer.socCode" label="UK occupation code (SOC 2020)" hint="Four digits, e.g. 2231" maxLength={4} />
            <SelectField path="jobOffer.nationalPayScale" label="UK national pay scale" options={UK_PAY_SCALE_ROLES.map(r => [r, PAY_SCALE_LABELS[r]] as const)} />
            <YesNoField path="jobOffer.professionalRegistration" label="Registered with the professional body the job needs" hint="e.g. the NMC for nurses" />
          </>
        )}
      </div>
    </Section>
  );
}

const CRITERIA = Object.entries(ACHIEVEMENT_CRITERIA_LABELS);

export function AchievementsSection() {
  return (
    <Section id="achievements" title="Achievements">
      <div className="grid">
        <NumberField path="achievements.publications" label="Publications" />
        <NumberField path="achievements.citations" label="Citations" />
        <NumberField path="achievements.patents" label="Patents" />
        {CRITERIA.map(([key, label]) => (
          <YesNoField key={key} path={`achievements.${key}`} label={label} />
        ))}
        <LinesField path="achievements.awards" label="Awards" hint="One per line" />
      </div>
    </Section>
  );
}

export function TiesSection() {
  return (
    <Section id="ties" title="Ties">
      <Repeatable path="ties" noun="tie" title="Family and legal ties to other countries" newItem={() => ({})} describe={t => [typeof t.country === 'string' ? countryName(t.country) : 'Country not known', TIE_LABELS[t.kind as keyof typeof TIE_LABELS] as string | undefined].filter(Boolean).join(': ')}>
        {base => (
          <div className="grid">
            <CountryField path={`${base}.country`} label="Country" />
            <SelectField path={`${base}.kind`} label="Kind of tie" options={TIE_KINDS.map(k => [k, TIE_LABELS[k]] as const)} />
          </div>
        )}
      </Repeatable>
    </Section>
  );
}

export function GoalsSection() {
  const { draft, set } = useIntake();
  const priorities = (getPath(draft, 'goals.priorities') as string[] | undefined) ?? [];
  const setPriority = (i: number, value: string) => {
    const next = [...priorities];
    next[i] = value;
    const cleaned = next.filter(Boolean);
    set('goals.priorities', cleaned.length ? cleaned : undefined);
  };
  return (
    <Section id="goals" title="Goals">
      <div className="grid">
        <CountriesField path="goals.targetCountries" label="Target countries" span2 />
        <DateField path="goals.startBy" label="Wants to start by" />
        <MoneyField path="goals.budget" label="Budget" />
        <MoneyField path="funds" label="Funds available" />
        {PRIORITIES.map((_, i) => (
          <div className="field" key={i}>
            <label htmlFor={`f-goals-priorities-${String(i)}`}>Priority {i + 1}</label>
            <select id={`f-goals-priorities-${String(i)}`} value={priorities[i] ?? ''} onChange={e => setPriority(i, e.target.value)}>
              <option value="">—</option>
              {PRIORITIES.map(p => (
                <option key={p} value={p}>
                  {PRIORITY_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </Section>
  );
}

export function NotesSection() {
  return (
    <Section id="notes" title="Notes">
      <div className="grid">
        <TextField path="notes" label="Notes for the attorney" multiline maxLength={NOTES_MAX} />
      </div>
    </Section>
  );
}

/** Each step's section. */
export const STEP_SECTIONS: Readonly<Record<StepId, () => React.JSX.Element>> = {
  client: ClientSection,
  status: StatusSection,
  family: FamilySection,
  education: EducationSection,
  work: WorkSection,
  languages: LanguagesSection,
  offer: OfferSection,
  achievements: AchievementsSection,
  ties: TiesSection,
  goals: GoalsSection,
  notes: NotesSection,
};

/** Every section at once (the tests that check every field a link can lead to is really there). */
export function AllSections() {
  return (
    <>
      {STEPS.map(([id]) => {
        const Step = STEP_SECTIONS[id];
        return <Step key={id} />;
      })}
    </>
  );
}
