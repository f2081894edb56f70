import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RankMark } from '../../../shared/compare/ranking';
import type { Fact, Program } from '../../../shared/programs/types';
import { headline } from '../../../shared/rules/headline';
import { oddsNeeds } from '../../../shared/rules/fact-labels';
import { conditionalText, firmFigureText, formatMoney, oddsDetail, oddsHeadline } from '../../../shared/rules/labels';
import type { AssumptionEffect } from '../../../shared/rules/assumption-effects';
import type { Assessment, GateResult } from '../../../shared/rules/types';
import { countryName } from '../../lib/countries';
import { makeTabStop, moveBetweenCells } from './grid-keys';
import { arrangeColumns, isViable, type ColumnFilter, type ColumnOrder } from './matrix-columns';
import { Sourced } from './sourced';
import { useCatalogue } from '../../lib/use-catalogue';
import { useChangedCells } from './use-changed-cells';

/** What the matrix shows beside the engine's answer: rank, reasons and the points that could move. */
export type ColumnExtras = {
  rank?: { rank: number; score: number; reasons: string[]; mark?: RankMark | null; scoreMatchesRank?: boolean };
  needle?: { change: string; delta: number }[];
  /** The policy assumptions this route uses, and why those that cannot change it for this client do not. */
  assumptions?: AssumptionEffect[];
};

const GATE_MARK: Record<GateResult['status'], string> = { met: '✓', 'not-met': '✗', unknown: '?' };

const range = (r: readonly [number, number] | null) => (r ? (r[0] === r[1] ? `${String(r[0])} months` : `${String(r[0])}–${String(r[1])} months`) : null);
const sourceOf = (f: Fact<unknown> | undefined) => f?.sourceId;

function GateLine({ g }: { g: GateResult }) {
  const kind = g.judgement && g.status === 'unknown' ? 'judge' : g.status;
  return (
    <li className={`gate gate-${kind}`}>
      <Sourced sourceIds={[g.sourceId]}>
        <span className="gate-mark" aria-hidden="true">{g.judgement && g.status === 'unknown' ? '⚖' : GATE_MARK[g.status]}</span>{' '}
        <span className="visually-hidden">{kind === 'judge' ? 'For the attorney to judge:' : `${g.status}:`}</span>
        {g.label}
      </Sourced>
      <span className="gate-reason">{g.reason}</span>
    </li>
  );
}

