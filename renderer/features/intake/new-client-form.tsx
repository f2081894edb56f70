import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MARITAL_STATUSES } from '../../../shared/case-file';
import { EMAIL_MAX, NAME_MAX, NOTES_MAX, PHONE_MAX } from '../../../shared/case-file-fields';
import type { CaseRecord } from '../../../shared/contract';
import { advisor, AdvisorCallError, errorMessage } from '../../lib/advisor';
import { MARITAL_LABELS } from '../../lib/format';
import { CountryCombobox } from '../../lib/country-combobox';
import { dateExample, parseDate, useDateFormat } from '../../lib/date-format';
import {
  draftToCaseFile,
  EMPTY_DRAFT,
  issuesToFieldErrors,
  validateDraft,
  type DraftField,
  type NewClientDraft,
} from './new-client';

type Errors = Partial<Record<DraftField, string>>;

/** Order of the fields on screen, so the first error gets focus. */
const FIELD_ORDER: DraftField[] = [
  'fullName',
  'otherNames',
  'dateOfBirth',
  'citizenship',
  'secondCitizenship',
  'residenceCountry',
  'maritalStatus',
  'email',
  'phone',
  'notes',
];

/**
 * "New client": records who the client is and opens their first case. Everything else the
 * engine needs (education, work, languages, offer) belongs to the guided intake.
 */
export function NewClientForm(props: { onCreated: (record: CaseRecord) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<NewClientDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Errors>({});
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const format = useDateFormat();
  // The date of birth as typed (in the Settings format or YYYY-MM-DD); the draft holds it as YYYY-MM-DD.
  const [dateText, setDateText] = useState('');

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('#fullName')?.focus();
  }, []);

  const focusFirst = (errs: Errors) => {
    const first = FIELD_ORDER.find(f => errs[f]);
    if (first) form.current?.querySelector<HTMLElement>(`#${first}`)?.focus();
  };

  const set = (field: DraftField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // After a first attempt, keep the messages in step with what is typed.
    if (submitted) setErrors(validateDraft(next, undefined, format));
  };

  const submit = async () => {
    setSubmitted(true);
    setFailure(null);
    const errs = validateDraft(draft, undefined, format);
    setErrors(errs);
    if (Object.keys(errs).length > 0) {
      focusFirst(errs);
      return;
    }
    setSaving(true);
    try {
      props.onCreated(await advisor('cases:create', { caseFile: draftToCaseFile(draft) }));
    } catch (err) {
      const serverErrs =
        err instanceof AdvisorCallError && err.code === 'bad-input' && err.field
          ? issuesToFieldErrors([{ field: err.field, message: err.message }], format)
          : {};
      setErrors(serverErrs);
      focusFirst(serverErrs);
      setFailure(`The client was not saved: ${errorMessage(err)}`);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: DraftField, label: string, control: ReactNode, hint?: string) => (
    <div className={`field${errors[name] ? ' invalid' : ''}`}>
      <label htmlFor={name}>{label}</label>
      {control}
      {hint && (
        <span className="hint" id={`${name}-hint`}>
          {hint}
        </span>
      )}
      {errors[name] && (
        <span className="field-error" id={`${name}-error`}>
          {errors[name]}
        </span>
      )}
    </div>
  );
  const aria = (name: DraftField, hint = false) => ({
    id: name,
    name,
    value: draft[name],
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby':
      [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined,
  });
  const countrySelect = (name: DraftField, label: string) => {
    const { id, 'aria-invalid': invalid, 'aria-describedby': describedBy } = aria(name);
    return <CountryCombobox aria={{ id, 'aria-invalid': invalid ? true : undefined, 'aria-describedby': describedBy }} label={label} value={draft[name] || undefined} onChange={v => set(name, v ?? '')} />;
  };

  return (
    <section aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">New client</h1>
      </header>
      <p className="lede">
        Record who the client is to open a case. Leave anything you do not know blank: it is kept as
        unknown, never as “no”. The case then opens for the full intake (status, family, education,
        work, languages, job offer and goals).
      </p>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <form
        ref={form}
        className="form"
        noValidate
        onSubmit={e => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>Client</legend>
          {field(
            'fullName',
            'Full name (required)',
            <input {...aria('fullName')} autoComplete="off" maxLength={NAME_MAX} onChange={e => set('fullName', e.target.value)} />,
          )}
          {field(
            'otherNames',
            'Other names and spellings',
            <textarea {...aria('otherNames', true)} rows={2} onChange={e => set('otherNames', e.target.value)} />,
            'One per line, in any script (e.g. 李伟, प्रिया शर्मा). Used for conflict checks.',
          )}
          {field(
            'dateOfBirth',
            'Date of birth',
            <input
              {...aria('dateOfBirth', true)}
              value={dateText}
              maxLength={30}
              onChange={e => {
                setDateText(e.target.value);
                set('dateOfBirth', parseDate(e.target.value, format) ?? e.target.value);
              }}
            />,
            `For example ${dateExample(format)}`,
          )}
          {field('citizenship', 'Citizenship', countrySelect('citizenship', 'Citizenship'))}
          {field('secondCitizenship', 'Second citizenship', countrySelect('secondCitizenship', 'Second citizenship'))}
          {field('residenceCountry', 'Country of residence', countrySelect('residenceCountry', 'Country of residence'))}
          {field(
            'maritalStatus',
            'Marital status',
            <select {...aria('maritalStatus')} onChange={e => set('maritalStatus', e.target.value)}>
              <option value="">Not known</option>
              {MARITAL_STATUSES.map(s => (
                <option key={s} value={s}>
                  {MARITAL_LABELS[s]}
                </option>
              ))}
            </select>,
          )}
        </fieldset>
        <fieldset>
          <legend>Contact</legend>
          {field(
            'email',
            'E-mail',
            <input {...aria('email')} type="email" autoComplete="off" maxLength={EMAIL_MAX} onChange={e => set('email', e.target.value)} />,
          )}
          {field('phone', 'Phone', <input {...aria('phone')} type="tel" maxLength={PHONE_MAX} onChange={e => set('phone', e.target.value)} />)}
          {field(
            'notes',
            'Notes for the attorney',
            <textarea {...aria('notes')} rows={3} maxLength={NOTES_MAX} onChange={e => set('notes', e.target.value)} />,
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Create client and case'}
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
