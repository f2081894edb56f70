/**
 * Who a route is not for. A country's visas and residence routes are for foreign nationals: its
 * own citizens cannot use them, nor can citizens who already live and work there freely (the EU's
 * for Germany, Ireland's for the UK, Australia's for New Zealand), and a permanent resident needs
 * none of its temporary or permanent routes. Every programme declares this gate first, so a
 * Chinese citizen is never shown as eligible for China's K visa.
 */
import type { Gate } from './types';

/** The id every programme's exclusion gate carries (the catalogue test looks for it). */
export const FOREIGN_NATIONAL_GATE_ID = 'foreign-national';

/**
 * The exclusion gate of one programme. `citizens` must include the programme's own country;
 * `permanentResidents` names where permanent residence already gives what the route would;
 * `audience` ends "the K visa is for …"; `label` is the criterion as the matrix lists it.
 */
export function foreignNationalGate(g: {
  citizens: readonly string[];
  permanentResidents: readonly string[];
  audience: string;
  label: string;
  sourceId: string;
}): Gate {
  return {
    id: FOREIGN_NATIONAL_GATE_ID,
    label: g.label,
    condition: { kind: 'foreign-national', citizens: g.citizens, permanentResidents: g.permanentResidents, for: g.audience },
    sourceId: g.sourceId,
  };
}
