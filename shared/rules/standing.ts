/**
 * Express Entry standing: an eligible candidate is in the pool, but invitations go only to the
 * highest-ranked profiles in each round. The recent rounds (dated and sourced in the catalogue, each
 * with who it was open to) are compared with the score; below the lowest cut-off open to the
 * profile, or with no recent round open to it, no invitation is expected at recent cut-offs.
 */
import type { Program } from '../programs/types';
import { evaluateCondition, type ConditionContext } from './conditions';
import { shiftMonths } from './facts';
import type { PointsResult, Standing } from './types';

/** Rounds older than this, before the assessment date, are not "recent". */
export const RECENT_MONTHS = 12;

type Round = { score: number; round: string; date: string };

/** The lowest-scoring round of a list, or null for an empty one. */
function lowest(rounds: readonly Round[]): Round | null {
  return rounds.reduce<Round | null>((low, r) => (low === null || r.score < low.score ? r : low), null);
}

/** `Canadian Experience Class (lowest 508, 2026-02-17)` for each round name, lowest cut-off first. */
function listRounds(rounds: readonly Round[]): string {
  const byName = new Map<string, Round>();
  for (const r of rounds) {
    const seen = byName.get(r.round);
    if (!seen || r.score < seen.score) byName.set(r.round, r);
  }
  return [...byName.values()]
    .sort((a, b) => a.score - b.score)
    .map(r => `${r.round} (lowest ${String(r.score)}, ${r.date})`)
    .join('; ');
}

/**
 * The standing of an eligible programme's score, or null when the programme lists no recent
 * cut-offs or the score reaches the lowest one open to the profile. A round whose openness the file
 * cannot decide (e.g. no French result on file) is not counted as open; when the score would pass
 * it, the standing is provisional and says so. With no round open, a score below the cut-off the
 * programme shows as its pass mark is also said to be below it. `sources` collects the rounds' ids.
 */
export function standingFor(program: Program, points: PointsResult, ctx: ConditionContext, sources: Set<string>): Standing | null {
  const windowStart = shiftMonths(ctx.asOf, -RECENT_MONTHS);
  const recent = (program.points?.recentCutoffs ?? []).filter(c => c.date <= ctx.asOf && c.date >= windowStart);
  if (recent.length === 0) return null;
  const status = (c: (typeof recent)[number]) => (c.openTo ? evaluateCondition(c.openTo, ctx).status : 'met');
  const score = points.total;
  const cutoff = lowest(recent.filter(c => status(c) === 'met'));
  if (cutoff && score >= cutoff.score) return null;
  const sourceIds = [...new Set(recent.map(c => c.sourceId))];
  sourceIds.forEach(id => sources.add(id));
  const unsure = [...new Set(recent.filter(c => status(c) === 'unknown' && c.score <= score).map(c => c.round))];
  const unsureText = unsure.length
    ? ` Not known from the file whether ${unsure.join(' or ')} rounds are open to this profile.`
    : '';
  const provisional = points.missing.length > 0 || unsure.length > 0;
  const soFar = points.missing.length ? ' so far (facts still missing could add points)' : '';
  if (cutoff) {
    return {
      kind: 'below-recent-cutoffs',
      score,
      cutoff: { score: cutoff.score, round: cutoff.round, date: cutoff.date },
      provisional,
      sourceIds,
      summary: `In the pool, below recent cut-offs${soFar}: ${String(score)} vs ${String(cutoff.score)} (lowest score invited in a recent round open to this profile: ${cutoff.round}, ${cutoff.date}).${unsureText}`,
    };
  }
  const rounds = ` Recent rounds: ${listRounds(recent)}.`;
  // No round was open; below the cut-off the programme shows as its pass mark, both are said.
  const passMark = program.points?.passMark.value ?? null;
  const shown = passMark === null ? undefined : recent.filter(c => c.score === passMark).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  if (shown && score < shown.score) {
    return {
      kind: 'below-recent-cutoffs',
      score,
      cutoff: { score: shown.score, round: shown.round, date: shown.date },
      provisional,
      sourceIds,
      summary: `In the pool, below recent cut-offs${soFar}: ${String(score)} vs ${String(shown.score)} (${shown.round}, ${shown.date}), and no recent round was open to this profile.${unsureText}${rounds}`,
    };
  }
  return {
    kind: 'no-recent-round-open',
    score,
    cutoff: null,
    provisional,
    sourceIds,
    summary: `In the pool with ${String(score)} points${soFar}, but no recent round was open to this profile.${unsureText}${rounds}`,
  };
}
