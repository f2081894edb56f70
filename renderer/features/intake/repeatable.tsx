import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useDateFormat, type DateFormat } from '../../lib/date-format';
import { useIntake } from './use-intake-form';
import { fieldId, getPath } from './paths';

type Props = {
  path: string;
  /** Singular noun for buttons and headings: "education", "job", "language result". */
  noun: string;
  title: string;
  newItem: () => Record<string, unknown>;
  /** One line saying what an entry holds, shown while it is folded ("Master's in Computer Science"). */
  describe?: ((item: Record<string, unknown>, format: DateFormat) => string) | undefined;
  children: (base: string, index: number) => ReactNode;
};

/**
 * A list of entries (degrees, jobs, test results, children) added and removed with buttons, so the
 * keyboard alone does it: Add moves focus into the new entry, Remove to the next one or to Add.
 * An absent list is "not known"; "None" records an empty list, which the engine reads as "none".
 *
 * Entries already recorded start folded to one line, so a step with several fits the screen; a new
 * entry, and one with a problem, is open. Folded entries stay in the page, so a link to one of their
 * fields can open them (see goToField).
 */
export function Repeatable({ path, noun, title, newItem, describe, children }: Props) {
  const { draft, set, errors } = useIntake();
  const format = useDateFormat();
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const value = getPath(draft, path);
  const items = Array.isArray(value) ? (value as unknown[]) : null;
  const focusTarget = useRef<string | null>(null);
  const container = useRef<HTMLFieldSetElement>(null);
  const base = fieldId(path);

  // After an add or remove has rendered, move focus where the keyboard user expects it.
  useEffect(() => {
    const id = focusTarget.current;
    focusTarget.current = null;
    if (!id) return;
    // The target is either a control (the Add button) or an entry whose first control gets focus.
    const target = container.current?.querySelector<HTMLElement>(`#${id}`);
    const folded = target?.querySelector('details:not([open])');
    const control = target?.matches('input, select, textarea, button') ? target : target?.querySelector<HTMLElement>(folded ? 'summary' : 'input, select, textarea');
    control?.focus();
  }, [items?.length]);

  const add = () => {
    const next = [...(items ?? []), newItem()];
    focusTarget.current = `${base}-item-${String(next.length - 1)}`;
    setOpened(o => new Set([...o, next.length - 1]));
    set(path, next);
  };
  const remove = (i: number) => {
    const next = (items ?? []).filter((_, j) => j !== i);
    focusTarget.current = next.length > i ? `${base}-item-${String(i)}` : `${base}-add`;
    setOpened(o => new Set([...o].filter(j => j !== i).map(j => (j > i ? j - 1 : j))));
    set(path, next);
  };
  const toggle = (i: number, open: boolean) => setOpened(o => (o.has(i) === open ? o : new Set(open ? [...o, i] : [...o].filter(j => j !== i))));
  const hasProblem = (i: number) => [...errors.keys()].some(k => k.startsWith(`${path}[${String(i)}]`));

  return (
    <fieldset ref={container} className="repeatable" id={base}>
      <legend>{title}</legend>
      {items === null && (
        <p className="list-state">
          Not recorded yet.{' '}
          <button type="button" className="link" onClick={() => set(path, [])}>
            The client has none
          </button>
        </p>
      )}
      {items?.length === 0 && <p className="list-state">None.</p>}
      {items?.map((item, i) => {
        const open = opened.has(i) || hasProblem(i);
        const label = `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)} ${String(i + 1)}`;
        const summary = describe?.(item && typeof item === 'object' ? (item as Record<string, unknown>) : {}, format) || 'Nothing recorded yet';
        return (
          <fieldset key={i} className="entry" id={`${base}-item-${String(i)}`}>
            {/* Named for screen readers; on screen, the folded line and the list's title say which entry it is. */}
            <legend className="visually-hidden">{label}</legend>
            <details open={open} onToggle={e => toggle(i, e.currentTarget.open)}>
              <summary className="entry-summary">
                <span className="entry-number">{i + 1}.</span> {summary}
              </summary>
              {children(`${path}[${String(i)}]`, i)}
              <div className="entry-actions">
                <button type="button" onClick={() => remove(i)}>
                  Remove {noun} {i + 1}
                </button>
              </div>
            </details>
          </fieldset>
        );
      })}
      <div className="entry-actions">
        <button type="button" id={`${base}-add`} onClick={add}>
          Add {noun}
        </button>
      </div>
    </fieldset>
  );
}
