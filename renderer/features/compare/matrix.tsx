import type { ReactNode } from 'react';
import type { RankMark } from '../../../shared/compare/ranking';
import { programById } from '../../../shared/programs/index';
import type { Fact, Program } from '../../../shared/programs/types';
import { headline } from '../../../shared/rules/headline';
import { oddsNeeds } from '../../../shared/rules/fact-labels';
import { conditionalText, formatMoney, oddsDetail, oddsHeadline } from '../../../shared/rules/labels';
import type { AssumptionEffect } from '../../../shared/rules/assumption-effects';
import type { Assessment, GateResult } from '../../../shared/rules/types';
import { countryName } from '../../lib/countries';
import { Sourced } from './sourced';

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
              </li>
            ))}
            {unknown.map(u => (
              <li key={u.label} className="unknown">
                {u.label}: unknown. {u.reason}
              </li>
            ))}
            {conditional.map(c => (
              <li key={c.label} className="conditional">
                {c.label}: {conditionalText(c)}, not in the total.
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

type Row = { label: string; cell: (a: Assessment, p: Program | undefined, x: ColumnExtras) => ReactNode };

const ROWS: Row[] = [
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
  {
    label: 'Eligibility',
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
  { label: 'Criteria', cell: a => <ul className="gates">{a.gates.map(g => <GateLine key={g.id} g={g} />)}</ul> },
  {
    label: 'Points',
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
  {
    label: 'Family',
    cell: (a, p) => (
      <Sourced sourceIds={[sourceOf(p?.family.spouseWork), sourceOf(p?.family.children)]}>
        <span className="family">Spouse: {a.family.spouseWork}</span>
        <span className="family">Children: {a.family.children}</span>
      </Sourced>
    ),
  },
  { label: 'Language', cell: (a, p) => <Sourced sourceIds={[sourceOf(p?.language)]}>{a.language}</Sourced> },
  { label: 'Employer tie', cell: (a, p) => <Sourced sourceIds={[sourceOf(p?.employerTie)]}>{a.employerTie}</Sourced> },
  {
    label: 'Key risks',
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

/**
 * The side-by-side matrix: a real table, programmes as columns and questions as rows, with row and
 * column headers for screen readers and every figure's source on hover and focus.
 */
export function Matrix({ assessments, extras, recommended }: { assessments: Assessment[]; extras: Record<string, ColumnExtras>; recommended: string | null }) {
  return (
    <div className="matrix-scroller">
      <table className="matrix">
        <caption className="visually-hidden">Programmes compared side by side</caption>
        <thead>
          <tr>
            <td />
            {assessments.map(a => (
              <th key={a.programId} scope="col" className={a.programId === recommended ? 'recommended' : undefined}>
                <span className="program-name">{a.programName}</span>
                <span className="program-country">{countryName(a.country)}</span>
                {a.programId === recommended && <span className="pin">Recommended</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map(row => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {assessments.map(a => (
                <td key={a.programId} className={a.programId === recommended ? 'recommended' : undefined}>
                  {row.cell(a, programById(a.programId), extras[a.programId] ?? {})}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
