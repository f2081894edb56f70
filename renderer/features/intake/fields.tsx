/**
 * Form controls bound to a case-file path. Every control can say "not known": an empty text box,
 * a "Not known" option, or the Unknown choice of a yes/no question all remove the fact from the draft,
 * so the engine sees it as unknown rather than as "no".
 */
import { useState, type ReactNode } from 'react';
import { SUPPORTED_CURRENCIES } from '../../../shared/programs/fx-rates';
import { CountriesCombobox, CountryCombobox } from '../../lib/country-combobox';
import { formatDate, parseDate, useDateFormat } from '../../lib/date-format';
import { FieldFrame, type AriaProps } from '../shell/field-frame';
import { errorText } from './error-text';
import { fieldId, getPath } from './paths';
import { useIntake as useForm } from './use-intake-form';

type Common = { path: string; label: string; hint?: string | undefined; wide?: boolean | undefined };

/** A control bound to `path`, with the form's error for it (or for any of `errorPaths`). */
function Shell({ path, label, hint, wide, className, children, errorPaths = [path] }: Common & { children: (a: AriaProps) => ReactNode; errorPaths?: string[]; className?: string | undefined }) {
  const { errors } = useForm();
  const format = useDateFormat();
  const message = errorPaths.map(p => errors.get(p)).find(Boolean);
  return (
    <FieldFrame id={fieldId(path)} label={label} hint={hint} error={message && errorText(message, format)} wide={wide} className={className}>
      {children}
    </FieldFrame>
  );
}

const asText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/**
 * Free text; an empty box means not known. No placeholders anywhere: grey example text reads as a
 * value already given, so examples go in the hint. `maxLength`
 * is the case file's limit for the field (shared/case-file-fields.ts), so typing and pasting stop
 * where the schema would; a longer value loaded from elsewhere still shows, with the schema's error.
 */
export function TextField(props: Common & { multiline?: boolean; maxLength?: number }) {
  const { draft, set } = useForm();
  const value = asText(getPath(draft, props.path));
  const onChange = (v: string) => set(props.path, v === '' ? undefined : v);
  return (
    <Shell {...props} wide={props.wide ?? props.multiline}>
      {aria =>
        props.multiline ? (
          <LongTextArea aria={aria} value={value} onChange={onChange} maxLength={props.maxLength} />
        ) : (
          <input {...aria} value={value} maxLength={props.maxLength} onChange={e => onChange(e.target.value)} />
        )
      }
    </Shell>
  );
}

/** Longer than this, a text is shown in part until asked for: laying out a megabyte takes seconds. */
const LONG_TEXT = 64 * 1024;
const PREVIEW = 2000;

/**
 * A textarea, except for a very long text (a pasted transcript), which shows its beginning and its
 * size, and becomes the full textarea on request, so the intake stays quick to open.
 */
function LongTextArea({ aria, value, onChange, maxLength }: { aria: AriaProps; value: string; onChange: (v: string) => void; maxLength: number | undefined }) {
  const [open, setOpen] = useState(false);
  if (open || value.length <= LONG_TEXT) {
    return <textarea {...aria} rows={3} value={value} maxLength={maxLength} onChange={e => onChange(e.target.value)} autoFocus={open} />;
  }
  return (
    <div className="long-text">
      <div className="long-text-preview" dir="auto">
        {value.slice(0, PREVIEW)}…
      </div>
      <button type="button" {...aria} onClick={() => setOpen(true)}>
        Show and edit all {Math.round(value.length / 1024).toLocaleString('en')} KB
      </button>
    </div>
  );
}

/** Long enough for "30 September 2026" and a few stray spaces; the schema judges the rest. */
const DATE_MAX = 30;

/**
 * A date (or, with `month`, a month or a date) typed as text in the format chosen in Settings or as
 * `YYYY-MM-DD`, and stored as `YYYY-MM-DD` / `YYYY-MM`. While the box has focus it shows what is
 * typed; otherwise the stored date in the chosen format. Text that reads as no date is stored as
 * typed, so the schema's error shows beside it and nothing typed is lost.
 */
