/**
 * Countries chosen by typing their name: an ARIA combobox (input + listbox, the APG "list
 * autocomplete with automatic selection" pattern). Names come from Intl.DisplayNames (countries.ts);
 * the value is always the ISO code. Arrow keys move through the matches, Enter or Tab takes the
 * highlighted one, Escape closes the list. Text that names no country is kept as typed, so the case
 * file's check can say so beside the field instead of the text silently vanishing.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { COUNTRY_OPTIONS, countryName } from './countries';

type Country = { code: string; name: string };
/** The ARIA attributes a field frame gives its control (id, invalid, described-by). */
type Aria = { id: string; 'aria-label'?: string; 'aria-invalid'?: true | undefined; 'aria-describedby'?: string | undefined };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const FOLDED = COUNTRY_OPTIONS.map(c => ({ ...c, folded: fold(c.name) }));
const MAX_SHOWN = 8;
const NONE: readonly string[] = [];

/** Countries whose name (or one of its words) starts with `query`, those starting the name first; a two-letter code matches its country. */
export function matchCountries(query: string, exclude: readonly string[] = []): Country[] {
  const q = fold(query.trim());
  if (!q) return [];
  const starts = FOLDED.filter(c => c.folded.startsWith(q));
  const words = FOLDED.filter(c => !c.folded.startsWith(q) && c.folded.split(/[\s(),-]+/).some(w => w.startsWith(q)));
  const byCode = q.length === 2 ? FOLDED.filter(c => c.code.toLowerCase() === q && !starts.includes(c) && !words.includes(c)) : [];
  return [...starts, ...words, ...byCode].filter(c => !exclude.includes(c.code)).map(({ code, name }) => ({ code, name }));
}

/** The code of a country typed in full (its name or its code, any case), else undefined. */
export function exactCountry(text: string): string | undefined {
  const q = fold(text.trim());
  return COUNTRY_OPTIONS.find(c => fold(c.name) === q || c.code.toLowerCase() === q)?.code;
}

/** What a stored value reads as: the country's name, or the text as stored when it names none. */
const shown = (value: string | undefined) => (value === undefined ? '' : COUNTRY_OPTIONS.some(c => c.code === value) ? countryName(value) : value);

/**
 * The typing part shared by the single and the many: text, the matches, the highlighted one, and the
 * keys. `accept` gets the code chosen with Enter or Tab, and returns the text the box shows next.
 */
function useTypeahead(exclude: readonly string[], accept: (code: string) => string) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchCountries(text, exclude).slice(0, MAX_SHOWN), [text, exclude]);
  const highlighted = open ? matches[Math.min(active, matches.length - 1)] : undefined;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive(a => Math.max(0, Math.min(matches.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    } else if ((e.key === 'Enter' || e.key === 'Tab') && highlighted) {
      // Enter would otherwise submit the form; Tab still moves on, with the country taken.
      if (e.key === 'Enter') e.preventDefault();
      setOpen(false);
      setText(accept(highlighted.code));
    }
  };
  const type = (value: string) => {
    setText(value);
    setActive(0);
    setOpen(value.trim() !== '');
  };
  return { text, setText, open, setOpen, matches, highlighted, onKeyDown, type };
}

function Listbox({ id, label, matches, highlighted, onPick }: { id: string; label: string; matches: Country[]; highlighted: Country | undefined; onPick: (code: string) => void }) {
  return (
    <ul className="combobox-list" role="listbox" id={id} aria-label={label}>
      {matches.map(c => (
        <li
          key={c.code}
          id={`${id}-${c.code}`}
          role="option"
          aria-selected={c === highlighted}
          // mousedown, not click: the input keeps focus, so its blur does not commit the half-typed text first.
          onMouseDown={e => {
            e.preventDefault();
            onPick(c.code);
          }}
        >
          {c.name}
        </li>
      ))}
    </ul>
  );
}

