import type { KeyboardEvent } from 'react';

/** Row and column steps of the arrow keys. */
const STEPS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** The table's cells that take part in arrow-key moves: those of rows not hidden. */
const visibleRows = (table: HTMLTableElement) => Array.from(table.rows).filter(r => !r.hidden && !r.closest('[hidden]'));

/** Makes `cell` the table's one tab stop, so Tab leaves the table and Shift+Tab returns to it. */
export function makeTabStop(table: HTMLTableElement, cell: HTMLTableCellElement): void {
  for (const el of Array.from(table.querySelectorAll<HTMLElement>(':scope > * > tr > [tabindex="0"]'))) el.tabIndex = -1;
  cell.tabIndex = 0;
}

/**
 * Arrow keys move between the table's cells (Home and End to the ends of a row), skipping hidden
 * rows; a cell spanning several columns is one stop, and a move up or down lands in the nearest
 * column the next row has. Keys inside form fields keep their own meaning.
 */
export function moveBetweenCells(event: KeyboardEvent<HTMLTableElement>): void {
  const table = event.currentTarget;
  const target = event.target as HTMLElement;
  if (target.closest('input, select, textarea')) return;
  const cell = target.closest<HTMLTableCellElement>('th, td');
  if (!cell || cell.closest('table') !== table) return;
  const rows = visibleRows(table);
  const r = rows.indexOf(cell.parentElement as HTMLTableRowElement);
  const row = rows[r];
  if (!row) return;
  let next: HTMLTableCellElement | undefined;
  if (event.key === 'Home') next = row.cells[0];
  else if (event.key === 'End') next = row.cells[row.cells.length - 1];
  else {
    const step = STEPS[event.key];
    if (!step) return;
    const to = rows[r + step[0]];
    const c = cell.cellIndex + step[1];
    if (to && c >= 0 && (step[1] === 0 || c < to.cells.length)) next = to.cells[Math.min(c, to.cells.length - 1)];
  }
  event.preventDefault();
  if (!next) return;
  makeTabStop(table, next);
  next.focus();
}
