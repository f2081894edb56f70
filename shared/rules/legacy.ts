/**
 * Saved comparisons keep the engine's answers in the shape of the day they were saved. Answers
 * saved before the odds had states (a probability or null) and before conditional costs are
 * brought into today's shape here, without changing what they said: a saved probability stays
 * that probability; a saved blank becomes "no lottery" for a route without one, and "not computed"
 * (unknown) for a lottery route, since a blank there never meant "no lottery".
 */
import { programById } from '../programs/index';
import { noLottery } from './odds';
import type { Assessment, Odds } from './types';

type LegacyOdds = { probability: number; basis: string } | null;
type Stored = Omit<Assessment, 'odds' | 'costs'> & { odds: Odds | LegacyOdds; costs: Omit<Assessment['costs'], 'conditional'> & { conditional?: Assessment['costs']['conditional'] } };

function upgradeOdds(programId: string, odds: Odds | LegacyOdds): Odds {
  if (odds && 'kind' in odds) return odds;
  if (odds) return { kind: 'probability', probability: odds.probability, basis: odds.basis };
  const selection = programById(programId)?.selection;
  if (selection && selection.kind !== 'lottery') return noLottery(selection);
  return { kind: 'unknown', reason: 'Not computed when this comparison was saved.', missing: [] };
}

/** Stored assessments, in today's shape. */
export function upgradeAssessments(stored: readonly unknown[]): Assessment[] {
  return (stored as Stored[]).map(a => ({
    ...a,
    odds: upgradeOdds(a.programId, a.odds),
    costs: { ...a.costs, conditional: a.costs.conditional ?? [] },
  }));
}
