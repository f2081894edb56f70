import { useEffect, useRef, type ReactNode } from 'react';
import { useIntake } from './use-intake-form';
import { fieldId, getPath } from './paths';

type Props = {
  path: string;
  /** Singular noun for buttons and headings: "education", "job", "language result". */
  noun: string;
  title: string;
  newItem: () => Record<string, unknown>;
  children: (base: string, index: number) => ReactNode;
};

/**
 * A list of entries (degrees, jobs, test results, children) added and removed with buttons, so the
 * keyboard alone does it: Add moves focus into the new entry, Remove to the next one or to Add.
 * An absent list is "not known"; "None" records an empty list, which the engine reads as "none".
 */
export function Repeatable({ path, noun, title, newItem, children }: Props) {
  const { draft, set } = useIntake();
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
    const control = target?.matches('input, select, textarea, button') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
    control?.focus();
  }, [items?.length]);

  const add = () => {
    const next = [...(items ?? []), newItem()];
    focusTarget.current = `${base}-item-${String(next.length - 1)}`;
    set(path, next);
  };
  const remove = (i: number) => {
    const next = (items ?? []).filter((_, j) => j !== i);
    focusTarget.current = next.length > i ? `${base}-item-${String(i)}` : `${base}-add`;
    set(path, next);
  };

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
      {items?.map((_, i) => (
        <fieldset key={i} className="entry" id={`${base}-item-${String(i)}`}>
          <legend>
            {noun[0]?.toUpperCase()}
            {noun.slice(1)} {i + 1}
          </legend>
          {children(`${path}[${String(i)}]`, i)}
          <div className="entry-actions">
            <button type="button" onClick={() => remove(i)}>
              Remove {noun} {i + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="entry-actions">
        <button type="button" id={`${base}-add`} onClick={add}>
          Add {noun}
        </button>
      </div>
    </fieldset>
  );
}