function Cost({ a, payer }: { a: Assessment; payer: 'applicant' | 'employer' }) {
  const items = a.costs.items.filter(i => i.payer === payer && !i.optional);
  const unknown = a.costs.unknown.filter(u => u.payer === payer);
  const conditional = a.costs.conditional.filter(c => c.payer === payer);
  return (
    <Sourced sourceIds={[...items.map(i => i.sourceId), ...conditional.map(c => c.sourceId), a.costs.fxSourceId]}>
      <strong>{formatMoney(a.costs.totals[payer])}</strong>
      {unknown.length > 0 && <span className="unknown-mark"> + {unknown.length} unknown</span>}
      {/* The firm's own figure, not the catalogue's: the items below name it with its source. */}
      {[...items, ...unknown, ...conditional].some(f => f.firm) && <span className="confidence-mark firm-figure">firm figure</span>}
      {payer === 'applicant' && (a.costs.notes ?? []).map(n => <span key={n} className="cost-note">{n}</span>)}
      {conditional.map(c => (
        <span key={c.label} className="conditional-cost">
          {' '}
          {conditionalText(c)}
        </span>
      ))}
      {(items.length > 0 || unknown.length > 0 || conditional.length > 0) && (
        <details className="cost-items">
          <summary>Items</summary>
          <ul>
            {items.map(i => (
              <li key={i.label}>
                {i.label}: {formatMoney(i.amount)}
                {i.converted && i.converted.currency !== i.amount.currency ? ` (≈ ${formatMoney(i.converted)})` : ''}
                {i.firm && ` — ${firmFigureText(i.firm)}`}
              </li>
            ))}
            {unknown.map(u => (
              <li key={u.label} className="unknown">
                {u.label}: unknown. {u.reason}
                {u.firm && ` — ${firmFigureText(u.firm)}`}
              </li>
            ))}
            {conditional.map(c => (
              <li key={c.label} className="conditional">
                {c.label}: {conditionalText(c)}, not in the total.
                {c.firm && ` — ${firmFigureText(c.firm)}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Sourced>
  );
}

/** A missing month figure: below recent cut-offs no invitation is expected, so none is counted. */
function NoFigure({ a, label }: { a: Assessment; label: string }) {
  return <span className="unknown">{a.standing ? 'no invitation expected at recent cut-offs' : label}</span>;
}

/**
 * One row of the matrix. Rows without a group are the summary, always shown; rows with a group
 * expand and collapse with it, for every route at once.
 */
type Row = { label: string; group?: RowGroup; cell: (a: Assessment, p: Program | undefined, x: ColumnExtras) => ReactNode };

/** The expandable groups, in the order they follow the summary. */
const ROW_GROUPS = ['Criteria and points', 'Family', 'Language', 'Employer tie', 'Key risks'] as const;
type RowGroup = (typeof ROW_GROUPS)[number];

/** Summary rows first (status, rank, costs, times, odds), then the expandable groups. */
const ROWS: Row[] = [
  {
    label: 'Status',
    cell: a => {
      const h = headline(a);
      return (
        <>
          <span className={`verdict verdict-${h.kind}`}>{h.text}</span>
          {a.standing && <span className="standing">{a.standing.summary}</span>}
        </>
      );
    },
  },
  {
    label: 'Rank for this client',
    cell: (_a, _p, x) => (
      <>
        {x.rank ? (
          <details className="rank">
            <summary>
              <strong>#{x.rank.rank}</strong>
              {x.rank.mark && <span className="rank-mark"> · {x.rank.mark.label}</span>}
              {/* A fit score that disagrees with the rank order would contradict it, so only an agreeing one is shown. */}
              {x.rank.scoreMatchesRank === true && <span className="muted"> · fit {Math.round(x.rank.score)} of 100</span>}
            </summary>
            <ul className="reasons">{x.rank.reasons.map(r => <li key={r}>{r}</li>)}</ul>
          </details>
        ) : (
          '—'
        )}
        {(x.assumptions ?? []).filter(e => !e.applies).map(e => <p key={e.key} className="assumption-idle">{e.why}</p>)}
      </>
    ),
  },
  { label: 'Cost to the client', cell: a => <Cost a={a} payer="applicant" /> },
  { label: 'Cost to the employer', cell: a => <Cost a={a} payer="employer" /> },
  {
    label: 'Time to work',
    cell: (a, p) => <Sourced sourceIds={a.standing?.sourceIds ?? [sourceOf(p?.toWorkMonths)]}>{range(a.timeline.toWorkMonths) ?? <NoFigure a={a} label="unknown" />}</Sourced>,
  },
  {
    label: 'Time to permanent residence',
    cell: (a, p) => (
      <Sourced sourceIds={a.standing?.sourceIds ?? [sourceOf(p?.permanentResidence?.months), ...Object.values(p?.permanentResidence?.byCitizenship ?? {}).map(sourceOf)]}>
        {range(a.timeline.toPermanentResidenceMonths) ?? <NoFigure a={a} label={p?.permanentResidence ? 'unknown' : 'no route'} />}
      </Sourced>
    ),
  },
  {
    label: 'Odds of selection',
    cell: a => (
      <details className={`odds odds-${a.odds.kind}`}>
        <summary>{oddsHeadline(a.odds)}</summary>
        <p className="basis">{oddsDetail(a.odds)}</p>
        {oddsNeeds(a.odds) && <p className="needs">{oddsNeeds(a.odds)}</p>}
      </details>
    ),
  },
  { label: 'Criteria', group: 'Criteria and points', cell: a => <ul className="gates">{a.gates.map(g => <GateLine key={g.id} g={g} />)}</ul> },
  {
    label: 'Points',
    group: 'Criteria and points',
    cell: (a, p, x) =>
      a.points ? (
        <Sourced sourceIds={[...a.points.sourceIds, sourceOf(p?.points?.passMark)]}>
          <details>
            <summary>
              <strong>{a.points.total}</strong>
              {a.points.passMark !== null ? ` (pass mark or latest cut-off ${String(a.points.passMark)})` : ''}
              {a.points.missing.length > 0 ? ', some facts missing' : ''}
            </summary>
            <table className="breakdown">
              <tbody>
                {a.points.breakdown.map(l => (
                  <tr key={l.factor}>
                    <th scope="row">{l.factor}</th>
                    <td>
                      {l.points} / {l.max}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {x.needle && x.needle.length > 0 && (
              <>
                <p className="needle-title">What moves the needle</p>
                <ul className="needle">{x.needle.map(n => <li key={n.change}>{n.change}: +{n.delta}</li>)}</ul>
              </>
            )}
          </details>
        </Sourced>
      ) : (
        <span className="muted">Not points-based</span>
      ),
  },
  {
    label: 'Family',
    group: 'Family',
    cell: (a, p) => (
      <Sourced sourceIds={[sourceOf(p?.family.spouseWork), sourceOf(p?.family.children)]}>
        <span className="family">Spouse: {a.family.spouseWork}</span>
        <span className="family">Children: {a.family.children}</span>
      </Sourced>
    ),
  },
  { label: 'Language', group: 'Language', cell: (a, p) => <Sourced sourceIds={[sourceOf(p?.language)]}>{a.language}</Sourced> },
  { label: 'Employer tie', group: 'Employer tie', cell: (a, p) => <Sourced sourceIds={[sourceOf(p?.employerTie)]}>{a.employerTie}</Sourced> },
  {
    label: 'Key risks',
    group: 'Key risks',
    cell: (a, p) => (
      <ul className="risks">
        {/* The assessment's own words: a risk can read differently under a policy assumption. */}
        {a.risks.slice(0, 4).map((text, i) => (
          <li key={text}>
            <Sourced sourceIds={[p?.risks[i]?.sourceId]}>{text}</Sourced>
          </li>
        ))}
        {a.risks.length > 4 && <li className="muted">and {a.risks.length - 4} more</li>}
      </ul>
    ),
  },
];

const GROUP_IDS: Record<RowGroup, string> = {
  'Criteria and points': 'criteria',
  Family: 'family',
  Language: 'language',
  'Employer tie': 'employer-tie',
  'Key risks': 'risks',
};

/** The order toggle, the viable filter and what the filter hides, above the table. */
function Toolbar(props: {
  order: ColumnOrder;
  onOrder: (o: ColumnOrder) => void;
  filter: ColumnFilter;
  onFilter: (f: ColumnFilter) => void;
  hidden: number;
  changed: number;
  allOpen: boolean;
  onAll: (open: boolean) => void;
}) {
  return (
    <div className="matrix-toolbar">
      <div role="radiogroup" aria-labelledby="matrix-show" className="segmented">
        <span id="matrix-show">Show:</span>
        {(['viable', 'all'] as const).map(f => (
          <label key={f}>
            <input
              type="radio"
              name="matrix-show"
              value={f}
              checked={props.filter === f}
              onChange={() => props.onFilter(f)}
            />
            {f === 'viable' ? 'viable routes' : 'all routes'}
          </label>
        ))}
      </div>
      <label className="inline-field">
        Order:{' '}
        <select value={props.order} onChange={e => props.onOrder(e.target.value as ColumnOrder)}>
          <option value="rank">rank for this client</option>
          <option value="catalogue">catalogue order</option>
        </select>
      </label>
      <button
        type="button"
        aria-expanded={props.allOpen}
        onClick={() => props.onAll(!props.allOpen)}
      >
        {props.allOpen ? 'Collapse all details' : 'Expand all details'}
      </button>
      {/* Always present and one line, so a change never moves the table below it. */}
      <p className="matrix-status" role="status">
        {props.hidden > 0
          ? `${String(props.hidden)} not eligible ${props.hidden === 1 ? 'route' : 'routes'} hidden. `
          : ''}
        {props.changed > 0 ? (
          <>
            <span className="changed-key" aria-hidden="true" /> {props.changed}{' '}
            {props.changed === 1 ? 'cell' : 'cells'} changed by the last change.
          </>
        ) : null}
      </p>
    </div>
  );
}

/**
 * The side-by-side matrix: a real table, programmes as columns and questions as rows, with row and
 * column headers for screen readers and every figure's source on hover and focus. The page is its
 * only scroll container: the header row and the first column stick to the window's edges. Summary
 * rows come first; each detail group expands for every route at once. Arrow keys move between cells.
 */
export function Matrix({
  assessments,
  extras,
  recommended,
}: {
  assessments: Assessment[];
  extras: Record<string, ColumnExtras>;
  recommended: string | null;
}) {
  const catalogue = useCatalogue();
  const [order, setOrder] = useState<ColumnOrder>('rank');
  const [filter, setFilter] = useState<ColumnFilter>('all');
  const [pinned, setPinned] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<RowGroup>>(new Set());
  const table = useRef<HTMLTableElement>(null);
  const changed = useChangedCells(table, assessments);
  const ranks = useMemo(
    () =>
      new Map(
        Object.entries(extras).flatMap(([id, x]) => (x.rank ? [[id, x.rank.rank] as const] : [])),
      ),
    [extras],
  );
  const columns = arrangeColumns(assessments, ranks, { order, filter, pinned });
  // A column that left (filtered out, deselected) may have held the table's tab stop: give it back to the corner.
  useLayoutEffect(() => {
    const t = table.current;
    const corner = t?.querySelector<HTMLTableCellElement>('thead th.corner');
    if (t && corner && !t.querySelector(':scope > * > tr > [tabindex="0"]')) makeTabStop(t, corner);
  });
  const toggle = (g: RowGroup) =>
    setOpen(o => (o.has(g) ? new Set([...o].filter(x => x !== g)) : new Set([...o, g])));
  const cls = (id: string, ...more: (string | false)[]) =>
    [id === recommended && 'recommended', id === pinned && 'pinned', ...more]
      .filter(Boolean)
      .join(' ') || undefined;
  const bodyRow = (row: Row) => (
    <tr
      key={row.label}
      hidden={row.group ? !open.has(row.group) : undefined}
      className={row.group ? 'detail-row' : 'summary-row'}
    >
      <th scope="row" tabIndex={-1}>
        {row.label}
      </th>
      {columns.map(a => {
        const key = `${row.label}|${a.programId}`;
        return (
          <td
            key={a.programId}
            data-cell={key}
            tabIndex={-1}
            className={cls(a.programId, changed.has(key) && 'changed')}
          >
            <div className="cell-body">
              {row.cell(a, catalogue.programById(a.programId), extras[a.programId] ?? {})}
            </div>
            {changed.has(key) && <span className="visually-hidden">(changed)</span>}
          </td>
        );
      })}
    </tr>
  );
  return (
    <div className="matrix-area">
      <Toolbar
        order={order}
        onOrder={setOrder}
        filter={filter}
        onFilter={setFilter}
        hidden={filter === 'viable' ? assessments.length - assessments.filter(isViable).length : 0}
        changed={[...changed].filter(k => columns.some(a => k.endsWith(`|${a.programId}`))).length}
        allOpen={open.size === ROW_GROUPS.length}
        onAll={all => setOpen(new Set(all ? ROW_GROUPS : []))}
      />
      {columns.length === 0 ? (
        <p className="empty">
          None of the chosen routes is viable for this client. Choose “all routes” to see why.
        </p>
      ) : (
        <table
          className="matrix"
          ref={table}
          onKeyDown={moveBetweenCells}
          aria-describedby="matrix-keys"
        >
          <caption className="visually-hidden">Programmes compared side by side</caption>
          <thead>
            <tr>
              <th className="corner" scope="col" tabIndex={0}>
                <span className="visually-hidden">Question</span>
                <span id="matrix-keys" className="corner-hint">
                  Arrow keys move between cells
                </span>
              </th>
              {columns.map(a => (
                <th key={a.programId} scope="col" tabIndex={-1} className={cls(a.programId)}>
                  <span className="program-name">{a.programName}</span>
                  <span className="program-meta">
                    <span className="program-country">{countryName(a.country)}</span>
                    <button
                      type="button"
                      className="pin-column"
                      aria-pressed={a.programId === pinned}
                      aria-label={`${a.programId === pinned ? 'Unpin' : 'Pin'} ${a.programName} next to the first column`}
                      onClick={() => setPinned(p => (p === a.programId ? null : a.programId))}
                    >
                      {a.programId === pinned ? 'Pinned' : 'Pin'}
                    </button>
                  </span>
                  {a.programId === recommended && <span className="pin">Recommended</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{ROWS.filter(r => !r.group).map(bodyRow)}</tbody>
          {ROW_GROUPS.map(g => (
            <tbody key={g} id={`matrix-${GROUP_IDS[g]}`} className="row-group">
              <tr className="group-row">
                <th scope="rowgroup" colSpan={columns.length + 1} tabIndex={-1}>
                  <button
                    type="button"
                    className="expander"
                    aria-expanded={open.has(g)}
                    aria-controls={`matrix-${GROUP_IDS[g]}`}
                    onClick={() => toggle(g)}
                  >
                    <span aria-hidden="true">{open.has(g) ? '▾' : '▸'}</span> {g}
                  </button>
                </th>
              </tr>
              {ROWS.filter(r => r.group === g).map(bodyRow)}
            </tbody>
          ))}
        </table>
      )}
    </div>
  );
}
