/**
 * Form controls bound to a case-file path. Every control can say "not known": an empty text box,
 * a "Not known" option, or the Unknown choice of a yes/no question all remove the fact from the draft,
 * so the engine sees it as unknown rather than as "no".
 */
import { useState, type ReactNode } from 'react';
import { SUPPORTED_CURRENCIES } from '../../../shared/programs/fx-rates';
import { CountryOptions } from '../../lib/country-options';
import { FieldFrame, type AriaProps } from '../shell/field-frame';
import { fieldId, getPath } from './paths';
import { useIntake as useForm } from './use-intake-form';

type Common = { path: string; label: string; hint?: string | undefined; wide?: boolean | undefined };

/** A control bound to `path`, with the form's error for it (or for any of `errorPaths`). */
function Shell({ path, label, hint, wide, children, errorPaths = [path] }: Common & { children: (a: AriaProps) => ReactNode; errorPaths?: string[] }) {
  const { errors } = useForm();
  const error = errorPaths.map(p => errors.get(p)).find(Boolean);
  return (
    <FieldFrame id={fieldId(path)} label={label} hint={hint} error={error} wide={wide}>
      {children}
    </FieldFrame>
  );
}

const asText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/**
 * Free text; an empty box means not known (or `emptyAs`, e.g. null for "still ongoing"). `maxLength`
 * is the case file's limit for the field (shared/case-file-fields.ts), so typing and pasting stop
 * where the schema would; a longer value loaded from elsewhere still shows, with the schema's error.
 */
export function TextField(props: Common & { multiline?: boolean; placeholder?: string; emptyAs?: null; maxLength?: number }) {
  const { draft, set } = useForm();
  const value = asText(getPath(draft, props.path));
  const onChange = (v: string) => set(props.path, v === '' ? props.emptyAs : v);
  return (
    <Shell {...props} wide={props.wide ?? props.multiline}>
      {aria =>
        props.multiline ? (
          <LongTextArea aria={aria} value={value} onChange={onChange} maxLength={props.maxLength} />
        ) : (
          <input {...aria} value={value} placeholder={props.placeholder} maxLength={props.maxLength} onChange={e => onChange(e.target.value)} />
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

/** A date (`YYYY-MM-DD`) or month (`YYYY-MM`) typed as text, so it is the same on every locale. */
export function DateField(props: Common & { month?: boolean; emptyAs?: null }) {
  return <TextField {...props} maxLength={'YYYY-MM-DD'.length} placeholder={props.month ? 'YYYY-MM' : 'YYYY-MM-DD'} hint={props.hint ?? (props.month ? 'YYYY-MM or YYYY-MM-DD' : 'YYYY-MM-DD')} />;
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

/** One of a list (or every country, rendered once: see CountryOptions); "Not known" removes the fact. */
export function SelectField(props: Common & { options: readonly (readonly [string, string])[] | 'countries'; unknownLabel?: string; numeric?: boolean }) {
  const { draft, set } = useForm();
  const toValue = (v: string) => (v === '' ? undefined : props.numeric ? Number(v) : v);
  return (
    <Shell {...props}>
      {aria => (
        <select {...aria} value={asText(getPath(draft, props.path))} onChange={e => set(props.path, toValue(e.target.value))}>
          <option value="">{props.unknownLabel ?? 'Not known'}</option>
          {props.options === 'countries' ? (
            <CountryOptions />
          ) : (
            props.options.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))
          )}
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

export function CountryField(props: Common) {
  return <SelectField {...props} options="countries" />;
}

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
const splitCodes = (t: string) => t.split(/[\s,]+/).filter(Boolean).map(c => c.toUpperCase());

/** A list of strings, one per line (other names, awards). */
export function LinesField(props: Common) {
  const [text, onChange] = useListText(props.path, '\n', splitLines);
  return (
    <Shell {...props} wide errorPaths={[props.path, `${props.path}[0]`, `${props.path}[1]`, `${props.path}[2]`]}>
      {aria => <textarea {...aria} rows={2} value={text} onChange={e => onChange(e.target.value)} />}
    </Shell>
  );
}

/** Several countries, as ISO codes separated by commas or spaces (`US, CA, DE`). */
export function CountriesField(props: Common) {
  const [text, onChange] = useListText(props.path, ', ', splitCodes);
  return (
    <Shell {...props} hint={props.hint ?? 'Two-letter codes, e.g. US, CA, DE'} errorPaths={[props.path, ...[0, 1, 2, 3, 4, 5].map(i => `${props.path}[${String(i)}]`)]}>
      {aria => <input {...aria} value={text} onChange={e => onChange(e.target.value)} />}
    </Shell>
  );
}

/**
 * A list of countries where "none" is an answer of its own (permanent residence held): Not known,
 * None, or some countries typed as codes. Not known stays unknown; None records an empty list.
 */
export function CountriesOrNoneField(props: Common & { someLabel: string }) {
  const { draft, set } = useForm();
  const stored = getPath(draft, props.path);
  const list = Array.isArray(stored) ? stored : null;
  const [choosingSome, setChoosingSome] = useState(false);
  const [text, onText] = useListText(props.path, ', ', splitCodes);
  const state = list && list.length > 0 ? 'some' : choosingSome ? 'some' : list ? 'none' : '';
  const choose = (v: string) => {
    setChoosingSome(v === 'some');
    if (v === '') set(props.path, undefined);
    else if (v === 'none') set(props.path, []);
  };
  const codesId = `${fieldId(props.path)}-countries`;
  return (
    <Shell {...props} hint={props.hint ?? 'Countries as two-letter codes, e.g. US, CA'} errorPaths={[props.path, ...[0, 1, 2, 3].map(i => `${props.path}[${String(i)}]`)]}>
      {aria => (
        <span className="countries-or-none">
          <select {...aria} value={state} onChange={e => choose(e.target.value)}>
            <option value="">Not known</option>
            <option value="none">None</option>
            <option value="some">{props.someLabel}</option>
          </select>
          {state === 'some' && <input id={codesId} aria-label={`${props.label}: countries`} value={text} placeholder="US, CA" onChange={e => onText(e.target.value)} />}
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