export function DateField(props: Common & { month?: boolean; disabled?: boolean }) {
  const { draft, set } = useForm();
  const format = useDateFormat();
  const stored = asText(getPath(draft, props.path));
  const [typing, setTyping] = useState<string | null>(null);
  const example = formatDate(props.month ? '2026-12' : '2026-12-03', format);
  return (
    <Shell {...props} hint={`e.g. ${example}${props.hint ? `. ${props.hint}` : ''}`}>
      {aria => (
        <input
          {...aria}
          value={typing ?? formatDate(stored, format)}
          maxLength={DATE_MAX}
          disabled={props.disabled}
          onChange={e => {
            const v = e.target.value;
            setTyping(v);
            set(props.path, v.trim() === '' ? undefined : (parseDate(v, format, props.month) ?? v.trim()));
          }}
          onBlur={() => setTyping(null)}
        />
      )}
    </Shell>
  );
}

/**
 * A box that records one answer when ticked and removes it when not (the fact is then told by the
 * date beside it, or unknown): "Still studying" (`studying: true`), "Still in this job" (`end: null`).
 */
export function CheckField({ path, label, checkedValue, hint }: { path: string; label: string; checkedValue: true | null; hint?: string }) {
  const { draft, set } = useForm();
  const id = `${fieldId(path)}-check`;
  return (
    <div className="field check-field">
      <span className="check">
        <input type="checkbox" id={id} checked={getPath(draft, path) === checkedValue} onChange={e => set(path, e.target.checked ? checkedValue : undefined)} aria-describedby={hint ? `${id}-hint` : undefined} />
        <label htmlFor={id}>{label}</label>
      </span>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

/** A number; what is not a number is kept as typed so the schema can say what is wrong. */
export function NumberField(props: Common & { step?: number }) {
  const { draft, set } = useForm();
  const value = asText(getPath(draft, props.path));
  return (
    <Shell {...props}>
      {aria => (
        <input
          {...aria}
          inputMode="decimal"
          value={value}
          onChange={e => {
            const v = e.target.value.trim();
            set(props.path, v === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v);
          }}
        />
      )}
    </Shell>
  );
}

/** One of a list; "Not known" removes the fact. */
export function SelectField(props: Common & { options: readonly (readonly [string, string])[]; unknownLabel?: string; numeric?: boolean }) {
  const { draft, set } = useForm();
  const toValue = (v: string) => (v === '' ? undefined : props.numeric ? Number(v) : v);
  return (
    <Shell {...props}>
      {aria => (
        <select {...aria} value={asText(getPath(draft, props.path))} onChange={e => set(props.path, toValue(e.target.value))}>
          <option value="">{props.unknownLabel ?? 'Not known'}</option>
          {props.options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    </Shell>
  );
}

/** Yes / No / Not known, for the case file's booleans. */
export function YesNoField(props: Common) {
  const { draft, set } = useForm();
  const v = getPath(draft, props.path);
  return (
    <Shell {...props}>
      {aria => (
        <select {...aria} value={v === true ? 'yes' : v === false ? 'no' : ''} onChange={e => set(props.path, e.target.value === '' ? undefined : e.target.value === 'yes')}>
          <option value="">Not known</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      )}
    </Shell>
  );
}

/** One country, typed by name; stored as its ISO code, and emptied to not known. */
export function CountryField(props: Common) {
  const { draft, set } = useForm();
  const value = getPath(draft, props.path);
  return (
    <Shell {...props}>
      {aria => <CountryCombobox aria={aria} label={props.label} value={typeof value === 'string' ? value : undefined} onChange={v => set(props.path, v)} />}
    </Shell>
  );
}

const codesAt = (v: unknown) => (Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string') : []);
const itemPaths = (path: string) => [path, ...[0, 1, 2, 3, 4, 5].map(i => `${path}[${String(i)}]`)];

/**
 * Text the user is typing that becomes a list: kept locally so a trailing comma or a new line is not
 * swallowed mid-typing; re-read when the stored list changes from elsewhere (loading a case).
 */
function useListText(path: string, join: string, split: (text: string) => string[]) {
  const { draft, set } = useForm();
  const stored = getPath(draft, path);
  const external = Array.isArray(stored) ? stored.join(join) : '';
  const [text, setText] = useState(external);
  const [seen, setSeen] = useState(external);
  if (external !== seen) {
    // The stored list changed from elsewhere: show it, unless it is what is being typed already.
    setSeen(external);
    if (split(text).join(join) !== external) setText(external);
  }
  const onChange = (value: string) => {
    setText(value);
    const items = split(value);
    set(path, items.length === 0 ? undefined : items);
  };
  return [text, onChange] as const;
}

const splitLines = (t: string) => t.split('\n').map(l => l.trim()).filter(Boolean);

/** A list of strings, one per line (other names, awards); `narrow` keeps it to two columns of the grid. */
export function LinesField(props: Common & { narrow?: boolean }) {
  const [text, onChange] = useListText(props.path, '\n', splitLines);
  return (
    <Shell {...props} wide={!props.narrow} className={props.narrow ? 'span-2' : undefined} errorPaths={[props.path, `${props.path}[0]`, `${props.path}[1]`, `${props.path}[2]`]}>
      {aria => <textarea {...aria} rows={Math.min(3, Math.max(1, text.split('\n').length))} value={text} onChange={e => onChange(e.target.value)} />}
    </Shell>
  );
}

/** Several countries, typed by name one after another; none chosen is not known. `span2`: two grid columns. */
export function CountriesField(props: Common & { span2?: boolean }) {
  const { draft, set } = useForm();
  return (
    <Shell {...props} className={props.span2 ? 'span-2' : undefined} errorPaths={itemPaths(props.path)}>
      {aria => <CountriesCombobox aria={aria} label={props.label} value={codesAt(getPath(draft, props.path))} onChange={v => set(props.path, v)} />}
    </Shell>
  );
}

/**
 * A list of countries where "none" is an answer of its own (permanent residence held): Not known,
 * None, or some countries typed by name. Not known stays unknown; None records an empty list.
 */
export function CountriesOrNoneField(props: Common & { someLabel: string }) {
  const { draft, set } = useForm();
  const stored = getPath(draft, props.path);
  const list = Array.isArray(stored) ? stored : null;
  const [choosingSome, setChoosingSome] = useState(false);
  const state = list && list.length > 0 ? 'some' : choosingSome ? 'some' : list ? 'none' : '';
  const choose = (v: string) => {
    setChoosingSome(v === 'some');
    if (v === '') set(props.path, undefined);
    else if (v === 'none') set(props.path, []);
  };
  const codesId = `${fieldId(props.path)}-countries`;
  return (
    <Shell {...props} errorPaths={itemPaths(props.path)}>
      {aria => (
        <span className="countries-or-none">
          <select {...aria} value={state} onChange={e => choose(e.target.value)}>
            <option value="">Not known</option>
            <option value="none">None</option>
            <option value="some">{props.someLabel}</option>
          </select>
          {state === 'some' && (
            <CountriesCombobox
              aria={{ id: codesId, 'aria-label': `${props.label}: countries`, 'aria-describedby': aria['aria-describedby'], 'aria-invalid': aria['aria-invalid'] }}
              label={`${props.label}: countries`}
              value={codesAt(stored)}
              // Removing the last country leaves "Yes, in…" chosen with none named yet: unknown, not None.
              onChange={v => {
                setChoosingSome(true);
                set(props.path, v);
              }}
            />
          )}
        </span>
      )}
    </Shell>
  );
}

const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });

/**
 * The currencies money can be entered in: those the exchange-rate table converts, so every amount
 * can be compared with a threshold. A code stored before (an imported file) stays visible as itself.
 */
function currencyOptions(current: string): (readonly [string, string])[] {
  const codes = SUPPORTED_CURRENCIES.includes(current) || current === '' ? SUPPORTED_CURRENCIES : [...SUPPORTED_CURRENCIES, current];
  return codes.map(code => [code, SUPPORTED_CURRENCIES.includes(code) ? (currencyNames.of(code) ?? code) : 'no exchange rate'] as const);
}

/** An amount and its currency, chosen from the currencies with an exchange rate. */
export function MoneyField(props: Common) {
  const { draft, set } = useForm();
  const amount = getPath(draft, `${props.path}.amount`);
  const currency = asText(getPath(draft, `${props.path}.currency`));
  const update = (a: unknown, c: string) => set(props.path, a === undefined && c === '' ? undefined : { amount: a, currency: c === '' ? undefined : c });
  return (
    <Shell {...props} errorPaths={[props.path, `${props.path}.amount`, `${props.path}.currency`]}>
      {aria => (
        <span className="money">
          <input
            {...aria}
            inputMode="decimal"
            value={asText(amount)}
            onChange={e => {
              const v = e.target.value.trim();
              update(v === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v, currency);
            }}
          />
          <select id={fieldId(`${props.path}.currency`)} aria-label={`${props.label}: currency`} className="currency" value={currency} onChange={e => update(amount, e.target.value)}>
            <option value="">Currency…</option>
            {currencyOptions(currency).map(([code, name]) => (
              <option key={code} value={code}>
                {code} · {name}
              </option>
            ))}
          </select>
        </span>
      )}
    </Shell>
  );
}
