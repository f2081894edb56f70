/**
 * A bordered table that breaks across pages between rows and repeats its header row at the top of
 * every page it reaches, so each printed page of the table can be read on its own.
 */
import { COLOURS, type Flow } from './pdf-flow';
import { LEADING, type Line, type Styled } from './pdf-text';

/** A column's heading and its share of the table's width. */
export type Column = { heading: string; /** Share of the table's width. */ weight: number };
/** A row's cells as styled text, and its background. */
export type Row = { cells: Styled[][]; fill?: string };

const PAD_X = 3.5;
const PAD_Y = 3;

type Laid = { lines: Line[][]; height: number };

function lay(flow: Flow, cells: readonly Styled[][], widths: readonly number[]): Laid {
  const lines = cells.map((c, i) => flow.text.layout(c, (widths[i] ?? 0) - 2 * PAD_X));
  const height = Math.max(...lines.map(ls => ls.reduce((h, l) => h + l.size * LEADING, 0))) + 2 * PAD_Y;
  return { lines, height };
}

/**
 * How a row is tagged: header cells (TH, heading their columns), data cells (TD), or nothing, for
 * the header row repeated on a later page, which screen readers have already read.
 */
type CellTag = 'TH' | 'TD' | 'repeat';

function drawRow(flow: Flow, laid: Laid, widths: readonly number[], fill: string | undefined, cell: CellTag): void {
  const { doc } = flow;
  const total = widths.reduce((s, w) => s + w, 0);
  const top = flow.y;
  if (fill) flow.artifact(() => doc.save().rect(flow.box.left, top, total, laid.height).fill(fill).restore());
  const cells = () => {
    let x = flow.box.left;
    laid.lines.forEach((lines, i) => {
      const w = widths[i] ?? 0;
      const left = x;
      const text = () => {
        let y = top + PAD_Y;
        for (const line of lines) {
          flow.text.drawLine(line, left + PAD_X, y);
          y += line.size * LEADING;
        }
      };
      if (cell === 'TH') flow.tag('TH', text, { scope: 'Column' });
      else if (cell === 'TD') flow.tag('TD', text);
      else text();
      flow.artifact(() => doc.save().rect(left, top, w, laid.height).lineWidth(0.5).strokeColor(COLOURS.rule).stroke().restore());
      x += w;
    });
  };
  if (cell === 'repeat') flow.artifact(cells);
  else flow.tag('TR', cells);
  flow.y += laid.height;
}

/**
 * Draws the table at the cursor. A row that does not fit starts a new page, which opens with the
 * header row again; the header never sits alone at the foot of a page.
 */
export function drawTable(flow: Flow, columns: readonly Column[], header: readonly Styled[][], rows: readonly Row[]): void {
  const totalWeight = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map(c => (c.weight / totalWeight) * flow.width);
  const head = lay(flow, header, widths);
  const laid = rows.map(r => lay(flow, r.cells, widths));
  flow.ensure(head.height + (laid[0]?.height ?? 0));
  flow.tag('Table', () => {
    drawRow(flow, head, widths, COLOURS.band, 'TH');
    laid.forEach((row, i) => {
      if (flow.ensure(row.height)) drawRow(flow, head, widths, COLOURS.band, 'repeat');
      drawRow(flow, row, widths, rows[i]?.fill, 'TD');
    });
  });
}
