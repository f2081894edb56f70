import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The cells whose text changed with the last change of `version` (a new assessment: an assumption,
 * a what-if, the currency). Each cell carries `data-cell` and its content sits in `.cell-body`, so
 * the mark itself is not compared. A column that was not there before is new, not changed. The marks
 * stay until the next change; reordering, filtering or expanding is not a change.
 */
export function useChangedCells(table: RefObject<HTMLElement | null>, version: unknown): ReadonlySet<string> {
  const previous = useRef<Map<string, string> | null>(null);
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  useLayoutEffect(() => {
    const now = new Map<string, string>();
    for (const cell of Array.from(table.current?.querySelectorAll<HTMLElement>('[data-cell]') ?? [])) {
      now.set(cell.dataset.cell ?? '', cell.querySelector('.cell-body')?.textContent ?? '');
    }
    const before = previous.current;
    previous.current = now;
    if (!before) return;
    setChanged(new Set([...now].filter(([key, text]) => before.has(key) && before.get(key) !== text).map(([key]) => key)));
    // Only a new assessment counts as a change; the table ref is stable.
  }, [table, version]);
  return changed;
}