function comboAttrs(listId: string, open: boolean, highlighted: Country | undefined) {
  return {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': open,
    'aria-controls': listId,
    'aria-activedescendant': highlighted ? `${listId}-${highlighted.code}` : undefined,
    autoComplete: 'off',
    spellCheck: false,
  } as const;
}

/**
 * One country. `value` is the stored code (or text that names no country); `onChange` gets a code,
 * the text as typed when it names none, or undefined when the box is emptied (not known).
 */
export function CountryCombobox({ aria, label, value, onChange }: { aria: Aria; label: string; value: string | undefined; onChange: (value: string | undefined) => void }) {
  const listId = `${useId().replace(/:/g, '')}-countries`;
  const [editing, setEditing] = useState(false);
  const t = useTypeahead(NONE, code => {
    onChange(code);
    return countryName(code);
  });
  const commit = () => {
    setEditing(false);
    t.setOpen(false);
    const typed = t.text.trim();
    onChange(typed === '' ? undefined : (exactCountry(typed) ?? typed));
  };
  return (
    <span className="combobox">
      <input
        {...aria}
        {...comboAttrs(listId, t.open && t.matches.length > 0, t.highlighted)}
        value={editing ? t.text : shown(value)}
        onFocus={() => {
          t.setText(shown(value));
          setEditing(true);
        }}
        onChange={e => {
          setEditing(true);
          t.type(e.target.value);
        }}
        onBlur={() => {
          // After Tab took a country, the text is already its name: committing it again changes nothing.
          if (editing) commit();
          setEditing(false);
        }}
        onKeyDown={t.onKeyDown}
      />
      {t.open && t.matches.length > 0 && <Listbox id={listId} label={label} matches={t.matches} highlighted={t.highlighted} onPick={code => {
        t.setOpen(false);
        t.setText(countryName(code));
        onChange(code);
      }} />}
    </span>
  );
}

/**
 * Several countries: each chosen one is a chip with its own Remove button, then a box to add another.
 * Enter adds the highlighted country and stays for the next; Tab adds it and moves on; Backspace in
 * the empty box removes the last one. Removing every country makes the list unknown again.
 */
export function CountriesCombobox({ aria, label, value, onChange }: { aria: Aria; label: string; value: readonly string[]; onChange: (value: string[] | undefined) => void }) {
  const listId = `${useId().replace(/:/g, '')}-countries`;
  const set = (next: string[]) => onChange(next.length ? next : undefined);
  const t = useTypeahead(value, code => {
    set([...value, code]);
    return '';
  });
  const commitTyped = () => {
    const typed = t.text.trim();
    if (!typed) return;
    const code = exactCountry(typed);
    // Text that names no country stays in the box (and the list unchanged) until it is corrected.
    if (code && !value.includes(code)) {
      t.setText('');
      set([...value, code]);
    }
  };
  return (
    <span className="combobox combobox-multi">
      {value.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {value.map(code => (
            <li key={code} className="chip">
              <span dir="auto">{shown(code)}</span>
              <button type="button" className="chip-remove" aria-label={`Remove ${shown(code)}`} onClick={() => set(value.filter(c => c !== code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        {...aria}
        {...comboAttrs(listId, t.open && t.matches.length > 0, t.highlighted)}
        value={t.text}
        onChange={e => t.type(e.target.value)}
        onBlur={() => {
          t.setOpen(false);
          commitTyped();
        }}
        onKeyDown={e => {
          if (e.key === 'Backspace' && t.text === '' && value.length > 0) set(value.slice(0, -1));
          else if (e.key === 'Enter' && !t.highlighted) {
            e.preventDefault();
            commitTyped();
          } else t.onKeyDown(e);
        }}
      />
      {t.open && t.matches.length > 0 && <Listbox id={listId} label={label} matches={t.matches} highlighted={t.highlighted} onPick={code => {
        t.setText('');
        t.setOpen(false);
        set([...value, code]);
      }} />}
    </span>
  );
}
